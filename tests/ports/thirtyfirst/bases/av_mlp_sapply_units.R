# av_mlp: the article's network computed one hidden unit at a time, as a porter who reads
# the article's diagram (each hidden neuron takes every input, its own weights wh[, j] and
# its own bias bh[1, j]) writes it: every hidden-layer quantity is a sapply() over the
# units, put back into an n x h matrix with matrix(..., nrow = n). The output unit is
# computed with the article's matrix products. The article's names and order of
# statements; the loss, half the mean squared error, is stored last in the epoch.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  units <- seq_len(ncol(wh))
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward propagation, one hidden unit at a time
    hidden_layer_input <- matrix(sapply(units, function(j) X %*% wh[, j] + bh[1, j]), nrow = n)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + bout[1, 1]
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- matrix(sapply(units, function(j) d_output * wout[j, 1]), nrow = n)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hiddenlayer_activations) %*% d_output) * lr
    bout <- bout + sum(d_output) * lr
    wh <- wh + sapply(units, function(j) t(X) %*% d_hiddenlayer[, j]) * lr
    bh <- bh + sapply(units, function(j) sum(d_hiddenlayer[, j])) * lr
    loss[i] <- mean(E^2) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  units <- seq_len(ncol(wh))
  hidden <- matrix(sapply(units, function(j) sigmoid(X %*% wh[, j] + bh[1, j])), nrow = nrow(X))
  sigmoid(hidden %*% wout + bout[1, 1])
}
