# deep_softmax: two tanh hidden layers and a softmax output, the softmax's shift taken with
# max.col(): each row's largest score is picked out by the matrix index
# Z[cbind(seq_len(n), max.col(Z, ties.method = "first"))]. Each bias stays a 1 x width row
# and is laid over the samples by indexing that one row n times, b[rep(1, n), , drop =
# FALSE]. The mean cross-entropy and its mean gradients, (P - Y) / n, full-batch descent.

row_max <- function(Z) {
  Z[cbind(seq_len(nrow(Z)), max.col(Z, ties.method = "first"))]
}

softmax <- function(Z) {
  E <- exp(Z - row_max(Z))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  rows <- rep(1, n)
  b1 <- matrix(b1, nrow = 1); b2 <- matrix(b2, nrow = 1); b3 <- matrix(0, nrow = 1, ncol = ncol(W3))
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward pass
    A1 <- tanh(X %*% W1 + b1[rows, , drop = FALSE])
    A2 <- tanh(A1 %*% W2 + b2[rows, , drop = FALSE])
    P <- softmax(A2 %*% W3 + b3[rows, , drop = FALSE])
    loss[i] <- -sum(Y * log(P)) / n
    # backward pass
    dZ3 <- (P - Y) / n
    dZ2 <- (dZ3 %*% t(W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)
    # gradient descent
    W3 <- W3 - lr * (t(A2) %*% dZ3)
    b3 <- b3 - lr * colSums(dZ3)
    W2 <- W2 - lr * (t(A1) %*% dZ2)
    b2 <- b2 - lr * colSums(dZ2)
    W1 <- W1 - lr * (t(X) %*% dZ1)
    b1 <- b1 - lr * colSums(dZ1)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}

predict <- function(X, W1, b1, W2, b2, W3, b3) {
  rows <- rep(1, nrow(X))
  A1 <- tanh(X %*% W1 + matrix(b1, nrow = 1)[rows, , drop = FALSE])
  A2 <- tanh(A1 %*% W2 + matrix(b2, nrow = 1)[rows, , drop = FALSE])
  softmax(A2 %*% W3 + matrix(b3, nrow = 1)[rows, , drop = FALSE])
}
