# An av_mlp port that translates numpy's np.sum(d_hiddenlayer, axis=0, keepdims=True) as
# R's sum(d_hiddenlayer). R's sum() has no axis: it adds every element of the n x h matrix,
# so each hidden unit's bias moves by the sum of all units' deltas. The article sums over
# the samples only: colSums(). Everything else is R/av_mlp.R, statement for statement.
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
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + t(hiddenlayer_activations) %*% d_output * lr
    bout <- bout + sum(d_output) * lr          # right by luck: d_output has one column
    wh <- wh + t(X) %*% d_hiddenlayer * lr
    bh <- bh + sum(d_hiddenlayer) * lr          # the bug: sum() of everything, not colSums()
    loss[i] <- mean(E^2) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
