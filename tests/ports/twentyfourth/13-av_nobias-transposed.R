# av_nobias: the 2020 article's "in detail" network as an R6 class, NeuralNetwork, by a
# porter who turns the article's script into an object: the two weight matrices and the
# learning rate are public fields set by new(), forward() keeps the article's forward names
# on the object, backward() runs the article's chain-rule lines, moves both fields with
# `w - lr * dE/dw` (the output weights' gradient taken before either moves) and returns the
# epoch's loss, the mean of the half squared errors. X is f x n (columns are samples).
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

NeuralNetwork <- R6::R6Class("NeuralNetwork",
  public = list(
    weights_input_hidden = NULL,
    weights_hidden_output = NULL,
    lr = NULL,
    hiddenLayer_activations = NULL,
    output = NULL,

    initialize = function(weights_input_hidden, weights_hidden_output, lr) {
      self$weights_input_hidden <- weights_input_hidden
      self$weights_hidden_output <- weights_hidden_output
      self$lr <- lr
    },

    forward = function(X) {
      hiddenLayer_linearTransform <- t(self$weights_input_hidden) %*% X
      self$hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
      outputLayer_linearTransform <- t(self$hiddenLayer_activations) %*% self$weights_hidden_output
      self$output <- sigmoid(outputLayer_linearTransform)
      invisible(self)
    },

    backward = function(X, y) {
      output <- self$output
      hiddenLayer_activations <- self$hiddenLayer_activations
      error <- (y - output)^2 / 2
      # dE/dW_ho
      error_wrt_output <- -(y - output)
      output_wrt_outputLayer_LinearTransform <- output * (1 - output)
      outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
      error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
        t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
      # dE/dW_ih
      outputLayer_LinearTransform_wrt_hiddenLayer_activations <- self$weights_hidden_output
      hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
        hiddenLayer_activations * (1 - hiddenLayer_activations)
      hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
      error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
        t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
            (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
               (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
      # update the parameters
      self$weights_hidden_output <- self$weights_hidden_output - self$lr * error_wrt_weights_hidden_output
      self$weights_input_hidden <- self$weights_input_hidden - self$lr * error_wrt_weights_input_hidden
      mean(error)
    }
  )
)

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  nn <- NeuralNetwork$new(weights_input_hidden, weights_hidden_output, lr)
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    nn$forward(X)
    losses[epoch] <- nn$backward(X, y)
  }
  list(weights_input_hidden = nn$weights_input_hidden,
       weights_hidden_output = nn$weights_hidden_output, loss = losses)
}
