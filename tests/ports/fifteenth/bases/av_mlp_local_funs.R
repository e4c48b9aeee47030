# av_mlp from the 2017 article's R code: its names, its for loop over the epochs and its order
# of statements, but with sigmoid() and derivatives_sigmoid() written as local functions
# inside train(), where the article defines them at the top of its script. The biases stay
# 1 x h and 1 x 1; each epoch they are stacked into one row per sample with
# do.call(rbind, rep(list(bias), n)), and they are moved by colSums(), where the article has
# rowSums(). The epoch's loss is the mean of the article's ((Y - output)^2) / 2, kept at the
# end of the epoch.

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) {
    1 / (1 + exp(-x))
  }
  derivatives_sigmoid <- function(x) {
    x * (1 - x)
  }
  epoch <- epochs
  n <- nrow(X)
  loss <- rep(0, epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + do.call(rbind, rep(list(bh), n))
    hidden_layer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + do.call(rbind, rep(list(bout), n))
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hidden_layer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- mean(((y - output)^2) / 2)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden <- 1 / (1 + exp(-(X %*% wh + do.call(rbind, rep(list(bh), n)))))
  1 / (1 + exp(-(hidden %*% wout + do.call(rbind, rep(list(bout), n)))))
}
