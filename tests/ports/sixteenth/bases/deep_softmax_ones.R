# deep_softmax ported with a column of ones: two tanh hidden layers, a softmax output and
# the mean cross-entropy, full-batch descent. Each bias row is laid over the samples as
# ones %*% b, each bias's gradient is crossprod(ones, dZ), and the mean over the samples
# is taken by dividing every gradient by n.
softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  ones <- matrix(1, nrow = n, ncol = 1)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    A1 <- tanh(X %*% W1 + ones %*% b1)
    A2 <- tanh(A1 %*% W2 + ones %*% b2)
    P <- softmax(A2 %*% W3 + ones %*% b3)
    loss[i] <- -sum(Y * log(P)) / n
    dZ3 <- P - Y
    dZ2 <- (dZ3 %*% t(W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)
    W3 <- W3 - lr * crossprod(A2, dZ3) / n
    b3 <- b3 - lr * crossprod(ones, dZ3) / n
    W2 <- W2 - lr * crossprod(A1, dZ2) / n
    b2 <- b2 - lr * crossprod(ones, dZ2) / n
    W1 <- W1 - lr * crossprod(X, dZ1) / n
    b1 <- b1 - lr * crossprod(ones, dZ1) / n
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}
