# av_mlp with the samples as columns, the convention of Andrew Ng's course: A0 = t(X) is
# f x m, each layer's weights are stored out x in (W1 is h x f, W2 is 1 x h) and its bias as
# a column (b1 is h x 1, b2 is 1 x 1), so that a layer is Z = W %*% A + b, the bias recycled
# down every column; dZ, dW and db are the gradients of the cost, and the parameters step
# against them. They are turned back into the contract's shapes at the end.
sigmoid <- function(Z) 1 / (1 + exp(-Z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  A0 <- t(X)
  Y <- t(y)
  m <- ncol(Y)
  W1 <- t(wh)
  b1 <- t(bh)
  W2 <- t(wout)
  b2 <- t(bout)
  costs <- numeric(epochs)
  for (i in seq_len(epochs)) {
    Z1 <- W1 %*% A0 + as.vector(b1)
    A1 <- sigmoid(Z1)
    Z2 <- W2 %*% A1 + as.vector(b2)
    A2 <- sigmoid(Z2)
    costs[i] <- sum((A2 - Y)^2) / (2 * m)
    dZ2 <- (A2 - Y) * A2 * (1 - A2)
    dW2 <- dZ2 %*% t(A1)
    db2 <- rowSums(dZ2)
    dZ1 <- (t(W2) %*% dZ2) * A1 * (1 - A1)
    dW1 <- dZ1 %*% t(A0)
    db1 <- rowSums(dZ1)
    W2 <- W2 - lr * dW2
    b2 <- b2 - lr * db2
    W1 <- W1 - lr * dW1
    b1 <- b1 - lr * db1
  }
  list(wh = t(W1), bh = t(b1), wout = t(W2), bout = t(b2), loss = costs)
}

predict <- function(X, wh, bh, wout, bout) {
  A1 <- sigmoid(t(wh) %*% t(X) + as.vector(bh))
  t(sigmoid(t(wout) %*% A1 + as.vector(bout)))
}
