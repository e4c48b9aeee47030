# deep_softmax (examples/deep_softmax) in R with the parameters in one named list p and
# sweep() for every per-row or per-column operation: a bias is swept along the columns
# (MARGIN 2), the softmax's row maximum and row sum along the rows (MARGIN 1). Two tanh
# hidden layers, mean cross-entropy; every layer is updated from the same (old) weights.
softmax_rows <- function(Z) {
  E <- exp(sweep(Z, 1, apply(Z, 1, max)))
  sweep(E, 1, rowSums(E), "/")
}

layer <- function(A, W, b) sweep(A %*% W, 2, b, "+")

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  p <- list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3)
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    A1 <- tanh(layer(X, p$W1, p$b1))
    A2 <- tanh(layer(A1, p$W2, p$b2))
    P <- softmax_rows(layer(A2, p$W3, p$b3))
    loss[i] <- -sum(Y * log(P)) / n
    dZ3 <- (P - Y) / n
    dZ2 <- tcrossprod(dZ3, p$W3) * (1 - A2^2)
    dZ1 <- tcrossprod(dZ2, p$W2) * (1 - A1^2)
    g <- list(W1 = crossprod(X, dZ1), b1 = colSums(dZ1), W2 = crossprod(A1, dZ2),
              b2 = colSums(dZ2), W3 = crossprod(A2, dZ3), b3 = colSums(dZ3))
    for (name in names(p)) p[[name]] <- p[[name]] - lr * g[[name]]
  }
  c(p, list(loss = loss))
}
