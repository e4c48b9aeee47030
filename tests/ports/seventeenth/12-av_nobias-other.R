# av_nobias ported from the 2020 article with its chain-rule names: X is f x n (columns are
# samples), no biases, sigmoid in both layers, the error (y - output)^2 / 2. The two weight
# matrices live in a named list `params`; backward() returns the gradients as a list with
# the same names, and the update is a loop over those names.
sigmoid <- function(x) 1 / (1 + exp(-x))

forward <- function(X, params) {
  hiddenLayer_linearTransform <- t(params$weights_input_hidden) %*% X
  hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
  outputLayer_linearTransform <- t(params$weights_hidden_output) %*% hiddenLayer_activations
  output <- sigmoid(outputLayer_linearTransform)
  list(hiddenLayer_activations = hiddenLayer_activations, output = output)
}

backward <- function(X, y, params, fwd) {
  output <- fwd$output
  hiddenLayer_activations <- fwd$hiddenLayer_activations
  # hidden to output
  error_wrt_output <- -(y - output)
  output_wrt_outputLayer_LinearTransform <- output * (1 - output)
  outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
  error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
    t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
  # input to hidden
  outputLayer_LinearTransform_wrt_hiddenLayer_activations <- params$weights_hidden_output
  hiddenLayer_activations_wrt_hiddenLayer_linearTransform <- hiddenLayer_activations * (1 - hiddenLayer_activations)
  hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
  error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
    t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
      (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*% (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
  list(weights_input_hidden = error_wrt_weights_input_hidden,
       weights_hidden_output = error_wrt_weights_hidden_output)
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  params <- list(weights_input_hidden = weights_input_hidden,
                 weights_hidden_output = weights_hidden_output)
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    fwd <- forward(X, params)
    error <- (y - fwd$output)^2 / 2
    losses <- c(losses, mean(error))
    grads <- backward(X, y, params, fwd)
    for (name in names(params)) {
      params[[name]] <- params[[name]] - lr * grads[[name]]
    }
  }
  list(weights_input_hidden = params$weights_input_hidden,
       weights_hidden_output = params$weights_hidden_output, loss = losses)
}
