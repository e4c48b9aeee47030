# av_mlp: the 2017 article's loop body cut in two functions under its own headings,
# forward_propagation() and back_propagation(), with `<-`, the article's names and order of
# statements. The forward pass lays the 1 x h and 1 x 1 biases over the samples with
# matrix(b, nrow(X), ncol(b), byrow = TRUE); the backward pass returns the moved parameters
# (new_wh, new_bh, new_wout, new_bout, the output layer first, as the article moves them) and
# E. train() runs them over seq_along(loss) and copies the four parameters back.

# sigmoid function
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

# forward propagation
forward_propagation <- function(X, wh, bh, wout, bout) {
  hidden_layer_input1 <- X %*% wh
  hidden_layer_input <- hidden_layer_input1 + matrix(bh, nrow(X), ncol(bh), byrow = TRUE)
  hidden_layer_activations <- sigmoid(hidden_layer_input)
  output_layer_input1 <- hidden_layer_activations %*% wout
  output_layer_input <- output_layer_input1 + matrix(bout, nrow(X), 1, byrow = TRUE)
  output <- sigmoid(output_layer_input)
  list(hidden_layer_activations = hidden_layer_activations, output = output)
}

# Back Propagation
back_propagation <- function(X, Y, fp, wh, bh, wout, bout, lr) {
  hidden_layer_activations <- fp$hidden_layer_activations
  output <- fp$output
  E <- Y - output
  slope_output_layer <- derivatives_sigmoid(output) * lr
  slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
  d_output <- E * slope_output_layer
  Error_at_hidden_layer <- d_output %*% t(wout)
  d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
  new_wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
  new_bout <- bout + sum(d_output) * lr
  new_wh <- wh + (t(X) %*% d_hiddenlayer) * lr
  new_bh <- bh + colSums(d_hiddenlayer) * lr
  list(wh = new_wh, bh = new_bh, wout = new_wout, bout = new_bout, E = E)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  Y <- y
  epoch <- epochs
  loss <- numeric(epoch)
  for (i in seq_along(loss)) {
    fp <- forward_propagation(X, wh, bh, wout, bout)
    bp <- back_propagation(X, Y, fp, wh, bh, wout, bout, lr)
    loss[i] <- mean(bp$E^2) / 2
    wh <- bp$wh
    bh <- bp$bh
    wout <- bp$wout
    bout <- bp$bout
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  forward_propagation(X, wh, bh, wout, bout)$output
}
