# udacity_linear: the article's NeuralNetwork as functions named after its methods, by a
# porter who keeps every record's weight steps instead of adding them up as they come: a
# pass fills two 3-d arrays, steps_i_h (f x h x n) and steps_h_o (h x o x n), slice i
# holding record i's outer products, and the pass's delta_weights_i_h and delta_weights_h_o
# are their sums over the records, apply(steps, c(1, 2), sum). The update is the article's
# W += lr * delta / n_records; the loss is the MSE of run(features) before the update.
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

forward_pass_train <- function(X, weights_input_to_hidden, weights_hidden_to_output) {
  hidden_inputs <- drop(X %*% weights_input_to_hidden)
  hidden_outputs <- sigmoid(hidden_inputs)
  final_inputs <- drop(hidden_outputs %*% weights_hidden_to_output)
  final_outputs <- final_inputs
  list(final_outputs = final_outputs, hidden_outputs = hidden_outputs)
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  n_records <- nrow(features)
  input_nodes <- nrow(weights_input_to_hidden)
  hidden_nodes <- ncol(weights_input_to_hidden)
  output_nodes <- ncol(weights_hidden_to_output)
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
    steps_i_h <- array(0, c(input_nodes, hidden_nodes, n_records))
    steps_h_o <- array(0, c(hidden_nodes, output_nodes, n_records))
    for (i in seq_len(n_records)) {
      X <- features[i, ]
      y <- targets[i, ]
      fp <- forward_pass_train(X, weights_input_to_hidden, weights_hidden_to_output)
      final_outputs <- fp$final_outputs
      hidden_outputs <- fp$hidden_outputs
      # backpropagation
      error <- y - final_outputs
      hidden_error <- drop(weights_hidden_to_output %*% error)
      output_error_term <- error * 1
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      steps_i_h[, , i] <- outer(X, hidden_error_term)
      steps_h_o[, , i] <- outer(hidden_outputs, output_error_term)
    }
    delta_weights_i_h <- apply(steps_i_h, c(1, 2), sum)
    delta_weights_h_o <- apply(steps_h_o, c(1, 2), sum)
    # update_weights
    weights_hidden_to_output <- weights_hidden_to_output + learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden <- weights_input_to_hidden + learning_rate * delta_weights_i_h / n_records
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = losses)
}
