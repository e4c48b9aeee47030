# av_mlp: the 2017 article's R code with `<-`, indented, its names and its order of
# statements, and its variable initialization block (inputlayer_neurons, hiddenlayer_neurons,
# output_neurons read from the given shapes). As in the article the biases are taken out as
# the vectors bias_in and bias_out; each epoch they are laid over the samples with
# outer(ones, bias), ones a vector of one 1 per sample, and moved by colSums() of their
# deltas; they are put back into 1 x h and 1 x 1 rows when train() returns. The epoch's loss,
# mean(E^2) * 0.5, is stored right after E.

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
  inputlayer_neurons <- ncol(X)
  hiddenlayer_neurons <- ncol(wh)
  output_neurons <- ncol(wout)
  # weight and bias initialization
  bias_in <- bh[1, ]
  bias_out <- bout[1, ]
  ones <- rep(1, nrow(X))
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + outer(ones, bias_in)
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + outer(ones, bias_out)
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- mean(E^2) * 0.5
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- round(derivatives_sigmoid(hidden_layer_activations), 3)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bias_out <- bias_out + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bias_in <- bias_in + colSums(d_hiddenlayer) * lr
  }
  list(wh = wh, bh = matrix(bias_in, nrow = 1, ncol = hiddenlayer_neurons), wout = wout,
       bout = matrix(bias_out, nrow = 1, ncol = output_neurons), loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  ones <- rep(1, nrow(X))
  hidden_layer_activations <- sigmoid(X %*% wh + outer(ones, bh[1, ]))
  sigmoid(hidden_layer_activations %*% wout + outer(ones, bout[1, ]))
}
