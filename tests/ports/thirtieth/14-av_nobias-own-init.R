# av_nobias: the 2020 article's "in detail" network, its chain-rule names kept, by a porter
# who gives each of the article's two gradient formulas its own function, named after its
# derivative: dE_dWho() returns error_wrt_weights_hidden_output (h x 1) and dE_dWih()
# error_wrt_weights_input_hidden (f x h), each built from the article's partials. X is
# f x n and y 1 x n (columns are samples); the forward pass is t(W) %*% input, the update
# W - lr * dE/dW after both gradients are taken, the loss the mean of the half squared
# errors, recorded before the update.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

dE_dWho <- function(hiddenLayer_activations, output, y) {
  error_wrt_output <- -(y - output)
  output_wrt_outputLayer_LinearTransform <- output * (1 - output)
  outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
  outputLayer_LinearTransform_wrt_weights_hidden_output %*%
    t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
}

dE_dWih <- function(X, hiddenLayer_activations, output, y, weights_hidden_output) {
  error_wrt_output <- -(y - output)
  output_wrt_outputLayer_LinearTransform <- output * (1 - output)
  outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
  hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
    hiddenLayer_activations * (1 - hiddenLayer_activations)
  hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
  hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
    t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
        (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
           (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  losses <- numeric(epochs)
  weights_hidden_output <- matrix(0, nrow(weights_hidden_output), 1)
  for (epoch in seq_len(epochs)) {
    # forward propagation
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)
    # calculating error
    error <- (y - output)^2 / 2
    losses[epoch] <- mean(error)
    # backward propagation
    error_wrt_weights_hidden_output <- dE_dWho(hiddenLayer_activations, output, y)
    error_wrt_weights_input_hidden <- dE_dWih(X, hiddenLayer_activations, output, y,
                                              weights_hidden_output)
    # updating the weights
    weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = losses)
}

predict <- function(X, weights_input_hidden, weights_hidden_output) {
  sigmoid(t(weights_hidden_output) %*% sigmoid(t(weights_input_hidden) %*% X))
}
