# A udacity_linear port whose pass loop is `for (e in 1:epochs)`, as Python's
# `for e in range(epochs)` reads. R's 1:0 is not empty but c(1, 0): asked for 0 passes,
# the loop runs twice (loss[0] <- ... is a silent no-op, so loss has length 1). seq_len(epochs)
# is R's range(). Otherwise the article's pass, record by record, applied once per pass.
train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  run <- function(features) sigmoid(features %*% weights_input_to_hidden) %*% weights_hidden_to_output
  n_records <- nrow(features)
  loss <- numeric(epochs)
  for (e in 1:epochs) {                                  # the bug: 1:0 is c(1, 0)
    loss[e] <- mean((run(features) - targets)^2)
    delta_weights_i_h <- 0 * weights_input_to_hidden
    delta_weights_h_o <- 0 * weights_hidden_to_output
    for (i in seq_len(n_records)) {
      X <- features[i, ]; y <- targets[i, ]
      hidden_outputs <- sigmoid(drop(X %*% weights_input_to_hidden))
      final_outputs <- drop(hidden_outputs %*% weights_hidden_to_output)
      error <- y - final_outputs
      hidden_error <- drop(weights_hidden_to_output %*% error)
      output_error_term <- error * 1
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
