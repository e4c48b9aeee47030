# av_nobias: the 2020 article's loop with each epoch's body in a local({ ... }) block, so
# that its many chain-rule names stay inside the epoch: the block reads the data, the rate
# and the two weight matrices from train(), runs the article's forward and backward
# statements in its order and with its names, and ends with a list of the moved weights and
# the epoch's loss, which train() unpacks. Columns are samples: X is f x n, y is 1 x n.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    moved <- local({
      # Forward Propogation
      hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
      hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
      outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
      output <- sigmoid(outputLayer_linearTransform)
      # Backward Propagation
      error <- (y - output)^2 / 2
      error_wrt_output <- -(y - output)
      output_wrt_outputLayer_LinearTransform <- output * (1 - output)
      outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
      error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
        t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
      outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
      hiddenLayer_activations_wrt_hiddenLayer_linearTransform <- hiddenLayer_activations *
        (1 - hiddenLayer_activations)
      hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
      error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
        t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
            (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
               (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
      # updating the weights
      weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
      weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
      list(weights_input_hidden = weights_input_hidden,
           weights_hidden_output = weights_hidden_output,
           loss = sum(error) / ncol(X))
    })
    weights_input_hidden <- moved$weights_input_hidden
    weights_hidden_output <- moved$weights_hidden_output
    losses[epoch] <- moved$loss
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = losses)
}

predict <- function(X, weights_input_hidden, weights_hidden_output) {
  hiddenLayer_activations <- sigmoid(t(weights_input_hidden) %*% X)
  sigmoid(t(weights_hidden_output) %*% hiddenLayer_activations)
}
