# av_mlp: the 2017 article's R code with `<-`, indented, its names and its order of
# statements, by a porter who keeps every epoch's parameters: history is a list of
# epochs + 1 states, history[[1]] the given parameters and history[[i + 1]] those after
# epoch i, each state a named list; epoch i reads history[[i]] and the last state is
# returned. The biases stay 1 x h and 1 x 1, laid over the samples by a column of ones times
# the bias row and moved by colSums(); the loss is the half mean of the squared errors.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  epoch <- epochs
  ones <- matrix(1, nrow(X), 1)
  history <- vector("list", epoch + 1)
  history[[1]] <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    p <- history[[i]]
    # forward propagation
    hidden_layer_input1 <- X %*% p$wh
    hidden_layer_input <- hidden_layer_input1 + ones %*% p$bh
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hiddenlayer_activations %*% p$wout
    output_layer_input <- output_layer_input1 + ones %*% p$bout
    output <- sigmoid(output_layer_input)
    # back propagation
    E <- y - output
    loss[i] <- mean(E^2) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(p$wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    history[[i + 1]] <- list(
      wh = p$wh + t(X) %*% d_hiddenlayer * lr,
      bh = p$bh + colSums(d_hiddenlayer) * lr,
      wout = p$wout + t(hiddenlayer_activations) %*% d_output * lr,
      bout = p$bout + colSums(d_output) * lr
    )
  }
  c(history[[epoch + 1]], list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  ones <- matrix(1, nrow(X), 1)
  sigmoid(sigmoid(X %*% wh + ones %*% bh) %*% wout + ones %*% bout)
}
