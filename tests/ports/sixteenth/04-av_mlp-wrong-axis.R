# av_mlp ported from the 2017 article's R code, with the biases kept as the article keeps
# them: bh and bout spread over one row per sample with matrix(..., byrow = TRUE), and
# moved by the column sums of the deltas (the reader comment's colSums), one per unit.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  epoch <- epochs
  losses <- numeric(epoch)
  for (i in seq_len(epoch)) {
    bh_rows <- matrix(bh, nrow = nrow(X), ncol = ncol(wh), byrow = TRUE)
    bout_rows <- matrix(bout, nrow = nrow(X), ncol = ncol(wout), byrow = TRUE)
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + bh_rows
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bout_rows
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    losses[i] <- mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + rowSums(d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = losses)
}
