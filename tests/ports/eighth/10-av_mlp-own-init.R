# av_mlp ported from the 2017 article's R code: the same names, X %*% wh and t(), the
# biases laid out as n x h and n x 1 matrices with rep() and matrix(), and colSums() for
# the sums over the samples (the numpy code's np.sum(axis = 0)).
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  set.seed(2017); bh <- matrix(runif(ncol(wh)), nrow = 1)
  for (i in seq_len(epochs)) {
    # forward propagation
    bias_hidden <- matrix(rep(bh, n), nrow = n, byrow = TRUE)
    bias_output <- matrix(rep(bout, n), nrow = n, byrow = TRUE)
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + bias_hidden
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bias_output
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    loss[i] <- mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden <- sigmoid(X %*% wh + matrix(rep(bh, n), nrow = n, byrow = TRUE))
  sigmoid(hidden %*% wout + matrix(rep(bout, n), nrow = n, byrow = TRUE))
}
