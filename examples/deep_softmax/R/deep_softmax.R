# Two tanh hidden layers, a softmax output, mean cross-entropy, full-batch gradient descent.
#
# X (n x f) inputs, Y (n x k) one-hot targets; W1 (f x h1), b1 (1 x h1), W2 (h1 x h2),
# b2 (1 x h2), W3 (h2 x k), b3 (1 x k). Rows are samples. The loss is the mean over samples
# of -sum(Y * log(P)), so every gradient is a mean over samples. Read beside
# src/deep_softmax.py, statement for statement.
#
# R fills matrices column by column, so a length-n vector added to an n x k matrix is
# recycled down each column: element [i, j] gets v[i], one value per row. That is why
# `Z - apply(Z, 1, max)` subtracts each row's own maximum. A bias (length h) must go to
# every row instead: rep(b, each = n) repeats b[j] n times, which fills column j with it.

# Return each row of Z (n x k) exponentiated and normalised to sum to 1; the row's maximum
# is subtracted first (the same result, and exp() cannot overflow).
softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))                           # length n: recycled per row
  E / rowSums(E)
}

# Return the hidden activations A1 (n x h1), A2 (n x h2) and the probabilities P (n x k).
forward <- function(X, W1, b1, W2, b2, W3, b3) {
  n <- nrow(X)
  A1 <- tanh(X %*% W1 + rep(b1, each = n))                 # b1 added to every row
  A2 <- tanh(A1 %*% W2 + rep(b2, each = n))
  P <- softmax(A2 %*% W3 + rep(b3, each = n))
  list(A1 = A1, A2 = A2, P = P)
}

# Return the parameters after `epochs` full-batch epochs, and each epoch's loss (measured on
# its forward pass, before its update).
train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # Forward pass
    f <- forward(X, W1, b1, W2, b2, W3, b3)
    A1 <- f$A1; A2 <- f$A2; P <- f$P
    loss[i] <- -sum(Y * log(P)) / n                        # mean cross-entropy
    # Backward pass: d(loss)/dZ for each layer's pre-activation Z
    dZ3 <- (P - Y) / n                                     # softmax + cross-entropy, mean
    dZ2 <- (dZ3 %*% t(W3)) * (1 - A2^2)                    # tanh'(Z) = 1 - tanh(Z)^2
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)
    # Gradient descent, every layer from the same (old) weights
    W3 <- W3 - lr * (t(A2) %*% dZ3)
    b3 <- b3 - lr * colSums(dZ3)                           # the gradients are already means
    W2 <- W2 - lr * (t(A1) %*% dZ2)
    b2 <- b2 - lr * colSums(dZ2)
    W1 <- W1 - lr * (t(X) %*% dZ1)
    b1 <- b1 - lr * colSums(dZ1)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}

# Return the class probabilities P (n x k) for X (n x f).
predict <- function(X, W1, b1, W2, b2, W3, b3) {
  forward(X, W1, b1, W2, b2, W3, b3)$P
}
