# av_mlp: the 2017 article's network in R with its names, the four parameters kept in one
# named list `net` that each epoch replaces with modifyList(net, list(...)), the four new
# values computed from the old ones. forward() returns the article's forward quantities in a
# list; a small helper step_up(w, g, rate) adds a gradient times a rate, the article's
# `w = w + g * lr`. The biases are added to every row by rep(b, each = n) and summed over the
# samples with colSums(). Each epoch's loss is the half mean squared error of E.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

forward <- function(X, net) {
  n <- nrow(X)
  hidden_layer_input1 <- X %*% net$wh
  hidden_layer_input <- hidden_layer_input1 + rep(net$bh, each = n)
  hidden_layer_activations <- sigmoid(hidden_layer_input)
  output_layer_input1 <- hidden_layer_activations %*% net$wout
  output_layer_input <- output_layer_input1 + rep(net$bout, each = n)
  output <- sigmoid(output_layer_input)
  list(hidden_layer_activations = hidden_layer_activations, output = output)
}

step_up <- function(w, g, rate = 0.1) {
  w + g * rate
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    fw <- forward(X, net)
    hidden_layer_activations <- fw$hidden_layer_activations
    output <- fw$output
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hidden_layer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- E %*% t(net$wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    net <- modifyList(net, list(
      wout = step_up(net$wout, t(hidden_layer_activations) %*% d_output, lr),
      bout = step_up(net$bout, colSums(d_output), lr),
      wh = step_up(net$wh, t(X) %*% d_hiddenlayer, lr),
      bh = step_up(net$bh, colSums(d_hiddenlayer), lr)
    ))
    loss[i] <- mean(E^2) / 2
  }
  c(net, list(loss = loss))
}
