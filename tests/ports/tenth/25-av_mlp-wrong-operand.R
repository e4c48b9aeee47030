# av_mlp transcribed from the 2017 article's R code with its own names (inputlayer_neurons,
# hiddenlayer_neurons, output_neurons, bias_in, bias_out and their _temp vectors, the
# article's hidden_layer_activations), its for loop over the epochs and its t() and %*%.
# Two changes make it the article's numpy network: the biases are kept as vectors, laid out
# again every epoch one row per sample (rep(each =) filled down the columns), and they are
# moved by colSums(), the sum over the samples, where the article has rowSums().
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  inputlayer_neurons <- ncol(X)
  hiddenlayer_neurons <- ncol(wh)
  output_neurons <- ncol(wout)
  # weight and bias initialization: the given ones, where the article draws rnorm()/runif()
  bias_in <- as.vector(bh)
  bias_out <- as.vector(bout)
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    bias_in_temp <- rep(bias_in, each = nrow(X))
    bias_hidden <- matrix(bias_in_temp, nrow = nrow(X), byrow = FALSE)
    bias_out_temp <- rep(bias_out, each = nrow(X))
    bias_output <- matrix(bias_out_temp, nrow = nrow(X), byrow = FALSE)
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + bias_hidden
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bias_output
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(y)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bias_out <- bias_out + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bias_in <- bias_in + colSums(d_hiddenlayer) * lr
  }
  bh <- matrix(bias_in, nrow = 1)
  bout <- matrix(bias_out, nrow = 1)
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  bias_hidden <- matrix(rep(as.vector(bh), each = nrow(X)), nrow = nrow(X))
  hidden_layer_activations <- sigmoid(X %*% wh + bias_hidden)
  sigmoid(hidden_layer_activations %*% wout + as.vector(bout))
}
