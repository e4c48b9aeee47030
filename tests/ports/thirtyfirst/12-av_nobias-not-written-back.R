# av_nobias: the 2020 article's numpy code carried into R line for line. The porter first
# writes small numpy look-alikes (np_dot(), np_multiply(), np_square(), np_average(),
# np_transpose()) so that the article's statements keep their shape, and assigns with `=`
# as the article does; the article's `-=` becomes isub(), a function that returns the moved
# weights. Columns are samples; the epoch's loss is np_average(error), taken on the epoch's
# forward pass before its update.

np_dot = function(a, b) a %*% b
np_multiply = function(a, b) a * b
np_square = function(x) x^2
np_average = function(x) mean(x)
np_transpose = function(x) t(x)
isub = function(w, step) w - step

sigmoid = function(x) {
  1 / (1 + exp(-x))
}

train = function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  X = matrix(as.numeric(X), nrow = nrow(X))
  losses = numeric(epochs)
  for (epoch in seq_len(epochs)) {
    ## Forward Propogation
    # calculating hidden layer activations
    hiddenLayer_linearTransform = np_dot(np_transpose(weights_input_hidden), X)
    hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
    # calculating the output
    outputLayer_linearTransform = np_dot(np_transpose(weights_hidden_output), hiddenLayer_activations)
    output = sigmoid(outputLayer_linearTransform)
    ## Backward Propagation
    # calculating error
    error = np_square(y - output) / 2
    # calculating rate of change of error w.r.t weight between hidden and output layer
    error_wrt_output = -(y - output)
    output_wrt_outputLayer_LinearTransform = np_multiply(output, (1 - output))
    outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
    error_wrt_weights_hidden_output = np_dot(
      outputLayer_LinearTransform_wrt_weights_hidden_output,
      np_transpose(error_wrt_output * output_wrt_outputLayer_LinearTransform)
    )
    # calculating rate of change of error w.r.t weights between input and hidden layer
    outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np_multiply(
      hiddenLayer_activations, (1 - hiddenLayer_activations)
    )
    hiddenLayer_linearTransform_wrt_weights_input_hidden = X
    error_wrt_weights_input_hidden = np_dot(
      hiddenLayer_linearTransform_wrt_weights_input_hidden,
      np_transpose(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
        np_dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
               output_wrt_outputLayer_LinearTransform * error_wrt_output))
    )
    # updating the weights
    isub(weights_hidden_output, lr * error_wrt_weights_hidden_output)
    weights_input_hidden = isub(weights_input_hidden, lr * error_wrt_weights_input_hidden)
    # the epoch's error, as the article prints it
    epoch_loss = np_average(error)
    losses[epoch] = epoch_loss
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = losses)
}

predict = function(X, weights_input_hidden, weights_hidden_output) {
  hiddenLayer_activations = sigmoid(np_dot(np_transpose(weights_input_hidden), X))
  sigmoid(np_dot(np_transpose(weights_hidden_output), hiddenLayer_activations))
}
