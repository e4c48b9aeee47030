# av_mlp, ported from the 2017 article's numpy code: one sigmoid hidden layer with biases,
# full-batch gradient descent. Rows of X are samples; the biases are added to every row.
sigmoid <- function(x) 1 / (1 + exp(-x))

derivatives_sigmoid <- function(x) x * (1 - x)

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward propagation
    hidden_layer_input <- X %*% wh + matrix(bh, n, ncol(wh), byrow = TRUE)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + matrix(bout, n, 1)
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    loss[i] <- mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + t(hiddenlayer_activations) %*% d_output * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + t(X) %*% d_hiddenlayer * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
