# av_nobias: the 2020 article's "in detail" network by a porter who builds the epoch as a
# closure: make_epoch(X, y, lr) returns a function of the two weight matrices that runs one
# forward and one backward pass over the data it has captured and returns the moved weights
# and the epoch's loss in a list; train() makes it once and calls it every epoch, taking the
# weights back from its result. Nothing outside the closure is written. The article's
# chain-rule names in its order, its products written with t() and %*%; the loss is the
# mean of the error of the epoch's forward pass.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

make_epoch <- function(X, y, lr) {
  function(weights_input_hidden, weights_hidden_output) {
    # Forward Propagation
    hiddenLayer_linearTransform <- t(weights_input_hidden) %*% X
    hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform <- t(weights_hidden_output) %*% hiddenLayer_activations
    output <- sigmoid(outputLayer_linearTransform)
    # calculating error
    error <- (y - output)^2 / 2
    # Backward Propagation
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
    weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
    list(weights_input_hidden = weights_input_hidden,
         weights_hidden_output = weights_hidden_output, loss = mean(error))
  }
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  epoch_fn <- make_epoch(X, y, lr)
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    s <- epoch_fn(weights_input_hidden, weights_hidden_output)
    weights_input_hidden <- s$weights_input_hidden
    weights_hidden_output <- s$weights_hidden_output
    losses[epoch] <- s$loss
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = losses)
}

predict <- function(X, weights_input_hidden, weights_hidden_output) {
  hiddenLayer_activations <- sigmoid(t(weights_input_hidden) %*% X)
  sigmoid(t(weights_hidden_output) %*% hiddenLayer_activations)
}
