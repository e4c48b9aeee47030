# av_mlp: the 2017 article's R code with `<-`, its names and its order of statements, indented,
# the epochs counted by a while loop that starts at 1. The biases are taken out of their
# matrices as plain vectors under the article's names bias_in and bias_out; each epoch the
# hidden one is strung down the columns with rep(bias_in, each = n) and the output one, a
# single number, is added to every sample. They are moved by colSums() and sum() of the
# deltas and put back into 1 x h and 1 x 1 matrices at the end. The epoch's loss is stored
# right after E, from crossprod(E).

# sigmoid function
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  Y <- y
  n <- nrow(X)
  epoch <- epochs
  # the biases as vectors, as the article's bias_in and bias_out
  bias_in <- drop(bh)
  bias_out <- drop(bout)
  loss <- numeric(epoch)
  i <- 1
  while (i <= epoch) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + rep(bias_in, each = n)
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bias_out
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- Y - output
    loss[i] <- drop(crossprod(E)) / (2 * n)
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bias_out <- bias_out + sum(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bias_in <- bias_in + colSums(d_hiddenlayer) * lr
    i <- i + 1
  }
  list(wh = wh, bh = matrix(bias_in, nrow = 1), wout = wout,
       bout = matrix(bias_out, 1, 1), loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hidden_layer_activations <- sigmoid(X %*% wh + rep(drop(bh), each = nrow(X)))
  sigmoid(hidden_layer_activations %*% wout + drop(bout))
}
