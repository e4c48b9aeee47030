# av_mlp: the 2017 article's R code by a porter who drops the biases' dimensions with dim<-:
# bh (1 x h) and bout (1 x 1) enter train() as matrices, `dim(bh) <- NULL` makes them plain
# vectors for the epochs (laid over the samples with rep(bh, each = n), moved by colSums()
# and sum()), and `dim(bh) <- c(1L, h)` gives them their shapes back before they are
# returned. The article's names and order of statements; the loss, the half mean squared
# error of the epoch's forward pass, is stored at the end of the epoch.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  h <- ncol(wh)
  epoch <- epochs
  dim(bh) <- NULL
  dim(bout) <- NULL
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + rep(bh, each = n)
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + rep(bout, each = n)
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + sum(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- sum(E^2) / (2 * n)
  }
  dim(bh) <- c(1L, h)
  dim(bout) <- c(1L, 1L)
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- sigmoid(X %*% wh + rep(c(bh), each = n))
  sigmoid(hidden_layer_activations %*% wout + rep(c(bout), each = n))
}
