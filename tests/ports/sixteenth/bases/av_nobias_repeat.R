# av_nobias ported from the 2020 article with its chain-rule names: X is f x n (columns are
# samples), no biases, sigmoid in both layers, the error (y - output)^2 / 2. The epochs run
# in a repeat loop with a counter; each weight matrix is moved right after its gradient,
# the hidden layer's chain taken through the output weights as they were before the move.
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  losses <- numeric(epochs)
  epoch <- 0
  repeat {
    if (epoch >= epochs) break
    epoch <- epoch + 1
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)
    error <- (y - output)^2 / 2
    losses[epoch] <- mean(error)

    error_wrt_output <- -(y - output)
    output_wrt_outputLayer_LinearTransform <- output * (1 - output)
    outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
    outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform <- hiddenLayer_activations * (1 - hiddenLayer_activations)
    hiddenLayer_linearTransform_wrt_weights_input_hidden <- X

    error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
      t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
    weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output

    error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
      t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
        (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*% (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
    weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = losses)
}
