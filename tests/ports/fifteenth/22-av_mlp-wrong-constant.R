# av_mlp in a plain modern R style built on the native pipe |> (R >= 4.1): the parameters in
# a named list p, a layer written as (input %*% weights) |> add_bias(bias) |> sigmoid(),
# add_bias() adding the bias row to every row with rep(each = nrow), forward() returning the
# hidden activations and the output, the error taken as output - y and every parameter moved
# with - lr, the hidden layer first, then the output layer; the bias gradients are the deltas'
# column sums, piped into colSums().

sigmoid <- function(z) 1 / (1 + 2.7183^(-z))

add_bias <- function(z, b) z + rep(b, each = nrow(z))

forward <- function(X, p) {
  hidden <- (X %*% p$wh) |> add_bias(p$bh) |> sigmoid()
  output <- (hidden %*% p$wout) |> add_bias(p$bout) |> sigmoid()
  list(hidden = hidden, output = output)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  p <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    fw <- forward(X, p)
    err <- fw$output - y
    loss[epoch] <- err^2 |> mean() / 2
    d_out <- err * fw$output * (1 - fw$output)
    d_hid <- (d_out %*% t(p$wout)) * fw$hidden * (1 - fw$hidden)
    p$wh <- p$wh - lr * (t(X) %*% d_hid)
    p$bh <- p$bh - lr * (d_hid |> colSums())
    p$wout <- p$wout - lr * (t(fw$hidden) %*% d_out)
    p$bout <- p$bout - lr * (d_out |> colSums())
  }
  c(p, list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  forward(X, list(wh = wh, bh = bh, wout = wout, bout = bout))$output
}
