# av_mlp ported from the 2017 article's R code by a porter who writes numpy's broadcast of a
# bias row as an infix operator of their own: `%+row%` adds a row to every row of a matrix
# (the row repeated down the columns with rep(each = nrow(M))), so that the article's
# two-step forward lines read hidden_layer_input <- hidden_layer_input1 %+row% bh. The
# article's names and its order of statements, `<-` for its `=`; the biases stay 1 x h and
# 1 x 1 and are moved by colSums() of the deltas, where the article has rowSums().
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

`%+row%` <- function(M, r) {
  M + rep(r, each = nrow(M))
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 %+row% bh
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 %+row% bout
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- sum(E^2) / 2
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
