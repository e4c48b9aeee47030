# av_mlp in R with one small function per stage: forward() returns the layers' values,
# backward() the error, the deltas and the gradients, update() the moved parameters, each
# as a list; train() only strings them together, epoch after epoch.
sigmoid <- function(x) 1 / (1 + exp(-x))

sigmoid_slope <- function(a) a * (1 - a)

add_bias <- function(M, b) M + matrix(b, nrow(M), length(b), byrow = TRUE)

forward <- function(X, wh, bh, wout, bout) {
  hidden_in <- add_bias(X %*% wh, bh)
  hidden <- sigmoid(hidden_in)
  output_in <- add_bias(hidden %*% wout, bout)
  output <- sigmoid(output_in)
  list(hidden_in = hidden_in, hidden = hidden, output_in = output_in, output = output)
}

backward <- function(X, y, fw, wout) {
  E <- y - fw$output
  d_out <- E * sigmoid_slope(fw$output)
  err_hidden <- d_out %*% t(wout)
  d_hid <- err_hidden * sigmoid_slope(fw$hidden)
  list(
    E = E,
    g_wout = t(fw$hidden) %*% d_out,
    g_bout = colSums(d_out),
    g_wh = t(X) %*% d_hid,
    g_bh = colSums(d_hid)
  )
}

update <- function(wh, bh, wout, bout, g, lr) {
  list(
    wh = wh + lr * g$g_wh,
    bh = bh + lr * g$g_bh,
    wout = wout + lr * g$g_wout,
    bout = bout + lr * g$g_bout
  )
}

half_mse <- function(E) mean(E^2) / 2

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  loss <- rep(0, epochs)
  for (epoch in seq_len(epochs)) {
    fw <- forward(X, wh, bh, wout, bout)
    g <- backward(X, y, fw, wout)
    loss[epoch] <- half_mse(g$E)
    new <- update(wh, bh, wout, bout, g, lr)
    wh <- new$wh
    bh <- new$bh
    wout <- new$wout
    bout <- new$bout
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  forward(X, wh, bh, wout, bout)$output
}
