# av_mlp: the 2017 article's R code by a porter who labels every matrix: the samples, inputs
# and hidden units get names (s1.., x1.., h1..) through dimnames(), so that a product of the
# wrong matrices would show the wrong labels when printed. The biases stay 1 x h and
# 1 x 1 and are laid over the samples by indexing their one row n times,
# bh[rep(1, n), , drop = FALSE]; the article's statements in its order, the updates with
# colSums(); the names are dropped with unname() on the way out.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  samples <- paste0("s", seq_len(n))
  inputs <- paste0("x", seq_len(ncol(X)))
  units <- paste0("h", seq_len(ncol(wh)))
  dimnames(X) <- list(samples, inputs)
  dimnames(y) <- list(samples, "y")
  dimnames(wh) <- list(inputs, units)
  bh <- matrix(0, 1, length(units), dimnames = list(NULL, units))
  dimnames(wout) <- list(units, "y")
  dimnames(bout) <- list(NULL, "y")
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
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- mean(E^2) / 2
  }
  list(wh = unname(wh), bh = unname(bh), wout = unname(wout), bout = unname(bout),
       loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- sigmoid(X %*% wh + bh[rep(1, n), , drop = FALSE])
  sigmoid(hidden_layer_activations %*% wout + bout[rep(1, n), , drop = FALSE])
}
