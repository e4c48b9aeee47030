# av_mlp: the article's R code, `<-` for its `=`, its names and its order of statements,
# with each epoch's body written as a local({ ... }) block: the block sees train()'s
# parameters, computes the article's forward and backward lines in its own scope, and its
# last value, a list of the moved parameters and the epoch's loss, is copied back into
# train()'s variables. The biases are added to every row with rep(b, each = n) and moved by
# colSums(); the loss is sum(E^2) / (2 * n), measured before the update.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  loss <- double(0)
  for (i in seq_len(epochs)) {
    res <- local({
      # forward propagation
      hidden_layer_input1 <- X %*% wh
      hidden_layer_input <- hidden_layer_input1 + rep(bh, each = n)
      hiddenlayer_activations <- sigmoid(hidden_layer_input)
      output_layer_input1 <- hiddenlayer_activations %*% wout
      output_layer_input <- output_layer_input1 + rep(bout, each = n)
      output <- sigmoid(output_layer_input)
      # Back Propagation
      E <- y - output
      slope_output_layer <- derivatives_sigmoid(output)
      slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
      d_output <- E * slope_output_layer
      Error_at_hidden_layer <- E %*% t(wout)
      d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
      list(wout = wout + (t(hiddenlayer_activations) %*% d_output) * lr,
           bout = bout + colSums(d_output) * lr,
           wh = wh + (t(X) %*% d_hiddenlayer) * lr,
           bh = bh + colSums(d_hiddenlayer) * lr,
           E2 = sum(E^2) / (2 * n))
    })
    wout <- res$wout
    bout <- res$bout
    wh <- res$wh
    bh <- res$bh
    loss[i] <- res$E2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hiddenlayer_activations <- sigmoid(X %*% wh + rep(bh, each = n))
  sigmoid(hiddenlayer_activations %*% wout + rep(bout, each = n))
}
