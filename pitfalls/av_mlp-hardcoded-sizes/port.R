# An av_mlp port written against the article's data, 3 samples, with that size typed in:
# the bias is laid down the rows with rep(bh, each = 3) where nrow(X) belongs. With 3
# samples it is right. With 5, R recycles the 3 * h values over the 5 * h elements and only
# warns ("longer object length is not a multiple of shorter object length"); with 6 it
# would not even warn; with 1 it stops ("dims do not match the length of object").
# Otherwise R/av_mlp.R, statement for statement.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  derivatives_sigmoid <- function(x) x * (1 - x)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    hidden_layer_input <- X %*% wh + rep(bh, each = 3)          # the bug: 3, not nrow(X)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + rep(bout, each = 3)
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
