# deep_softmax in R as a plain for loop: two tanh hidden layers and a softmax output, the
# mean cross-entropy, full-batch descent; the biases go to every row through a helper, and
# every layer moves from the deltas of the same forward pass.
plus_bias <- function(M, b) M + matrix(b, nrow(M), length(b), byrow = TRUE)

row_softmax <- function(S) {
  E <- exp(S - apply(S, 1, max))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  m <- nrow(X)
  costs <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    H1 <- tanh(plus_bias(X %*% W1, b1))
    H2 <- tanh(plus_bias(H1 %*% W2, b2))
    P <- row_softmax(plus_bias(H2 %*% W3, b3))
    costs[ep] <- -sum(Y * log(P)) / m
    g3 <- (P - Y) / m
    g2 <- (g3 %*% t(W3)) * (1 - H2^2)
    g1 <- (g2 %*% t(W2)) * (1 - H1^2)
    W3 <- W3 - lr * crossprod(H2, g3)
    b3[] <- b3 - lr * colSums(g3)
    W2 <- W2 - lr * crossprod(H1, g2)
    b2[] <- b2 - lr * colSums(g2)
    W1 <- W1 - lr * crossprod(X, g1)
    b1[] <- b1 - lr * colSums(g1)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = costs)
}
