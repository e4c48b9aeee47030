# deep_softmax: the reference's statements in their order, with R's cross products for its
# transposes: crossprod(A2, dZ3) for t(A2) %*% dZ3 and tcrossprod(dZ3, W3) for
# dZ3 %*% t(W3); each bias is laid over the samples with outer(ones, b), ones a vector of n
# ones, and moved by crossprod(ones, dZ), the same column sums written as a product. The
# softmax subtracts each row's maximum, taken with apply(), recycled down the columns.

softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  ones <- rep(1, n)
  loss <- numeric(epochs)
  for (i in seq_len(epochs - 1)) {
    # Forward pass
    A1 <- tanh(X %*% W1 + outer(ones, c(b1)))
    A2 <- tanh(A1 %*% W2 + outer(ones, c(b2)))
    P <- softmax(A2 %*% W3 + outer(ones, c(b3)))
    loss[i] <- -sum(Y * log(P)) / n
    # Backward pass: d(loss)/dZ for each layer's pre-activation Z
    dZ3 <- (P - Y) / n
    dZ2 <- tcrossprod(dZ3, W3) * (1 - A2^2)
    dZ1 <- tcrossprod(dZ2, W2) * (1 - A1^2)
    # Gradient descent, every layer from the same (old) weights
    W3 <- W3 - lr * crossprod(A2, dZ3)
    b3 <- b3 - lr * crossprod(ones, dZ3)
    W2 <- W2 - lr * crossprod(A1, dZ2)
    b2 <- b2 - lr * crossprod(ones, dZ2)
    W1 <- W1 - lr * crossprod(X, dZ1)
    b1 <- b1 - lr * crossprod(ones, dZ1)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}

predict <- function(X, W1, b1, W2, b2, W3, b3) {
  ones <- rep(1, nrow(X))
  A1 <- tanh(X %*% W1 + outer(ones, c(b1)))
  A2 <- tanh(A1 %*% W2 + outer(ones, c(b2)))
  softmax(A2 %*% W3 + outer(ones, c(b3)))
}
