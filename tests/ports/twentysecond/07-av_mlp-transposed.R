# av_mlp: the 2017 article's R code with `<-` and its names and order of statements, written
# by a porter who keeps no helper functions: the sigmoid, 1 / (1 + exp(-x)), and its slope in
# terms of its output, a * (1 - a), are written out inline on each line that needs them.
# The biases stay the 1 x h and 1 x 1 rows they are given as and are laid over the samples
# as the outer product of a column of ones (ones, one per sample) and the row; the backward
# products with a transpose are crossprod() and tcrossprod(). The biases are moved by
# colSums() of the deltas, where the article has rowSums(); the epoch's loss, half the mean
# of the squared errors, is stored at the end of the epoch.

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  ones <- rep(1, nrow(X))
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- tcrossprod(X, wh)
    hidden_layer_input <- hidden_layer_input1 + outer(ones, bh[1, ])
    hidden_layer_activations <- 1 / (1 + exp(-hidden_layer_input))
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + outer(ones, bout[1, ])
    output <- 1 / (1 + exp(-output_layer_input))
    # Back Propagation
    E <- y - output
    slope_output_layer <- output * (1 - output)
    slope_hidden_layer <- hidden_layer_activations * (1 - hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- tcrossprod(d_output, wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + crossprod(hidden_layer_activations, d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + crossprod(X, d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- 0.5 * mean(E^2)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  ones <- rep(1, nrow(X))
  hidden_layer_activations <- 1 / (1 + exp(-(X %*% wh + outer(ones, bh[1, ]))))
  1 / (1 + exp(-(hidden_layer_activations %*% wout + outer(ones, bout[1, ]))))
}
