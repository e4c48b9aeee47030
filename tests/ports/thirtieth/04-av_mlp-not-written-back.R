# av_mlp: the 2017 article's loop body, with `<-`, its names and its order of statements, as a
# function one_epoch() that returns the moved parameters and the epoch's loss in a named
# list, by a porter who unpacks that list the way Python unpacks a returned tuple:
# list2env(s[...], envir = environment()) writes its elements back into train()'s own
# frame under their names. The rate is one_epoch()'s argument, with the article's 0.1 as its
# default. The biases stay 1 x h and 1 x 1, laid over the samples with
# rep(bh, each = nrow(X)) and moved by colSums().

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

one_epoch <- function(X, y, wh, bh, wout, bout, lr = 0.1) {
  # Forward Propogation
  hidden_layer_input1 <- X %*% wh
  hidden_layer_input <- hidden_layer_input1 + rep(bh, each = nrow(X))
  hiddenlayer_activations <- sigmoid(hidden_layer_input)
  output_layer_input1 <- hiddenlayer_activations %*% wout
  output_layer_input <- output_layer_input1 + rep(bout, each = nrow(X))
  output <- sigmoid(output_layer_input)

  # Backpropagation
  E <- y - output
  slope_output_layer <- derivatives_sigmoid(output)
  slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
  d_output <- E * slope_output_layer
  Error_at_hidden_layer <- d_output %*% t(wout)
  d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
  wout <- wout + crossprod(hiddenlayer_activations, d_output) * lr
  bout <- bout + colSums(d_output) * lr
  wh <- wh + crossprod(X, d_hiddenlayer) * lr
  bh <- bh + colSums(d_hiddenlayer) * lr
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = mean(E^2) / 2)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    s <- one_epoch(X, y, wh, bh, wout, bout, lr = lr)
    list2env(s[c("wh", "bh", "wout")], envir = environment())
    loss[i] <- s$loss
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hiddenlayer_activations <- sigmoid(X %*% wh + rep(bh, each = nrow(X)))
  sigmoid(hiddenlayer_activations %*% wout + rep(bout, each = nrow(X)))
}
