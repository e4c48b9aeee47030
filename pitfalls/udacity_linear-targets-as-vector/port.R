# A udacity_linear port that takes each record's target as `targets[i]`, as numpy's
# `targets[i]` (or the article's `zip(features, targets)`) gives row i. In R, one index into
# a matrix counts its elements column by column: targets[i] is targets[i, 1], whatever the
# number of outputs. With one output (the article's bike-sharing count) that is the whole
# row; with two, both outputs are trained towards the first one's target (error is recycled).
# features[i, ] is written right. Otherwise the article's pass, applied once per pass.
train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  run <- function(features) sigmoid(features %*% weights_input_to_hidden) %*% weights_hidden_to_output
  n_records <- nrow(features)
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    loss[e] <- mean((run(features) - targets)^2)
    delta_weights_i_h <- 0 * weights_input_to_hidden
    delta_weights_h_o <- 0 * weights_hidden_to_output
    for (i in seq_len(n_records)) {
      X <- features[i, ]; y <- targets[i]                # the bug: not targets[i, ]
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
