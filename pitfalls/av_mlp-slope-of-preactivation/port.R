# An av_mlp port that takes the sigmoid's slope at the layers' inputs, as a reader of the
# 2017 article proposed ("shouldn't this be derivatives_sigmoid(output_layer_input)?"). But
# the article's derivatives_sigmoid(x) = x * (1 - x) expects the sigmoid's *output*: it is
# the slope at z only when given sigmoid(z). Given z itself, it returns z * (1 - z), which is
# not a slope at all (negative for z > 1). Otherwise R/av_mlp.R, statement for statement.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  derivatives_sigmoid <- function(x) x * (1 - x)
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    hidden_layer_input <- X %*% wh + rep(bh, each = n)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + rep(bout, each = n)
    output <- sigmoid(output_layer_input)
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output_layer_input)    # the bug: not (output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_input)    # nor (hiddenlayer_activations)
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
