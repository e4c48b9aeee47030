# av_mlp from the 2017 article's R code, with its names and its order of statements, and
# the four updates at the end of the loop moved into one helper per layer:
# update_output_layer() and update_hidden_layer() each take the layer's weights and bias,
# the layer's input and its delta, and return the moved pair in a list, which train()
# unpacks. The biases stay 1 x h and 1 x 1 and are laid over the samples by indexing their
# one row n times (bh[rep(1, n), , drop = FALSE]); they are summed over the samples with
# colSums(), where the article has rowSums().
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

update_output_layer <- function(wout, bout, hidden_layer_activations, d_output, lr) {
  wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
  bout <- bout + colSums(d_output) * lr
  list(wout = wout, bout = bout)
}

update_hidden_layer <- function(wh, bh, X, d_hiddenlayer, lr) {
  wh <- wh + (t(X) %*% d_hiddenlayer) * lr
  bh <- bh + colSums(d_hiddenlayer) * lr
  list(wh = wh, bh = bh)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + bh[rep(1, n), , drop = FALSE]
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bout[rep(1, n), , drop = FALSE]
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- sum(E^2) / (2 * n)
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    out_layer <- update_output_layer(wout, bout, hidden_layer_activations, d_output * lr, lr)
    wout <- out_layer$wout
    bout <- out_layer$bout
    hid_layer <- update_hidden_layer(wh, bh, X, d_hiddenlayer, lr)
    wh <- hid_layer$wh
    bh <- hid_layer$bh
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- sigmoid(X %*% wh + bh[rep(1, n), , drop = FALSE])
  sigmoid(hidden_layer_activations %*% wout + bout[rep(1, n), , drop = FALSE])
}
