# deep_softmax: the six parameters in one named list p and the six gradients in another, g,
# filled under the same names; the step is one loop over names(p),
# p[[k]] <- p[[k]] - lr * g[[k]], every gradient taken from the same (old) parameters
# before it. The biases are laid over the samples with matrix(b, n, length(b),
# byrow = TRUE); the softmax subtracts each row's maximum. The reference's statements in
# its order otherwise.

softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  p <- list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # Forward pass
    A1 <- tanh(X %*% p$W1 + matrix(p$b1, n, length(p$b1), byrow = TRUE))
    A2 <- tanh(A1 %*% p$W2 + matrix(p$b2, n, length(p$b2), byrow = TRUE))
    P <- softmax(A2 %*% p$W3 + matrix(p$b3, n, length(p$b3), byrow = TRUE))
    loss[i] <- -sum(Y * log(P)) / n
    # Backward pass: d(loss)/dZ for each layer's pre-activation Z
    dZ3 <- (P - Y) / n
    dZ2 <- (dZ3 %*% t(p$W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(p$W2)) * (1 - A1^2)
    g <- list()
    g$W3 <- t(A2) %*% dZ3
    g$b3 <- colSums(dZ3)
    g$W2 <- t(A1) %*% dZ2
    g$b2 <- colSums(dZ1)
    g$W1 <- t(X) %*% dZ1
    g$b1 <- colSums(dZ1)
    # Gradient descent, every parameter by its own name
    for (k in names(p)) {
      p[[k]] <- p[[k]] - lr * g[[k]]
    }
  }
  c(p, list(loss = loss))
}

predict <- function(X, W1, b1, W2, b2, W3, b3) {
  n <- nrow(X)
  A1 <- tanh(X %*% W1 + matrix(b1, n, length(b1), byrow = TRUE))
  A2 <- tanh(A1 %*% W2 + matrix(b2, n, length(b2), byrow = TRUE))
  softmax(A2 %*% W3 + matrix(b3, n, length(b3), byrow = TRUE))
}
