# deep_softmax: the reference's statements in their order, by a porter who writes the epochs
# as a while loop over a counter and lays each bias row over the samples with an outer
# product, outer(ones, c(b)), ones a vector of n ones: two tanh hidden layers, a softmax
# output (each row's maximum subtracted first), the mean cross-entropy, the deltas already
# divided by n, so the biases' gradients are the deltas' column sums.

softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

forward <- function(X, W1, b1, W2, b2, W3, b3) {
  ones <- rep(1, nrow(X))
  A1 <- tanh(X %*% W1 + outer(ones, c(b1)))
  A2 <- tanh(A1 %*% W2 + outer(ones, c(b2)))
  P <- softmax(A2 %*% W3 + outer(ones, c(b3)))
  list(A1 = A1, A2 = A2, P = P)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  ones <- rep(1, n)
  loss <- numeric(epochs)
  i <- 1
  while (i <= epochs) {
    # Forward pass
    A1 <- tanh(X %*% W1 + outer(ones, c(b1)))
    A2 <- tanh(A1 %*% W2 + outer(ones, c(b2)))
    P <- softmax(A2 %*% W3 + outer(ones, c(b3)))
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
    i <- i + 1
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}

predict <- function(X, W1, b1, W2, b2, W3, b3) {
  forward(X, W1, b1, W2, b2, W3, b3)$P
}
