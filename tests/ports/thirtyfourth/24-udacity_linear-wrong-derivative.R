# udacity_linear: the article's NeuralNetwork.train() as R functions named after its methods,
# by a porter who writes every product of two vectors with R's cross products: a record X
# (f numbers) and its target y (o numbers) are plain vectors, the hidden error is
# crossprod(t(weights_hidden_to_output), error), and each record's steps are the outer
# products tcrossprod(X, hidden_error_term) (f x h) and tcrossprod(hidden_outputs,
# output_error_term) (h x o), added to the pass's two accumulators in a for loop over the
# records and applied once, learning_rate * delta / n_records. The loss is MSE() of run(),
# before the pass.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

MSE <- function(y, Y) {
  mean((y - Y)^2)
}

run <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  hidden_inputs <- features %*% weights_input_to_hidden
  hidden_outputs <- sigmoid(hidden_inputs)
  final_inputs <- hidden_outputs %*% weights_hidden_to_output
  final_outputs <- final_inputs
  final_outputs
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  n_records <- nrow(features)
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    loss[e] <- MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
    delta_weights_i_h <- matrix(0, nrow(weights_input_to_hidden), ncol(weights_input_to_hidden))
    delta_weights_h_o <- matrix(0, nrow(weights_hidden_to_output), ncol(weights_hidden_to_output))
    for (r in seq_len(n_records)) {
      X <- features[r, ]
      y <- targets[r, ]
      # forward_pass_train
      hidden_inputs <- crossprod(weights_input_to_hidden, X)
      hidden_outputs <- c(sigmoid(hidden_inputs))
      final_inputs <- crossprod(weights_hidden_to_output, hidden_outputs)
      final_outputs <- c(final_inputs)
      # backpropagation
      error <- y - final_outputs
      hidden_error <- c(crossprod(t(weights_hidden_to_output), error))
      output_error_term <- error * final_outputs * (1 - final_outputs)
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      delta_weights_i_h <- delta_weights_i_h + tcrossprod(X, hidden_error_term)
      delta_weights_h_o <- delta_weights_h_o + tcrossprod(hidden_outputs, output_error_term)
    }
    # update_weights
    weights_hidden_to_output <- weights_hidden_to_output +
      learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden <- weights_input_to_hidden +
      learning_rate * delta_weights_i_h / n_records
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = loss)
}

predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  run(features, weights_input_to_hidden, weights_hidden_to_output)
}
