# av_mlp: the article's code split into two functions called with do.call() on a named
# list of the parameters: feedforward() takes X and the four parameters by name and returns
# the article's forward quantities, backprop() takes them with y and lr and returns the
# moved parameters. train() keeps the parameters in `params` and the losses in a vector,
# `<-` for the article's `=`, its names and order of statements. The biases are laid over
# the samples with matrix(b, n, length(b), byrow = TRUE) and moved by colSums().

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

bias_rows <- function(b, n) {
  matrix(b, nrow = n, ncol = length(b), byrow = TRUE)
}

feedforward <- function(X, wh, bh, wout, bout) {
  hidden_layer_input1 <- X %*% wh
  hidden_layer_input <- hidden_layer_input1 + bias_rows(bh, ncol(X))
  hiddenlayer_activations <- sigmoid(hidden_layer_input)
  output_layer_input1 <- hiddenlayer_activations %*% wout
  output_layer_input <- output_layer_input1 + bias_rows(bout, nrow(X))
  output <- sigmoid(output_layer_input)
  list(hiddenlayer_activations = hiddenlayer_activations, output = output)
}

backprop <- function(X, y, wh, bh, wout, bout, lr, hiddenlayer_activations, output) {
  E <- y - output
  slope_output_layer <- derivatives_sigmoid(output)
  slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
  d_output <- E * slope_output_layer
  Error_at_hidden_layer <- d_output %*% t(wout)
  d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
  wout <- wout + (t(hiddenlayer_activations) %*% d_output) * lr
  bout <- bout + colSums(d_output) * lr
  wh <- wh + (t(X) %*% d_hiddenlayer) * lr
  bh <- bh + colSums(d_hiddenlayer) * lr
  list(wh = wh, bh = bh, wout = wout, bout = bout)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  params <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    fwd <- do.call(feedforward, c(list(X = X), params))
    loss[i] <- sum((y - fwd$output)^2) / length(y) / 2
    params <- do.call(backprop, c(list(X = X, y = y, lr = lr), params, fwd))
  }
  c(params, list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  feedforward(X, wh, bh, wout, bout)$output
}
