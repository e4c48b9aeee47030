# deep_softmax: the reference's statements in their order, by a porter who lays each bias
# over the samples by indexing its row n times, b[rep(1L, n), , drop = FALSE], the 1 x h row
# repeated into an n x h matrix; the biases stay 1 x h rows, moved by their deltas' column
# sums. Two tanh hidden layers, a softmax output (each row's maximum subtracted first), the
# mean cross-entropy of the epoch's forward pass, the deltas already divided by n.

softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  b1 <- matrix(b1, nrow = 1)
  b2 <- matrix(b2, nrow = 1)
  b3 <- matrix(b3, nrow = 1)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # Forward pass
    A1 <- tanh(X %*% W1 + b1[rep(1L, n), , drop = FALSE])
    A2 <- tanh(A1 %*% W2 + b2[rep(1L, n)])
    P <- softmax(A2 %*% W3 + b3[rep(1L, n), , drop = FALSE])
    loss[i] <- -sum(Y * log(P)) / n
    # Backward pass
    dZ3 <- (P - Y) / n
    dZ2 <- (dZ3 %*% t(W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)
    # Gradient descent, every layer from the same (old) weights
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
  n <- nrow(X)
  A1 <- tanh(X %*% W1 + matrix(b1, nrow = 1)[rep(1L, n), , drop = FALSE])
  A2 <- tanh(A1 %*% W2 + matrix(b2, nrow = 1)[rep(1L, n), , drop = FALSE])
  softmax(A2 %*% W3 + matrix(b3, nrow = 1)[rep(1L, n), , drop = FALSE])
}
