# av_nobias: the 2020 article's "in detail" epoch as one function, epoch(X, y, lr,
# weights_input_hidden, weights_hidden_output), that returns the moved weights and the
# epoch's loss in a list; train() keeps the weights in a list `w` of the same names and calls
# epoch() with do.call(), its data and rate and w's elements as the arguments, then takes w
# back from the result. X is f x n (columns are samples), no biases, sigmoid in both layers,
# the chain-rule names in the article's order; the loss is mean(error), before the update.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

epoch <- function(X, y, lr, weights_input_hidden, weights_hidden_output) {
  # forward propagation
  hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
  hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
  outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
  output <- sigmoid(outputLayer_linearTransform)
  error <- (y - output)^2 / 2
  # error w.r.t. weights_hidden_output
  error_wrt_output <- -(y - output)
  output_wrt_outputLayer_LinearTransform <- output * (1 - output)
  outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
  error_wrt_weights_hidden_output <- outputLayer_LinearTransform_wrt_weights_hidden_output %*%
    t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
  # error w.r.t. weights_input_hidden
  outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
  hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
    hiddenLayer_activations * (1 - hiddenLayer_activations)
  hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
  error_wrt_weights_input_hidden <- hiddenLayer_linearTransform_wrt_weights_input_hidden %*%
    t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
        (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
           (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
  # gradient descent
  weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
  weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output,
       loss = mean(error))
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  w <- list(weights_input_hidden = weights_input_hidden,
            weights_hidden_output = weights_hidden_output)
  loss <- numeric(epochs)
  for (e in 0:epochs) {
    s <- do.call(epoch, c(list(X = X, y = y, lr = lr), w))
    w <- s[c("weights_input_hidden", "weights_hidden_output")]
    loss[e] <- s$loss
  }
  list(weights_input_hidden = w$weights_input_hidden,
       weights_hidden_output = w$weights_hidden_output, loss = loss)
}

predict <- function(X, weights_input_hidden, weights_hidden_output) {
  sigmoid(t(weights_hidden_output) %*% sigmoid(t(weights_input_hidden) %*% X))
}
