# An av_nobias port that saves a checkpoint after every epoch and goes on from it, through
# JSON, as a Python user would with json.dumps / json.loads (which round-trip a float
# exactly). jsonlite's toJSON() does not: its default `digits = 4` keeps 4 decimal places, so
# every epoch starts from weights rounded to 1e-4 (even digits = NA keeps only 15 significant
# digits; saveRDS() round-trips a double exactly).
# Otherwise R/av_nobias.R, statement for statement.
train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    hiddenLayer_activations <- sigmoid(t(weights_input_hidden) %*% X)
    output <- sigmoid(t(weights_hidden_output) %*% hiddenLayer_activations)
    error <- (y - output)^2 / 2
    error_wrt_output <- -(y - output)
    output_wrt_outputLayer_LinearTransform <- output * (1 - output)
    error_wrt_weights_hidden_output <-
      hiddenLayer_activations %*% t(error_wrt_output * output_wrt_outputLayer_LinearTransform)
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
      hiddenLayer_activations * (1 - hiddenLayer_activations)
    error_wrt_weights_input_hidden <-
      X %*% t(hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
                (weights_hidden_output %*%
                   (output_wrt_outputLayer_LinearTransform * error_wrt_output)))
    weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
    loss[epoch] <- mean(error)
    # The bug: a checkpoint through jsonlite with its default digits = 4.
    checkpoint <- jsonlite::toJSON(list(weights_input_hidden = weights_input_hidden,
                                        weights_hidden_output = weights_hidden_output))
    saved <- jsonlite::fromJSON(checkpoint)
    weights_input_hidden <- saved$weights_input_hidden
    weights_hidden_output <- saved$weights_hidden_output
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = loss)
}
