# av_mlp: the article's loop body, with `<-` and its names in its order, written as a function
# one_epoch() that returns the moved parameters and the epoch's loss in a list; train() calls
# it in a while loop with a counter and copies the list's elements back. The biases are added
# to every sample's row with sweep(..., 2, b, "+") and summed over the samples with
# apply(d, 2, sum), numpy's np.sum(axis=0).

sigmoid <- function(x) {
  1 / (1 + exp(x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

one_epoch <- function(X, Y, wh, bh, wout, bout, lr) {
  # forward propagation
  hidden_layer_input1 <- X %*% wh
  hidden_layer_input <- sweep(hidden_layer_input1, 2, bh, "+")
  hidden_layer_activations <- sigmoid(hidden_layer_input)
  output_layer_input1 <- hidden_layer_activations %*% wout
  output_layer_input <- sweep(output_layer_input1, 2, bout, "+")
  output <- sigmoid(output_layer_input)
  # Back Propagation
  E <- Y - output
  slope_output_layer <- derivatives_sigmoid(output)
  slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
  d_output <- E * slope_output_layer
  Error_at_hidden_layer <- d_output %*% t(wout)
  d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
  wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
  bout <- bout + apply(d_output, 2, sum) * lr
  wh <- wh + (t(X) %*% d_hiddenlayer) * lr
  bh <- bh + apply(d_hiddenlayer, 2, sum) * lr
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = mean(E^2) / 2)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  epoch <- epochs
  loss <- numeric(epoch)
  i <- 0
  while (i < epoch) {
    i <- i + 1
    res <- one_epoch(X, y, wh, bh, wout, bout, lr)
    wh <- res$wh
    bh <- res$bh
    wout <- res$wout
    bout <- res$bout
    loss[i] <- res$loss
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hidden_layer_activations <- sigmoid(sweep(X %*% wh, 2, bh, "+"))
  sigmoid(sweep(hidden_layer_activations %*% wout, 2, bout, "+"))
}
