# A port of src/deep_softmax.py with one porting bug in the stable softmax (kind: recycling).
#
# numpy's `Z - Z.max(axis=1, keepdims=True)` subtracts each row's maximum. The porter knows
# that R recycles a vector down the columns, and that `t(t(Z) - v)` is the idiom that applies
# a vector to every row: right for a bias (length k), wrong for the row maxima (length n).
# t(Z) is k x n, so the n maxima are recycled down its columns: element [i, j] of Z gets the
# maximum of row ((i - 1) * k + j - 1) %% n + 1, not row i's. n * k is a multiple of n, so R
# gives no warning. A softmax is unchanged by one constant per row, but not by a different
# constant per element: P is wrong from the first forward pass. Otherwise R/deep_softmax.R.

softmax <- function(Z) {
  E <- exp(t(t(Z) - apply(Z, 1, max)))                     # the bug: should be Z - apply(...)
  E / rowSums(E)
}

forward <- function(X, W1, b1, W2, b2, W3, b3) {
  n <- nrow(X)
  A1 <- tanh(X %*% W1 + rep(b1, each = n))
  A2 <- tanh(A1 %*% W2 + rep(b2, each = n))
  P <- softmax(A2 %*% W3 + rep(b3, each = n))
  list(A1 = A1, A2 = A2, P = P)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    f <- forward(X, W1, b1, W2, b2, W3, b3)
    A1 <- f$A1; A2 <- f$A2; P <- f$P
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

predict <- function(X, W1, b1, W2, b2, W3, b3) {
  forward(X, W1, b1, W2, b2, W3, b3)$P
}
