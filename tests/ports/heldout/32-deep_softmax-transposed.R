# deep_softmax (examples/deep_softmax) ported to a self-contained R file: two tanh hidden
# layers, a softmax output, mean cross-entropy, full-batch gradient descent with every
# layer updated from the same (old) weights. Rows of X are samples; a bias goes to every
# row as rep(b, each = n).
softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    A1 <- tanh(X %*% W1 + rep(b1, each = n))
    A2 <- tanh(A1 %*% W2 + rep(b2, each = n))
    P <- softmax(A2 %*% W3 + rep(b3, each = n))
    loss[i] <- -sum(Y * log(P)) / n
    dZ3 <- (P - Y) / n
    dZ2 <- (dZ3 %*% t(W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)
    W3 <- W3 - lr * (t(A2) %*% dZ3)
    b3 <- b3 - lr * colSums(dZ3)
    W2 <- W2 - lr * (t(dZ2) %*% A1)
    b2 <- b2 - lr * colSums(dZ2)
    W1 <- W1 - lr * (t(X) %*% dZ1)
    b1 <- b1 - lr * colSums(dZ1)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}
