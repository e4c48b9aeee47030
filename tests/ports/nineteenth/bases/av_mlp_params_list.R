# av_mlp: the article's R code with `<-`, its names and its order of statements, the four
# parameters kept together in one named list, params, read and written as params$wh,
# params$bh, ... The biases stay 1 x h and 1 x 1 rows and are laid over the samples by a
# matrix product with a column of ones, ones %*% params$bh; they are moved by colSums().
# The losses are kept in a vector and the loop is for (i in seq_len(epoch)).

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  params <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  ones <- matrix(1, nrow = nrow(X), ncol = 1)
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% params$wh
    hidden_layer_input <- hidden_layer_input1 + ones %*% params$bh
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% params$wout
    output_layer_input <- output_layer_input1 + ones %*% params$bout
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(params$wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    params$wout <- params$wout + (t(hidden_layer_activations) %*% d_output) * lr
    params$bout <- params$bout + colSums(d_output) * lr
    params$wh <- params$wh + (t(X) %*% d_hiddenlayer) * lr
    params$bh <- params$bh + colSums(d_hiddenlayer) * lr
  }
  c(params, list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  ones <- matrix(1, nrow = nrow(X), ncol = 1)
  hidden_layer_activations <- sigmoid(X %*% wh + ones %*% bh)
  sigmoid(hidden_layer_activations %*% wout + ones %*% bout)
}
