# udacity_linear: the article's NeuralNetwork.train() by a porter who writes each of its
# loops as R's repeat with a counter and a break: the passes, and inside each pass the
# records, one row of features and of targets at a time. The article's names and steps: the
# record's forward pass (a sigmoid hidden layer, a linear output), its error terms, its
# steps added to delta_weights_i_h (outer(X, hidden_error_term)) and delta_weights_h_o
# (outer(hidden_outputs, output_error_term)); after the records, the weights move by
# learning_rate * delta / n_records. The pass's loss is the MSE of run() before the update.
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
  final_inputs
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  n_records <- nrow(features)
  losses <- numeric(epochs)
  e <- 0
  repeat {
    if (e >= epochs) break
    e <- e + 1
    losses[e] <- MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
    delta_weights_i_h <- matrix(0, nrow(weights_input_to_hidden), ncol(weights_input_to_hidden))
    delta_weights_h_o <- matrix(0, nrow(weights_hidden_to_output), ncol(weights_hidden_to_output))
    r <- 0
    repeat {
      if (r >= n_records) break
      r <- r + 1
      X <- features[r, ]
      y <- targets[r, ]
      # forward pass
      hidden_inputs <- drop(X %*% weights_input_to_hidden)
      hidden_outputs <- sigmoid(hidden_inputs)
      final_inputs <- drop(hidden_outputs %*% weights_hidden_to_output)
      final_outputs <- final_inputs
      # backpropagation
      error <- y - final_outputs
      output_error_term <- error
      hidden_error <- drop(weights_hidden_to_output %*% output_error_term)
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      delta_weights_i_h + outer(X, hidden_error_term)
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
