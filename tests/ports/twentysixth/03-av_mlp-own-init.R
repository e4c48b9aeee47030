# av_mlp: the 2017 article's R code by a porter who lays a bias row over the samples the way
# R indexes a matrix: bh[rep(1, n), , drop = FALSE] repeats the 1 x h row n times (numpy's
# broadcast of bh over the rows of X %*% wh), bout[rep(1, n), , drop = FALSE] the 1 x 1
# output bias. The article's names and order of statements, its sigmoid() and
# derivatives_sigmoid() helpers, `<-` for its `=`; the biases stay 1 x h and 1 x 1 and move
# by the column sums of their deltas; the loss, the half mean squared error of the epoch's
# forward pass, is stored at the end of the epoch.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  epoch <- epochs
  bout <- matrix(0, 1, 1)
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + bh[rep(1, n), , drop = FALSE]
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bout[rep(1, n), , drop = FALSE]
    output <- sigmoid(output_layer_input)

    # back propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- sum(E^2) / (2 * n)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- sigmoid(X %*% wh + bh[rep(1, n), , drop = FALSE])
  sigmoid(hidden_layer_activations %*% wout + bout[rep(1, n), , drop = FALSE])
}
