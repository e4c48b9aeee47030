# deep_softmax (examples/deep_softmax) in R with the two hidden layers in a list walked by
# Reduce(accumulate = TRUE), which returns the input and each layer's activation; the
# softmax takes each row's maximum with do.call(pmax, ...) over the columns. Two tanh
# hidden layers, mean cross-entropy, every layer updated from the same (old) weights.
row_max <- function(M) do.call(pmax, lapply(seq_len(ncol(M)), function(j) M[, j]))

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  hidden <- list(list(W = W1, b = as.vector(b1)), list(W = W2, b = as.vector(b2)))
  Wk <- W3
  bk <- as.vector(b3)
  layer <- function(A, L) tanh(A %*% L$W + matrix(L$b, n, length(L$b), byrow = TRUE))
  loss <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    acts <- Reduce(layer, hidden, X, accumulate = TRUE)          # X, A1, A2
    Z <- acts[[3]] %*% Wk + matrix(bk, n, length(bk), byrow = TRUE)
    Ex <- exp(Z - row_max(Z))
    P <- Ex / rowSums(Ex)
    loss[ep] <- -sum(Y * log(P)) / n
    Dk <- (P - Y) / n
    D2 <- tcrossprod(Dk, Wk) * (1 - acts[[3]]^2)
    D1 <- tcrossprod(D2, hidden[[2]]$W) * (1 - acts[[2]]^2)
    Wk <- Wk - lr / n * crossprod(acts[[3]], Dk)
    bk <- bk - lr * colSums(Dk)
    deltas <- list(D1, D2)
    for (l in 1:2) {
      hidden[[l]]$W <- hidden[[l]]$W - lr * crossprod(acts[[l]], deltas[[l]])
      hidden[[l]]$b <- hidden[[l]]$b - lr * colSums(deltas[[l]])
    }
  }
  list(W1 = hidden[[1]]$W, b1 = matrix(hidden[[1]]$b, nrow = 1),
       W2 = hidden[[2]]$W, b2 = matrix(hidden[[2]]$b, nrow = 1),
       W3 = Wk, b3 = matrix(bk, nrow = 1), loss = loss)
}
