# av_mlp: the article's R code with `<-` and its names, the biases taken out of their
# matrices as plain vectors (bias_h, bias_out, as the article's bias_in and bias_out) and
# added to every sample's row with R's t(t(M) + v) idiom (the vector recycled down the
# columns of t(M), one per unit); they are moved by their sums over the samples and put back
# into 1 x h and 1 x 1 matrices at the end. The loss is half the mean of the squared errors.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  epoch <- epochs
  bias_h <- c(bh)
  bias_out <- c(bout)
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- t(t(hidden_layer_input1) + bias_h)
    hidden_layer_activations <- tanh(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- t(t(output_layer_input1) + bias_out)
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bias_out <- bias_out + sum(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bias_h <- bias_h + colSums(d_hiddenlayer) * lr
    loss[i] <- sum(E^2) / (2 * length(E))
  }
  list(wh = wh, bh = matrix(bias_h, nrow = 1), wout = wout,
       bout = matrix(bias_out, nrow = 1), loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hidden_layer_activations <- sigmoid(t(t(X %*% wh) + c(bh)))
  sigmoid(t(t(hidden_layer_activations %*% wout) + c(bout)))
}
