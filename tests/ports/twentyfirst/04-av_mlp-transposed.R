# av_mlp: the 2017 article's R code with `<-` for its `=`, its names and its order of
# statements. The hidden bias row is laid over the samples with replicate(), which makes one
# column per copy, so the n copies of c(bh) are turned round with t() into the n x h layout
# of X %*% wh; the one output bias is added as a number, c(bout). The biases stay 1 x h and
# 1 x 1 and are moved by their sums over the samples, colSums() and sum(), where the article
# has rowSums(); each epoch's loss is the half mean squared error of its forward pass.
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
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + replicate(n, c(bh))
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + c(bout)
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + sum(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- mean(E^2) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
