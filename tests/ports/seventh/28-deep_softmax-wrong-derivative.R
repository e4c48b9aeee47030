# deep_softmax in R with the three layers in one list, each a list(W, b): the hidden layers
# are folded over with Reduce(accumulate = TRUE), the backward pass walks the layers down,
# and the update is one Map() over the layers and their gradients.
softmax_rows <- function(S) {
  E <- exp(S - apply(S, 1, max))
  E / rowSums(E)
}

affine <- function(A, L) sweep(A %*% L$W, 2, c(L$b), "+")

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  layers <- Map(function(W, b) list(W = W, b = b), list(W1, W2, W3), list(b1, b2, b3))
  costs <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    acts <- Reduce(function(A, L) tanh(affine(A, L)), layers[1:2], X, accumulate = TRUE)
    P <- softmax_rows(affine(acts[[3]], layers[[3]]))
    costs[ep] <- -sum(Y * log(P)) / n
    delta <- (P - Y) / n
    grads <- vector("list", 3)
    for (l in 3:1) {
      grads[[l]] <- list(W = crossprod(acts[[l]], delta), b = colSums(delta))
      if (l > 1) delta <- tcrossprod(delta, layers[[l]]$W) * (1 - acts[[l]])^2
    }
    layers <- Map(function(L, G) list(W = L$W - lr * G$W, b = L$b - lr * G$b), layers, grads)
  }
  list(W1 = layers[[1]]$W, b1 = layers[[1]]$b, W2 = layers[[2]]$W, b2 = layers[[2]]$b,
       W3 = layers[[3]]$W, b3 = layers[[3]]$b, loss = costs)
}
