# deep_softmax ported with each bias row repeated over the samples by
# matrix(rep(b, each = n), nrow = n): two tanh hidden layers, a stable softmax output (each
# row's maximum subtracted), the mean cross-entropy, full-batch descent. The output delta is
# the mean one, (P - Y) / n, so the gradients below it are means already.
softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

add_bias <- function(Z, b) {
  Z + matrix(rep(b, each = nrow(Z)), nrow = nrow(Z))
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    A1 <- tanh(add_bias(X %*% W1, b1))
    A2 <- tanh(add_bias(A1 %*% W2, b2))
    P <- softmax(add_bias(A2 %*% W3, b3))
    loss[i] <- -sum(Y * log(P)) / n
    dZ3 <- (P - Y) / n
    dZ2 <- (dZ3 %*% t(W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)
    W3 <- W3 - lr * (t(A2) %*% dZ3)
    b3 <- b3 - lr * colSums(dZ3)
    W2 <- W2 - lr * (t(A1) %*% dZ2)
    b2 <- b2 - lr * colSums(dZ2)
    W1 <- W1 - lr * (t(X) %*% dZ1)
    b1 <- b1 - lr * colSums(dZ1)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}
