# av_mlp: the 2017 article's R code by a porter who keeps the epochs' losses in a list:
# loss starts as list(), each epoch appends its value at loss[[length(loss) + 1]], and the
# loop runs while (length(loss) < epoch), so the list's length is the epoch counter; the
# list is made a vector with unlist() when train() returns. The article's sizes
# (inputlayer_neurons, hiddenlayer_neurons, output_neurons) are read from the given shapes,
# and each bias is laid over the samples as matrix(rep(b, each = n), nrow = n, ncol = size).
# The article's names and order of statements; the loss, the half mean squared error of the
# epoch's forward pass, is appended at the end of the epoch.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  epoch <- epochs
  n <- nrow(X)
  # variable initialization: the sizes of the layers
  inputlayer_neurons <- ncol(X)
  hiddenlayer_neurons <- ncol(wh)
  output_neurons <- ncol(wout)
  loss <- list()
  while (length(loss) < epoch) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 +
      matrix(rep(bh, each = n), nrow = n, ncol = hiddenlayer_neurons)
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 +
      matrix(rep(bout, each = n), nrow = n, ncol = output_neurons)
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% wout
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + sum(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[[length(loss) + 1]] <- sum(E^2) / (2 * n)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = as.numeric(unlist(loss)))
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- sigmoid(X %*% wh +
    matrix(rep(bh, each = n), nrow = n, ncol = ncol(wh)))
  sigmoid(hidden_layer_activations %*% wout +
    matrix(rep(bout, each = n), nrow = n, ncol = ncol(wout)))
}
