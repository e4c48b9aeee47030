# av_mlp with the four parameters strung together in one flat vector theta, the form optim()
# takes them in: pack() joins wh, bh, wout and bout with c() (each column by column),
# unpack() cuts theta back into the four matrices by their sizes, and gradient() returns
# the gradient of half the summed squared error, packed the same way, with the epoch's loss
# (half the mean squared error). The error is taken as output - y, so one epoch is one
# line, theta <- theta - lr * gradient. Rows of X are samples.
sigmoid <- function(z) 1 / (1 + exp(-z))

pack <- function(wh, bh, wout, bout) c(wh, bh, wout, bout)

unpack <- function(theta, f, h) {
  sizes <- c(f * h, h, h, 1)
  ends <- cumsum(sizes)
  starts <- ends - sizes + 1
  part <- function(k) theta[starts[k]:ends[k]]
  list(wh = matrix(part(1), f, h),
       bh = matrix(part(2), 1, h),
       wout = matrix(part(3), h, 1),
       bout = matrix(part(4), 1, 1))
}

gradient <- function(theta, X, y, f, h) {
  p <- unpack(theta, f, h)
  n <- nrow(X)
  hid <- sigmoid(X %*% p$wh + matrix(p$bh, n, h, byrow = TRUE))
  out <- sigmoid(hid %*% p$wout + p$bout[1, 1])
  resid <- out - y
  d_out <- resid * out * (1 - out)
  d_hid <- tcrossprod(d_out, p$wout) * hid * (1 - hid)
  g <- pack(crossprod(d_hid, X), colSums(d_hid), crossprod(hid, d_out), sum(d_out))
  list(grad = g, loss = sum(resid^2) / (2 * n))
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  f <- nrow(wh)
  h <- ncol(wh)
  theta <- pack(wh, bh, wout, bout)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    g <- gradient(theta, X, y, f, h)
    loss[epoch] <- g$loss
    theta <- theta - lr * g$grad
  }
  c(unpack(theta, f, h), list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  hid <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
  sigmoid(hid %*% wout + bout[1, 1])
}
