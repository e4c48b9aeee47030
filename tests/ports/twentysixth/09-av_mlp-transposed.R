# av_mlp: the 2017 article's full-batch step written by a porter who thinks one sample at a
# time: each epoch walks the rows of X with for (k in seq_len(n)), runs the article's
# forward and backward lines on the row x (a plain vector), and adds the sample's
# contributions to four accumulators (outer() for the weights, the deltas themselves for
# the biases); after the walk the parameters move once by lr times the accumulated sums,
# as the article's matrix products would move them. The article's names, `<-`; the loss is
# the half mean of the squared errors gathered in sq_err.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    grad_wh <- matrix(0, nrow(wh), ncol(wh))
    grad_bh <- matrix(0, 1, ncol(bh))
    grad_wout <- matrix(0, nrow(wout), 1)
    grad_bout <- 0
    sq_err <- 0
    for (k in seq_len(n)) {
      x <- X[k, ]
      # forward propagation
      hidden_layer_input <- drop(x %*% wh) + c(bh)
      hiddenlayer_activations <- sigmoid(hidden_layer_input)
      output_layer_input <- sum(hiddenlayer_activations * wout) + c(bout)
      output <- sigmoid(output_layer_input)
      # back propagation
      E <- y[k] - output
      slope_output_layer <- derivatives_sigmoid(output)
      slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
      d_output <- E * slope_output_layer
      Error_at_hidden_layer <- d_output * c(wout)
      d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
      grad_wout <- grad_wout + hiddenlayer_activations * d_output
      grad_bout <- grad_bout + d_output
      grad_wh <- grad_wh + outer(d_hiddenlayer, x)
      grad_bh <- grad_bh + d_hiddenlayer
      sq_err <- sq_err + E^2
    }
    wout <- wout + grad_wout * lr
    bout <- bout + grad_bout * lr
    wh <- wh + grad_wh * lr
    bh <- bh + grad_bh * lr
    loss[i] <- sq_err / (2 * n)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(bh), byrow = TRUE))
  sigmoid(H %*% wout + c(bout))
}
