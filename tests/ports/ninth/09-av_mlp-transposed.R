# av_mlp ported line by line from the 2017 article's R code: its names, t() for every
# transpose (no crossprod()), the biases spread over the samples as n x h and n x 1
# matrices, built one column per sample with matrix() and turned round with t(), and the
# sums over the samples taken as a row of ones times the matrix, where the article's
# rowSums() summed the wrong way.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  hiddenlayer_neurons <- ncol(wh)
  ones <- rep(1, n)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward propagation
    bias_hidden <- matrix(bh, hiddenlayer_neurons, n)
    bias_output <- t(matrix(bout, 1, n))
    hidden_layer_input <- X %*% wh + bias_hidden
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + bias_output
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    loss[i] <- mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hiddenlayer_activations) %*% d_output) * lr
    bout <- bout + (ones %*% d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + (ones %*% d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hiddenlayer_activations <- sigmoid(X %*% wh + t(matrix(bh, ncol(wh), n)))
  sigmoid(hiddenlayer_activations %*% wout + t(matrix(bout, 1, n)))
}
