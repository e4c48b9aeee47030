# av_mlp: the 2017 article's R code with `<-`, indented, its names and its order of
# statements inside train(). Each bias row is added to every sample's row with
# scale(m, center = -b, scale = FALSE), R's column-wise centring asked to subtract the
# negated bias (scale() sweeps its centre out of each column). The epoch's loss, half the
# mean squared error, is stored right after E; the biases are moved by colSums() of the
# deltas, where the article has rowSums(); the backward products keep the article's t().

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
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- scale(hidden_layer_input1, center = -bh, scale = FALSE)
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- scale(output_layer_input1, center = -bout, scale = FALSE)
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    loss[i] <- mean(crossprod(E)) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hidden_layer_activations <- sigmoid(scale(X %*% wh, center = -bh, scale = FALSE))
  output <- sigmoid(scale(hidden_layer_activations %*% wout, center = -bout, scale = FALSE))
  matrix(output, nrow = nrow(X))
}
