# av_nobias: the 2020 article's loop folded with Reduce(): the state is a list of the two
# weights and the losses so far, and one_epoch(state, epoch) returns the next state, so the
# whole training is Reduce(one_epoch, seq_len(epochs), init). The body is the article's, in
# its order and with its chain-rule names, the state's weights read into locals first and
# the article's -= written as the new weights put back into the state. Columns are samples.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  one_epoch <- function(state, epoch) {
    weights_input_hidden <- state$weights_input_hidden
    weights_hidden_output <- state$weights_hidden_output
    ## Forward Propogation
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)
    ## Backward Propagation
    error <- (y - output)^2 / 2
    error_wrt_output <- -(y - output)
    output_wrt_outputLayer_LinearTransform <- output * (1 - output)
    outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
    error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
      t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
    outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
      hiddenLayer_activations * (1 - hiddenLayer_activations)
    hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
    error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
      t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
          (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
             (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
    # updating the weights
    state$weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    state$weights_input_hidden <- weights_input_hidden - lr * t(error_wrt_weights_input_hidden)
    state$loss <- c(state$loss, mean(error))
    state
  }
  init <- list(weights_input_hidden = weights_input_hidden,
               weights_hidden_output = weights_hidden_output, loss = numeric(0))
  state <- Reduce(one_epoch, seq_len(epochs), init)
  list(weights_input_hidden = state$weights_input_hidden,
       weights_hidden_output = state$weights_hidden_output, loss = state$loss)
}

predict <- function(X, weights_input_hidden, weights_hidden_output) {
  hiddenLayer_activations <- sigmoid(t(weights_input_hidden) %*% X)
  sigmoid(t(weights_hidden_output) %*% hiddenLayer_activations)
}
