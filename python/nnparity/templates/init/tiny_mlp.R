# One tanh hidden layer, a linear output, mean squared error, full-batch gradient descent.
#
# X (n x f) inputs, y (n x 1) targets; W1 (f x h), b1 (1 x h), W2 (h x 1), b2 (1 x 1).
# Rows are samples. Read beside tiny_mlp.py, statement for statement: same names, same order.
#
# Where R and numpy differ:
# - numpy broadcasts a 1 x h bias over the rows; R would recycle a vector down the columns,
#   so the bias is laid out with rep(b1, each = n): b1[j] repeated n times fills column j.
# - A.T @ B is t(A) %*% B; x.sum(axis=0, keepdims=True) is colSums(x), a vector that keeps
#   the 1 x h shape when subtracted from the 1 x h bias.

# Return the hidden activations A1 (n x h) and the output out (n x 1).
forward <- function(X, W1, b1, W2, b2) {
  n <- nrow(X)
  A1 <- tanh(X %*% W1 + rep(b1, each = n))     # b1 added to every row
  out <- A1 %*% W2 + rep(b2, each = n)         # linear output
  list(A1 = A1, out = out)
}

# Return the parameters after `epochs` full-batch epochs, and each epoch's loss (measured on
# its forward pass, before its update).
train <- function(X, y, W1, b1, W2, b2, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # Forward pass
    f <- forward(X, W1, b1, W2, b2)
    A1 <- f$A1; out <- f$out
    loss[i] <- sum((out - y)^2) / n            # mean squared error
    # Backward pass: d(loss)/dZ for each layer's pre-activation Z
    dZ2 <- 2 * (out - y) / n                   # (n x 1)
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)        # tanh'(Z) = 1 - tanh(Z)^2, (n x h)
    # Gradient descent, both layers from the same (old) weights
    W2 <- W2 - lr * (t(A1) %*% dZ2)
    b2 <- b2 - lr * colSums(dZ2)               # sum over samples, stays 1 x 1
    W1 <- W1 - lr * (t(X) %*% dZ1)
    b1 <- b1 - lr * colSums(dZ1)               # stays 1 x h
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, loss = loss)
}

# Return the network's output (n x 1) for X (n x f).
predict <- function(X, W1, b1, W2, b2) {
  forward(X, W1, b1, W2, b2)$out
}
