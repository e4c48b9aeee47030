# A udacity_linear port with the habit of the other articles: a sigmoid on the output unit
# too, and its slope in the output error term. Otherwise the article's pass, record by record,
# applied once per pass as learning_rate * delta / n_records.
train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  run <- function(features) {
    sigmoid(sigmoid(features %*% weights_input_to_hidden) %*% weights_hidden_to_output)
  }
  loss <- numeric(epochs)
  n_records <- nrow(features)
  for (e in seq_len(epochs)) {
    loss[e] <- mean((run(features) - targets)^2)
    delta_weights_i_h <- 0 * weights_input_to_hidden
    delta_weights_h_o <- 0 * weights_hidden_to_output
    for (i in seq_len(n_records)) {
      X <- features[i, ]; y <- targets[i, ]
      hidden_outputs <- sigmoid(drop(X %*% weights_input_to_hidden))
      final_outputs <- sigmoid(drop(hidden_outputs %*% weights_hidden_to_output))  # the bug
      error <- y - final_outputs
      output_error_term <- error * final_outputs * (1 - final_outputs)           # and its slope
      hidden_error <- drop(weights_hidden_to_output %*% output_error_term)
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      delta_weights_i_h <- delta_weights_i_h + outer(X, hidden_error_term)
      delta_weights_h_o <- delta_weights_h_o + outer(hidden_outputs, output_error_term)
    }
    weights_hidden_to_output <- weights_hidden_to_output +
      learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden <- weights_input_to_hidden +
      learning_rate * delta_weights_i_h / n_records
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = loss)
}
