# An av_mlp port that lays the biases out per sample as the 2017 article's R code does,
#   bh = matrix(rep(bias_in, nrow(X)), nrow = nrow(X), byrow = FALSE)
# rep() strings the h biases together n times, b1 b2 b3 b1 b2 b3 ..., and matrix() fills that
# column by column, so row i holds not (b1, b2, b3) but a shifted pattern (with n = h = 3,
# b_i in every column). Only byrow = TRUE lays each copy along a row, as numpy's
# np.tile(bh, (n, 1)) does. The update is the numpy code's colSums (not the article's
# rowSums: see pitfalls/rowsums-bias), so this is the article's other bias bug, alone.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  derivatives_sigmoid <- function(x) x * (1 - x)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    bh_rows <- matrix(rep(bh, nrow(X)), nrow = nrow(X), byrow = FALSE)    # the bug
    bout_rows <- matrix(rep(bout, nrow(X)), nrow = nrow(X), byrow = FALSE)
    hidden_layer_input <- X %*% wh + bh_rows
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + bout_rows
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
