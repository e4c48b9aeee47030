# deep_softmax ported row by row where the reference broadcasts: the softmax is one sample's
# probabilities, softmax_row(z) with the row's maximum subtracted, applied to every row by
# apply(Z, 1, softmax_row) and turned back with t() (apply() returns one column per row);
# a bias row is added to every row by the transpose trick t(t(Z) + c(b)), R recycling the
# bias down the columns of t(Z). The parameters are kept in a named list p. Two tanh hidden
# layers, the mean cross-entropy, full-batch descent, every layer moved from the same (old)
# weights; the output delta is the mean one, (P - Y) / n.
softmax_row <- function(z) {
  e <- exp(z - max(z))
  e / sum(e)
}

add_bias <- function(Z, b) {
  t(t(Z) + c(b))
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  p <- list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3)
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward pass
    A1 <- tanh(add_bias(X %*% p$W1, p$b1))
    A2 <- tanh(add_bias(A1 %*% p$W2, p$b2))
    P <- t(apply(add_bias(A2 %*% p$W3, p$b3), 1, softmax_row))
    loss[i] <- -sum(Y * log(P)) / n
    # backward pass
    dZ3 <- (Y - P) / n
    dZ2 <- (dZ3 %*% t(p$W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(p$W2)) * (1 - A1^2)
    # gradient descent
    p$W3 <- p$W3 - lr * (t(A2) %*% dZ3)
    p$b3 <- p$b3 - lr * colSums(dZ3)
    p$W2 <- p$W2 - lr * (t(A1) %*% dZ2)
    p$b2 <- p$b2 - lr * colSums(dZ2)
    p$W1 <- p$W1 - lr * (t(X) %*% dZ1)
    p$b1 <- p$b1 - lr * colSums(dZ1)
  }
  c(p, list(loss = loss))
}
