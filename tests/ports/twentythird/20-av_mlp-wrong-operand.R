# av_mlp: the 2017 article's R code with `<-`, indented, its names and its order of
# statements inside train(); the sigmoid through R's logistic distribution function,
# plogis(). The hidden bias row is laid over the samples with
# t(sapply(seq_len(nrow(X)), function(r) bh)), one copy per sample (sapply() makes them the
# columns, t() the rows); the output bias, one number, is added as drop(bout). The hidden
# bias is moved by apply(d_hiddenlayer, 2, sum), the output bias by sum(d_output), where
# the article has rowSums(); the loss, half the mean of E * E, is stored last.

# sigmoid function
sigmoid <- function(x) {
  plogis(x)
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
    hidden_layer_input <- hidden_layer_input1 + t(sapply(seq_len(nrow(X)), function(r) bh))
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + drop(bout)
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_input) %*% d_output) * lr
    bout <- bout + sum(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + apply(d_hiddenlayer, 2, sum) * lr
    loss[i] <- mean(E * E) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hidden_layer_activations <- sigmoid(X %*% wh + t(sapply(seq_len(nrow(X)), function(r) bh)))
  sigmoid(hidden_layer_activations %*% wout + drop(bout))
}
