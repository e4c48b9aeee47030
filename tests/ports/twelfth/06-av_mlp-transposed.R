# av_mlp transcribed from the article's numpy code through numpy-like shims defined first:
# np_dot() for np.dot, np_T() for .T, np_sum_axis0() for np.sum(axis=0, keepdims=True),
# np_broadcast_add() for numpy's broadcast of a row over the rows of a matrix, np_iadd() for
# +=, and py_range(), np_zeros(), np_mean(), np_exp(), so that the loop below follows the
# Python line by line.
np_dot <- function(a, b) a %*% b
np_T <- t
np_exp <- exp
np_mean <- function(a) mean(a)
np_zeros <- function(n) numeric(n)
np_sum_axis0 <- function(m) matrix(colSums(m), ncol = 1)
np_broadcast_add <- function(m, row) m + rep(row, each = nrow(m))
np_iadd <- function(a, b) a + b
py_range <- function(n) seq_len(n)

sigmoid <- function(x) 1 / (1 + np_exp(-x))

derivatives_sigmoid <- function(x) x * (1 - x)

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  loss <- np_zeros(epochs)
  for (i in py_range(epochs)) {
    # Forward Propogation
    hidden_layer_input1 <- np_dot(X, wh)
    hidden_layer_input <- np_broadcast_add(hidden_layer_input1, bh)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- np_dot(hiddenlayer_activations, wout)
    output_layer_input <- np_broadcast_add(output_layer_input1, bout)
    output <- sigmoid(output_layer_input)
    # Backpropagation
    E <- y - output
    loss[i] <- np_mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- np_dot(d_output, np_T(wout))
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- np_iadd(wout, np_dot(np_T(hiddenlayer_activations), d_output) * lr)
    bout <- np_iadd(bout, np_sum_axis0(d_output) * lr)
    wh <- np_iadd(wh, np_dot(np_T(X), d_hiddenlayer) * lr)
    bh <- np_iadd(bh, np_sum_axis0(d_hiddenlayer) * lr)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hiddenlayer_activations <- sigmoid(np_broadcast_add(np_dot(X, wh), bh))
  sigmoid(np_broadcast_add(np_dot(hiddenlayer_activations, wout), bout))
}
