# av_mlp one sample at a time: each sample's gradient is added up over the epoch and the
# sums are applied once at its end, so the parameters stay fixed within an epoch.
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    g_wh <- 0 * wh
    g_bh <- 0 * bh
    g_wout <- 0 * wout
    g_bout <- 0 * bout
    sse <- 0
    for (k in seq_len(nrow(X))) {
      x <- X[k, , drop = FALSE]
      hidden_in <- x %*% wh + bh
      hidden <- sigmoid(hidden_in)
      output <- sigmoid(hidden %*% wout + bout)
      E <- y[k, 1] - output
      sse <- sse + sum(E^2)
      d_output <- E * output * (1 - output)
      d_hidden <- (d_output %*% t(wout)) * hidden * (1 - hidden)
      g_wout <- g_wout + t(hidden) %*% d_output
      g_bout <- g_bout + d_output
      g_wh <- g_wh + t(x) %*% d_hidden
      g_bh <- g_bh + d_hidden
    }
    loss[epoch] <- sse / nrow(X) / 2
    wout <- wout + lr * g_wout
    bout <- bout + lr * g_bout
    wh <- wh + lr * g_wh
    bh <- bh + lr * g_bh
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
