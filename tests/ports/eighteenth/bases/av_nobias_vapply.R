# av_nobias ported from the 2020 article's "in detail" code with its chain-rule names: X is
# f x n (columns are samples), no biases, sigmoid in both layers, the error
# (y - output)^2 / 2. One epoch is the function one_epoch(), defined inside train(): it runs
# the article's forward pass, error and backward pass, moves train()'s two weight matrices
# with <<- and returns the epoch's loss, the mean of its error (the article's
# np.average(error)); the epochs are vapply(seq_len(epochs), one_epoch, numeric(1)).
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  one_epoch <- function(epoch) {
    # forward propagation
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)

    # calculating error
    error <- (y - output)^2 / 2

    # calculating rate of change of error w.r.t weight between hidden and output layer
    error_wrt_output <- -(y - output)
    output_wrt_outputLayer_LinearTransform <- output * (1 - output)
    outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
    error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
      t(error_wrt_output * output_wrt_outputLayer_LinearTransform)

    # calculating rate of change of error w.r.t weights between input and hidden layer
    outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
      hiddenLayer_activations * (1 - hiddenLayer_activations)
    hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
    error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
      t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
          (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
             (output_wrt_outputLayer_LinearTransform * error_wrt_output)))

    # updating the weights
    weights_hidden_output <<- weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden <<- weights_input_hidden - lr * error_wrt_weights_input_hidden

    mean(error)
  }
  loss <- vapply(seq_len(epochs), one_epoch, numeric(1))
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = loss)
}
