# av_mlp: the article's R code by a porter who knows R's own logistic function: the sigmoid
# is stats' plogis(), 1 / (1 + exp(-x)), and the article's derivatives_sigmoid() is kept for
# the slopes, taken of the layers' outputs. The losses are made first,
# rep(NA_real_, epoch), and the epochs are walked with seq_along(loss). The biases stay
# 1 x h and 1 x 1 and are laid over the samples with rep(each = n); the sums over the
# samples are colSums(). The loss, half the mean squared error, is stored right after E.

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  epoch <- epochs
  n <- nrow(X)
  loss <- rep(NA_real_, epoch)
  for (i in seq_along(loss)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + rep(bh, each = n)
    hidden_layer_activations <- plogis(hidden_layer_input)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + rep(bout, each = n)
    output <- plogis(output_layer_input)
    # Back Propagation
    E <- y - output
    loss[i] <- sum(E^2) / (2 * n)
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

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden_layer_activations <- plogis(X %*% wh + rep(bh, each = n))
  plogis(hidden_layer_activations %*% wout + rep(bout, each = n))
}
