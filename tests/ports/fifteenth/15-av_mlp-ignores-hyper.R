# av_mlp from the 2017 article's R code, its names and its order of statements, with the
# epochs counted by hand: i <- 1 before a while (i <= epoch) loop and i <- i + 1 as the
# body's last line, each epoch's loss stored at loss[i]. The article's variable
# initialization block is kept (epoch, inputlayer_neurons, hiddenlayer_neurons,
# output_neurons), its sizes read off the given weights; the biases stay 1 x h and 1 x 1 and
# are laid out one row per sample by a helper, expand_rows(), with
# matrix(..., byrow = TRUE), and moved by colSums(), where the article has rowSums().

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

expand_rows <- function(b, n) {
  matrix(b, nrow = n, ncol = length(b), byrow = TRUE)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  lr <- 0.1
  inputlayer_neurons <- ncol(X)
  hiddenlayer_neurons <- ncol(wh)
  output_neurons <- ncol(wout)
  n <- nrow(X)
  loss <- numeric(epoch)
  i <- 1
  while (i <= epoch) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + expand_rows(bh, n)
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + expand_rows(bout, n)
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- sum(E^2) / (2 * n)
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    i <- i + 1
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- sigmoid(X %*% wh + expand_rows(bh, n))
  sigmoid(hidden_layer_activations %*% wout + expand_rows(bout, n))
}
