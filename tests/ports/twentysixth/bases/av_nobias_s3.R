# av_nobias: the 2020 article's "in detail" network as an S3 object by a porter who gives R
# the article's class the R way: network() builds a list of class "nobias_net" holding the
# two weight matrices; forward() is a generic whose nobias_net method returns the article's
# forward names in a list; backward() returns the two gradients by the article's chain rule,
# under its names; descend() returns the network moved by w - lr * dE/dw. train() keeps the
# network each descend() returns. X is f x n (columns are samples); the epoch's loss is the
# mean of the half squared errors, before the update.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

network <- function(weights_input_hidden, weights_hidden_output) {
  structure(list(weights_input_hidden = weights_input_hidden,
                 weights_hidden_output = weights_hidden_output), class = "nobias_net")
}

forward <- function(net, X) UseMethod("forward")
backward <- function(net, X, y, fwd) UseMethod("backward")
descend <- function(net, grads, lr) UseMethod("descend")

forward.nobias_net <- function(net, X) {
  hiddenLayer_linearTransform <- t(net$weights_input_hidden) %*% X
  hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
  outputLayer_linearTransform <- t(net$weights_hidden_output) %*% hiddenLayer_activations
  output <- sigmoid(outputLayer_linearTransform)
  list(hiddenLayer_activations = hiddenLayer_activations, output = output)
}

backward.nobias_net <- function(net, X, y, fwd) {
  output <- fwd$output
  hiddenLayer_activations <- fwd$hiddenLayer_activations
  # dE/dW_ho
  error_wrt_output <- -(y - output)
  output_wrt_outputLayer_LinearTransform <- output * (1 - output)
  outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
  error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
    t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
  # dE/dW_ih
  outputLayer_LinearTransform_wrt_hiddenLayer_activations <- net$weights_hidden_output
  hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
    hiddenLayer_activations * (1 - hiddenLayer_activations)
  hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
  error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
    t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
        (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
           (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
  list(error_wrt_weights_hidden_output = error_wrt_weights_hidden_output,
       error_wrt_weights_input_hidden = error_wrt_weights_input_hidden)
}

descend.nobias_net <- function(net, grads, lr) {
  net$weights_hidden_output <- net$weights_hidden_output - lr * grads$error_wrt_weights_hidden_output
  net$weights_input_hidden <- net$weights_input_hidden - lr * grads$error_wrt_weights_input_hidden
  net
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  net <- network(weights_input_hidden, weights_hidden_output)
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    fwd <- forward(net, X)
    error <- (y - fwd$output)^2 / 2
    losses[epoch] <- mean(error)
    grads <- backward(net, X, y, fwd)
    net <- descend(net, grads, lr)
  }
  list(weights_input_hidden = net$weights_input_hidden,
       weights_hidden_output = net$weights_hidden_output, loss = losses)
}

predict <- function(X, weights_input_hidden, weights_hidden_output) {
  forward(network(weights_input_hidden, weights_hidden_output), X)$output
}
