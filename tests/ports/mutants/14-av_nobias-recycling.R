# av_nobias, ported from the 2020 article's notebook: columns of X are samples, no biases,
# sigmoid in both layers, error (y - output)^2 / 2, gradient descent over the whole batch.
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    # forward pass
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)
    error <- (y - output)^2 / 2
    loss[epoch] <- mean(error)

    # chain rule for the hidden-to-output weights
    error_wrt_output <- -(y - output)
    output_wrt_outputLayer_LinearTransform <- output * (1 - output)
    delta_output <- error_wrt_output * output_wrt_outputLayer_LinearTransform
    error_wrt_weights_hidden_output <- hiddenLayer_activations %*% t(delta_output)

    # chain rule for the input-to-hidden weights
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
      hiddenLayer_activations * (1 - hiddenLayer_activations)
    error_wrt_hiddenLayer_activations <- drop(weights_hidden_output) * drop(delta_output)
    error_wrt_weights_input_hidden <- X %*%
      t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform * error_wrt_hiddenLayer_activations)

    # gradient descent
    weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = loss)
}
