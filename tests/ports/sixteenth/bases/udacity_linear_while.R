# udacity_linear ported from the article's class as R functions with its names: a sigmoid
# hidden layer, a linear output, no biases. Each pass walks the records with a while loop,
# backpropagation() returns the record's steps added to the list of deltas it is given,
# and the weights move once per pass by learning_rate * delta / n_records.
activation_function <- function(x) 1 / (1 + exp(-x))

run <- function(features, w_ih, w_ho) {
  hidden_outputs <- activation_function(features %*% w_ih)
  hidden_outputs %*% w_ho
}

backpropagation <- function(final_outputs, hidden_outputs, X, y, w_ho, deltas) {
  error <- y - final_outputs
  hidden_error <- drop(w_ho %*% error)
  output_error_term <- error * 1
  hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
  deltas$i_h <- deltas$i_h + outer(X, hidden_error_term)
  deltas$h_o <- deltas$h_o + outer(hidden_outputs, output_error_term)
  deltas
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  w_ih <- weights_input_to_hidden
  w_ho <- weights_hidden_to_output
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- mean((targets - run(features, w_ih, w_ho))^2)
    n_records <- nrow(features)
    deltas <- list(i_h = matrix(0, nrow(w_ih), ncol(w_ih)), h_o = matrix(0, nrow(w_ho), ncol(w_ho)))
    r <- 1
    while (r <= n_records) {
      X <- features[r, ]
      y <- targets[r, ]
      hidden_outputs <- activation_function(drop(X %*% w_ih))
      final_outputs <- drop(hidden_outputs %*% w_ho)
      deltas <- backpropagation(final_outputs, hidden_outputs, X, y, w_ho, deltas)
      r <- r + 1
    }
    w_ho <- w_ho + learning_rate * deltas$h_o / n_records
    w_ih <- w_ih + learning_rate * deltas$i_h / n_records
  }
  list(weights_input_to_hidden = w_ih, weights_hidden_to_output = w_ho, loss = losses)
}
