# av_mlp: a porter who makes the article's helpers arguments of train(): the activation and
# its slope are passed as default arguments (activation = sigmoid, slope =
# derivatives_sigmoid), so that another activation could be tried; the article's loop body
# otherwise, with crossprod() and tcrossprod() for its t() products. The biases stay 1 x h
# and 1 x 1 and are laid over the samples as an outer product with a vector of ones,
# ones %o% c(b); the losses are grown with c(), half the sum of squares over 2n taken as
# crossprod(E).

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs,
                  activation = sigmoid, slope = derivatives_sigmoid) {
  n <- nrow(X)
  ones <- rep(1, n)
  loss <- numeric(0)
  for (i in seq_len(epochs)) {
    # forward propagation
    hidden_layer_input <- X %*% wh + ones %o% c(bh)
    hidden_layer_activations <- activation(hidden_layer_input)
    output_layer_input <- hidden_layer_activations %*% wout + ones %o% c(bout)
    output <- activation(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- slope(output)
    slope_hidden_layer <- slope(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- tcrossprod(d_output, wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + crossprod(hidden_layer_activations, d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + crossprod(X, d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss <- c(loss, drop(crossprod(E)) / (2 * n))
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout, activation = sigmoid) {
  ones <- rep(1, nrow(X))
  hidden_layer_activations <- activation(X %*% wh + ones %o% c(bh))
  activation(hidden_layer_activations %*% wout + ones %o% c(bout))
}
