# A port of the 2020 article's "in detail" network that takes its update from the article's
# own mathematical section ("Wh = Wh + η . ∂E/∂Wh", "Wi = Wi + η . ∂E/∂Wi") and its
# derivatives from the notebook (error_wrt_output = -(y - output), the true dE/dY). The
# notebook subtracts; this port adds, so it climbs the error instead of descending it.
# Everything else is the bundled R network, statement for statement.
train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)
    error <- (y - output)^2 / 2

    error_wrt_output <- -(y - output)
    output_wrt_outputLayer_LinearTransform <- output * (1 - output)
    outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
    error_wrt_weights_hidden_output <-
      outputLayer_LinearTransform_wrt_weights_hidden_output %*%
      t(error_wrt_output * output_wrt_outputLayer_LinearTransform)

    outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
      hiddenLayer_activations * (1 - hiddenLayer_activations)
    hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
    error_wrt_weights_input_hidden <-
      hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
      t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
          (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
             (output_wrt_outputLayer_LinearTransform * error_wrt_output)))

    weights_hidden_output <- weights_hidden_output + lr * error_wrt_weights_hidden_output  # BUG: + where the notebook has -
    weights_input_hidden <- weights_input_hidden + lr * error_wrt_weights_input_hidden     # BUG
    loss[epoch] <- mean(error)
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = loss)
}
