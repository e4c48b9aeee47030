# av_mlp: the 2017 article's R code with `<-`, indented, its names and its order of
# statements, written with a vector of ones wherever the numpy code broadcasts or sums over
# the samples: rep(1, n) %*% bh lays a bias row over the n samples (R takes the vector as a
# column there), rep(1, n) %*% d sums a delta over them (R takes it as a row there). The
# epochs are counted by a while (i < epoch) loop whose counter starts at 0 and is moved as the
# body's last line; the epoch's loss, the mean of E^2 taken as rep(1 / n, n) %*% E^2, halved,
# is stored at loss[i + 1].

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
  n <- nrow(X)
  loss <- numeric(epoch)
  i <- 0
  while (i < epoch) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + rep(1, n) %*% bh
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + rep(1, n) %*% bout
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + rep(1, n) %*% d_output * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + rep(1 / n, n) %*% d_hiddenlayer * lr
    loss[i + 1] <- drop(rep(1 / n, n) %*% E^2) / 2
    i <- i + 1
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- sigmoid(X %*% wh + rep(1, n) %*% bh)
  sigmoid(hidden_layer_activations %*% wout + rep(1, n) %*% bout)
}
