# av_mlp: the 2017 article's R code by a porter who keeps the four parameters in one named
# list, params, and their gradients in another, grads, under the same names, and moves them
# all in one line as an optimiser's step does: Map() pairs each parameter with its gradient
# (grads[names(params)], so that the order of grads does not matter) and returns the moved
# list. The article's names and order of statements; the biases are laid over the samples
# with matrix(..., byrow = TRUE) and their gradients are the deltas' column sums, kept as
# 1 x h and 1 x 1 matrices. The loss, the half mean squared error, is stored after E.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  params <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  n <- nrow(X)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    # Forward Propagation
    hidden_layer_input1 <- X %*% params$wh
    hidden_layer_input <- hidden_layer_input1 + matrix(params$bh, n, ncol(params$bh), byrow = TRUE)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hiddenlayer_activations %*% params$wout
    output_layer_input <- output_layer_input1 + matrix(params$bout, n, 1, byrow = TRUE)
    output <- sigmoid(output_layer_input)

    # Backpropagation
    E <- y - output
    loss[epoch] <- sum(E^2) / length(E) / 2
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(params$wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    grads <- list(
      wout = t(hiddenlayer_activations) %*% d_output,
      bout = matrix(colSums(d_output), nrow = 1),
      wh = t(X) %*% d_hiddenlayer,
      bh = matrix(colSums(d_hiddenlayer), nrow = 1)
    )
    params <- Map(function(p, g, lr = 0.1) p + g * lr, params, grads[names(params)])
  }
  c(params, list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hiddenlayer_activations <- sigmoid(X %*% wh + matrix(bh, n, ncol(bh), byrow = TRUE))
  sigmoid(hiddenlayer_activations %*% wout + matrix(bout, n, 1, byrow = TRUE))
}
