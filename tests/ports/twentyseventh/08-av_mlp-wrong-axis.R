# av_mlp: the 2017 article's R code with `<-`, indented, its names and its order of
# statements. As in the article, the biases are laid out once, before the loop, as matrices
# with one row per sample: the hidden bias is taken out of its row as the article's bias_in
# and laid with matrix(bias_in, nrow = nrow(X), ncol = length(bias_in), byrow = TRUE), the
# output bias with matrix(bout, nrow(X), 1). The bias matrices are moved every epoch, the
# hidden one by the column sums of its delta laid out the same way, the output one by the sum
# of the output delta; their first rows are returned. The epoch's loss is stored right after
# E, as the sum of the squared errors over 2 n.

# sigmoid function
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  loss <- numeric(epoch)
  # bias initialization: one row per sample
  bias_in <- bh[1, ]
  bh_rows <- matrix(bias_in, nrow = nrow(X), ncol = length(bias_in), byrow = TRUE)
  bout_rows <- matrix(bout, nrow(X), 1)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + bh_rows
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bout_rows
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- sum(E * E) / (2 * nrow(E))
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout_rows <- bout_rows + sum(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh_rows <- bh_rows + matrix(rowSums(d_hiddenlayer) * lr, nrow(X), ncol(bh_rows), byrow = TRUE)
  }
  list(wh = wh, bh = bh_rows[1, , drop = FALSE], wout = wout,
       bout = bout_rows[1, , drop = FALSE], loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hidden_layer_activations <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(bh), byrow = TRUE))
  sigmoid(hidden_layer_activations %*% wout + matrix(bout, nrow(X), 1))
}
