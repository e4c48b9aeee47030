# udacity_linear in R, shaped like the article's NeuralNetwork class: the weights live in
# train()'s frame and the methods run() and update_weights() are closures over them.
# Each pass adds up every record's steps and applies them once, divided by n_records.
train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  w_ih <- weights_input_to_hidden
  w_ho <- weights_hidden_to_output
  activation_function <- function(x) 1 / (1 + 2.718282^(-x))

  run <- function(features) {
    hidden_outputs <- activation_function(features %*% w_ih)
    hidden_outputs %*% w_ho
  }

  update_weights <- function(delta_weights_i_h, delta_weights_h_o, n_records) {
    w_ho <<- w_ho + learning_rate * delta_weights_h_o / n_records
    w_ih <<- w_ih + learning_rate * delta_weights_i_h / n_records
  }

  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    loss[e] <- mean((run(features) - targets)^2)
    n_records <- nrow(features)
    delta_weights_i_h <- matrix(0, nrow(w_ih), ncol(w_ih))
    delta_weights_h_o <- matrix(0, nrow(w_ho), ncol(w_ho))
    for (i in seq_len(n_records)) {
      X <- features[i, ]
      y <- targets[i, ]
      hidden_outputs <- activation_function(drop(X %*% w_ih))
      final_outputs <- drop(hidden_outputs %*% w_ho)
      error <- y - final_outputs
      hidden_error <- drop(w_ho %*% error)
      output_error_term <- error
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      delta_weights_i_h <- delta_weights_i_h + outer(X, hidden_error_term)
      delta_weights_h_o <- delta_weights_h_o + outer(hidden_outputs, output_error_term)
    }
    update_weights(delta_weights_i_h, delta_weights_h_o, n_records)
  }
  list(weights_input_to_hidden = w_ih, weights_hidden_to_output = w_ho, loss = loss)
}
