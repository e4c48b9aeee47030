# av_mlp with R's own tools where a matrix product is not needed: plogis() for the sigmoid and
# dlogis() for its slope, taken at the pre-activations; outer() lays the biases and the
# output weights over the samples and spreads the output delta over the hidden units; the
# output layer is a row sum, its gradient a column sum, and the loss a column mean.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  ones <- rep(1, n)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z_hid <- X %*% wh + outer(ones, c(bh))
    a_hid <- plogis(z_hid)
    z_out <- rowSums(a_hid * c(wout)) + c(bout)
    a_out <- plogis(z_out)
    E <- y - a_out
    loss[i] <- colMeans(E^2) / 2
    d_out <- E * dlogis(z_out)
    d_hid <- outer(c(d_out), c(wout)) * dlogis(z_hid)
    wout <- wout + lr * colSums(a_hid * c(d_out))
    bout <- bout + lr * sum(d_out)
    wh <- wh + lr * crossprod(X, d_hid)
    bh <- bh + lr * colSums(d_hid)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  ones <- rep(1, nrow(X))
  a_hid <- plogis(X %*% wh + outer(ones, c(bh)))
  matrix(plogis(rowSums(a_hid * outer(ones, c(wout))) + c(bout)), ncol = 1)
}
