# av_mlp: the 2017 article's R code with `<-`, its comments, its sigmoid() and
# derivatives_sigmoid() helpers, its names and its order of statements, by a porter who adds
# numpy's broadcast bias row the long way: hidden_layer_input starts as a copy of
# hidden_layer_input1 and a for loop over the hidden units adds each unit's bias down its
# column; the one output bias is added as the number bout[1, 1]. The epochs run over
# seq(length.out = epoch), which is empty for 0 epochs. The epoch's loss is taken as soon as
# the output is known, half the mean of (y - output)^2, before E is named. The hidden bias is
# moved by colSums() of the hidden delta, where the article has rowSums(), the output bias by
# sum() of the output delta.

#sigmoid function
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
  for (i in seq(length.out = epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1
    for (j in seq_len(ncol(bh))) {
      hidden_layer_input1[, j] <- hidden_layer_input[, j] + bh[1, j]
    }
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + bout[1, 1]
    output <- sigmoid(output_layer_input)
    loss[i] <- mean((y - output)^2) / 2
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
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hidden_layer_input <- X %*% wh
  for (j in seq_len(ncol(bh))) {
    hidden_layer_input[, j] <- hidden_layer_input[, j] + bh[1, j]
  }
  sigmoid(sigmoid(hidden_layer_input) %*% wout + bout[1, 1])
}
