# av_mlp: the 2017 article's R code with the four parameters kept in one list, `state`, and
# every epoch's body evaluated inside with(state, { ... }): the article's statements, names
# and order run as they are printed, reading wh, bh, wout and bout from the list and X, y, n
# and lr from train(); the block ends with a new list of the moved parameters and the
# epoch's error E, which becomes the next state. The hidden bias is laid over the samples
# with matrix(bh, n, length(bh), byrow = TRUE); the loss is sum(E^2) / (2 * n), taken from
# the state after the block.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  state <- list(wh = wh, bh = bh, wout = wout, bout = matrix(0, 1, 1))
  loss <- vector("numeric", epochs)
  for (i in seq_len(epochs)) {
    state <- with(state, {
      # Forward Propogation
      hidden_layer_input1 <- X %*% wh
      hidden_layer_input <- hidden_layer_input1 + matrix(bh, n, length(bh), byrow = TRUE)
      hiddenlayer_activations <- sigmoid(hidden_layer_input)
      output_layer_input1 <- hiddenlayer_activations %*% wout
      output_layer_input <- output_layer_input1 + c(bout)
      output <- sigmoid(output_layer_input)
      # Backpropagation
      E <- y - output
      slope_output_layer <- derivatives_sigmoid(output)
      slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
      d_output <- E * slope_output_layer
      Error_at_hidden_layer <- d_output %*% t(wout)
      d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
      wout <- wout + (t(hiddenlayer_activations) %*% d_output) * lr
      bout <- bout + sum(d_output) * lr
      wh <- wh + (t(X) %*% d_hiddenlayer) * lr
      bh <- bh + colSums(d_hiddenlayer) * lr
      list(wh = wh, bh = bh, wout = wout, bout = bout, E = E)
    })
    loss[i] <- sum(state$E^2) / (2 * n)
  }
  list(wh = state$wh, bh = state$bh, wout = state$wout, bout = state$bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hiddenlayer_activations <- sigmoid(X %*% wh + matrix(bh, n, length(bh), byrow = TRUE))
  sigmoid(hiddenlayer_activations %*% wout + c(bout))
}
