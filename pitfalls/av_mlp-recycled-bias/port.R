# An av_mlp port that adds the bias the numpy way. `X %*% wh + bh` is an error in R (an
# n x h matrix plus a 1 x h matrix are "non-conformable"), so the port drops bh to a plain
# vector, expecting it to be added to every row as numpy broadcasts it. R recycles it down
# the columns instead: element [i, j] gets bh[((i - 1) + n * (j - 1)) %% h + 1], the bias of
# another unit, with no warning since n * h is a multiple of h. Otherwise R/av_mlp.R.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  derivatives_sigmoid <- function(x) x * (1 - x)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    hidden_layer_input <- X %*% wh + drop(bh)                  # the bug: recycled down columns
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + drop(bout)  # one value: harmless
    output <- sigmoid(output_layer_input)
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + t(hiddenlayer_activations) %*% d_output * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + t(X) %*% d_hiddenlayer * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- mean(E^2) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
