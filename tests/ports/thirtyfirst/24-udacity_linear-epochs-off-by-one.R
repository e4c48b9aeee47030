# udacity_linear: the article's NeuralNetwork written by a porter who keeps R's habit of
# records as columns: the features and targets are transposed once (Ft, f x n, and Tt,
# o x n), a record is a column Ft[, r], and every record's step follows the article's
# train(): forward_pass_train() with crossprod() for np.dot(X, W), backpropagation() with
# outer() for X[:, None] * term, the steps summed over the pass and applied once by
# update_weights() as learning_rate * delta / n_records. The loss is the MSE of run() on the
# features before the pass.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

MSE <- function(y, Y) {
  mean((y - Y)^2)
}

run <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  hidden_outputs <- sigmoid(features %*% weights_input_to_hidden)
  hidden_outputs %*% weights_hidden_to_output
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  Ft <- t(features)
  Tt <- t(targets)
  n_records <- ncol(Ft)
  losses <- numeric(epochs)
  for (e in seq_len(epochs - 1)) {
    losses[e] <- MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
    delta_weights_i_h <- matrix(0, nrow(weights_input_to_hidden), ncol(weights_input_to_hidden))
    delta_weights_h_o <- matrix(0, nrow(weights_hidden_to_output), ncol(weights_hidden_to_output))
    for (r in seq_len(n_records)) {
      X <- Ft[, r]
      y <- Tt[, r]
      # forward_pass_train
      hidden_inputs <- drop(crossprod(weights_input_to_hidden, X))
      hidden_outputs <- sigmoid(hidden_inputs)
      final_inputs <- drop(crossprod(weights_hidden_to_output, hidden_outputs))
      final_outputs <- final_inputs
      # backpropagation
      error <- y - final_outputs
      hidden_error <- drop(weights_hidden_to_output %*% error)
      output_error_term <- error * 1
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      delta_weights_i_h <- delta_weights_i_h + outer(X, hidden_error_term)
      delta_weights_h_o <- delta_weights_h_o + outer(hidden_outputs, output_error_term)
    }
    # update_weights
    weights_hidden_to_output <- weights_hidden_to_output + learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden <- weights_input_to_hidden + learning_rate * delta_weights_i_h / n_records
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = losses)
}

predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  run(features, weights_input_to_hidden, weights_hidden_to_output)
}
