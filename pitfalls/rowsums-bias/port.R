# The 2017 article's own R code, as a port: biases stored replicated per row (n x h) and
# updated with rowSums(), which sums each sample's deltas over the hidden units, where the
# numpy code sums each unit's deltas over the samples (colSums). Kept verbatim in its loop
# body, so the harness can show it is flagged.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  derivatives_sigmoid <- function(x) x * (1 - x)
  Y <- y
  bh <- matrix(rep(bh, nrow(X)), nrow = nrow(X), byrow = TRUE)    # the article's n x h bh
  bout <- matrix(rep(bout, nrow(X)), nrow = nrow(X), byrow = TRUE)
  for (i in seq_len(epochs)) {
    hidden_layer_input1 = X %*% wh
    hidden_layer_input = hidden_layer_input1 + bh
    hidden_layer_activations = sigmoid(hidden_layer_input)
    output_layer_input1 = hidden_layer_activations %*% wout
    output_layer_input = output_layer_input1 + bout
    output = sigmoid(output_layer_input)
    E = Y - output
    slope_output_layer = derivatives_sigmoid(output)
    slope_hidden_layer = derivatives_sigmoid(hidden_layer_activations)
    d_output = E * slope_output_layer
    Error_at_hidden_layer = d_output %*% t(wout)
    d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
    wout = wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout = bout + rowSums(d_output) * lr
    wh = wh + (t(X) %*% d_hiddenlayer) * lr
    bh = bh + rowSums(d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout)
}
