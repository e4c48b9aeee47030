# av_mlp in R written with explicit indices: every epoch visits the samples one by one
# (X[s, ] is one sample's features), computes each hidden unit j with its own sum, adds the
# sample's gradients into accumulators, and moves the parameters once after the last
# sample, so one epoch is still one full-batch step of the article.
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  f <- ncol(X)
  h <- ncol(wh)
  loss <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    grad_wh <- matrix(0, f, h)
    grad_bh <- rep(0, h)
    grad_wout <- rep(0, h)
    grad_bout <- 0
    sq_err <- 0
    for (s in 1:n) {
      x_s <- X[s, ]
      a <- numeric(h)
      for (j in 1:h) {
        a[j] <- sigmoid(sum(x_s * wh[, j]) + bh[1, j])
      }
      o <- sigmoid(sum(a * wout[, 1]) + bout[1, 1])
      e <- y[s, 1] - o
      sq_err <- sq_err + e^2
      d_o <- e * o * (1 - o)
      d_a <- d_o * wout[, 1] * a * (1 - a)
      grad_wout <- grad_wout + lr * a * d_o
      grad_bout <- grad_bout + d_o
      grad_wh <- grad_wh + outer(x_s, d_a)
      grad_bh <- grad_bh + d_a
    }
    loss[ep] <- sq_err / n / 2
    wh <- wh + lr * grad_wh
    bh[1, ] <- bh[1, ] + lr * grad_bh
    wout[, 1] <- wout[, 1] + lr * grad_wout
    bout[1, 1] <- bout[1, 1] + lr * grad_bout
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  out <- matrix(0, nrow(X), 1)
  for (s in seq_len(nrow(X))) {
    a <- sigmoid(X[s, ] %*% wh + bh)
    out[s, 1] <- sigmoid(sum(a * wout[, 1]) + bout[1, 1])
  }
  out
}
