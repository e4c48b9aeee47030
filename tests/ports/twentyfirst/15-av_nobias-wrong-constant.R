# av_nobias: the 2020 article's "in detail" code with its chain-rule names, by a porter who
# keeps the one output as a plain vector: X is f x n (columns are samples), no biases,
# sigmoid in both layers, and the output layer's linear transform is dropped with c() to n
# numbers, so that the output, y, the error and the output's derivatives are vectors of n.
# The output weights' gradient is the h x n activations times the n-vector of deltas
# (%*% takes it as a column), the error sent back to the hidden layer is the outer product
# of the output weights (a vector of h) with that n-vector. Each epoch's loss is the mean
# of its error (the article's np.average(error)), before the weights move.
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  y <- c(y)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    # forward propagation
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- c(t(weights_hidden_output) %*% hiddenLayer_activations)
    output <- sigmoid(outputLayer_linearTransform)

    # calculating error
    error <- (y - output)^2 / 2

    # calculating rate of change of error w.r.t weight between hidden and output layer
    error_wrt_output <- -(y - output) / 2
    output_wrt_outputLayer_LinearTransform <- output * (1 - output)
    outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
    error_wrt_weights_hidden_output <-
      outputLayer_LinearTransform_wrt_weights_hidden_output %*% (error_wrt_output * output_wrt_outputLayer_LinearTransform)

    # calculating rate of change of error w.r.t weights between input and hidden layer
    outputLayer_LinearTransform_wrt_hiddenLayer_activations <- c(weights_hidden_output)
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
      hiddenLayer_activations * (1 - hiddenLayer_activations)
    hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
    error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
      t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
          outer(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                output_wrt_outputLayer_LinearTransform * error_wrt_output))

    # updating the weights
    weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden

    loss[epoch] <- mean(error)
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = loss)
}
