# av_mlp: the 2017 article's R code with `<-`, indented, its names and its order of
# statements. The forward propagation is a function, forward(), that returns the article's
# six forward names in a list (hidden_layer_input1 ... output), used by train() and by
# predict(); the back propagation stays inline in the loop, reading the activations and
# the output out of that list. The biases stay 1 x h and 1 x 1 and are added with
# rep(b, each = nrow(X)), which lays each bias down its column of the n x h product; they
# are moved by colSums() of their deltas. The loop runs over seq(length.out = epoch) and
# stores 0.5 * mean(E^2) right after E.

# sigmoid function
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

# forward propagation
forward <- function(X, wh, bh, wout, bout) {
  hidden_layer_input1 <- X %*% wh
  hidden_layer_input <- hidden_layer_input1 + rep(bh, each = nrow(X))
  hidden_layer_activations <- sigmoid(hidden_layer_input)
  output_layer_input1 <- hidden_layer_activations %*% wout
  output_layer_input <- output_layer_input1 + rep(bout, each = nrow(X))
  output <- sigmoid(output_layer_input)
  list(hidden_layer_input1 = hidden_layer_input1,
       hidden_layer_input = hidden_layer_input,
       hidden_layer_activations = hidden_layer_activations,
       output_layer_input1 = output_layer_input1,
       output_layer_input = output_layer_input,
       output = output)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # variable initialization
  epoch <- epochs
  loss <- vector("numeric", epoch)
  for (i in seq(length.out = epoch)) {
    f <- forward(X, wh, bh, wout, bout)
    hidden_layer_activations <- f$hidden_layer_activations
    output <- f$output
    # Back Propagation
    E <- y - output
    loss[i] <- 0.5 * mean(E^2)
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(f$hidden_layer_input)
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
  forward(X, wh, bh, wout, bout)$output
}
