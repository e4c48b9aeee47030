# av_nobias: the 2020 article's chain-rule names in R, each partial derivative a small
# function of its own, named after the article's quantity (error_wrt_output(),
# output_wrt_linear(), ...), so that train() reads as the article's products of partials.
# Columns are samples: X is f x n, y 1 x n. The epoch's loss is mean(error), the half
# squared errors averaged over the samples, taken on the forward pass before the update.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

error_wrt_output <- function(y, output) {
  -(y - output)
}

output_wrt_linear <- function(output) {
  output * (1 - output)
}

activation_wrt_linear <- function(activations) {
  activations * (1 - activations)
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    # forward propagation
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)
    error <- (y - output)^2 / 2
    losses[epoch] <- mean(error)

    # partial derivatives for the hidden-to-output weights
    d_error_d_output <- error_wrt_output(y, output)
    d_output_d_linear <- output_wrt_linear(output)
    outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
    error_wrt_weights_hidden_output <-
      outputLayer_LinearTransform_wrt_weights_hidden_output %*% t(d_error_d_output * d_output_d_linear)

    # partial derivatives for the input-to-hidden weights
    outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    d_activations_d_linear <- activation_wrt_linear(hiddenLayer_activations)
    hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
    error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
      t(d_activations_d_linear *
          (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*% (d_output_d_linear * d_error_d_output)))

    # gradient descent
    weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = losses)
}

predict <- function(X, weights_input_hidden, weights_hidden_output) {
  sigmoid(t(weights_hidden_output) %*% sigmoid(t(weights_input_hidden) %*% X))
}
