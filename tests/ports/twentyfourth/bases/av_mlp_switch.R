# av_mlp: the 2017 article's R code with `<-`, by a porter who reads the article's remark
# that other activations can be used and writes one activation function and one slope
# function that choose by name with switch(): activation(x, "sigmoid") and
# slope(a, "sigmoid"), the slope taken of the activation's output as the article's
# derivatives_sigmoid() is. The biases stay 1 x h and 1 x 1: the hidden one is added to each
# row with matrix(bh, n, h, byrow = TRUE), the output one as a number, c(bout); they move by
# colSums() and sum(). The loss is the half mean squared error, stored right after E.
activation <- function(x, fn = "sigmoid") {
  switch(fn,
         sigmoid = 1 / (1 + exp(-x)),
         tanh = tanh(x),
         relu = pmax(x, 0),
         stop("unknown activation: ", fn))
}

slope <- function(a, fn = "sigmoid") {
  switch(fn,
         sigmoid = a * (1 - a),
         tanh = 1 - a^2,
         relu = (a > 0) * 1,
         stop("unknown activation: ", fn))
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  n <- nrow(X)
  hiddenlayer_neurons <- ncol(wh)
  act <- "sigmoid"
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + matrix(bh, n, hiddenlayer_neurons, byrow = TRUE)
    hidden_layer_activations <- activation(hidden_layer_input, act)
    output_layer_input1 <- hidden_layer_activations %*% wout
    output_layer_input <- output_layer_input1 + c(bout)
    output <- activation(output_layer_input, act)
    # Back Propagation
    E <- y - output
    loss[i] <- mean(E^2) / 2
    slope_output_layer <- slope(output, act)
    slope_hidden_layer <- slope(hidden_layer_activations, act)
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
