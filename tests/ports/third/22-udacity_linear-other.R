# udacity_linear in R with each record's steps from lapply() and the pass's sums from
# Reduce(`+`, ...): the weights are updated once per pass, as learning_rate * delta /
# n_records. The output unit is linear; features[i, ] and targets[i, ] are vectors.
sigmoid <- function(x) 1 / (1 + exp(-x))

record_steps <- function(x, y, w_ih, w_ho) {
  hidden <- sigmoid(drop(x %*% w_ih))                       # h
  error <- y - drop(hidden %*% w_ho)                        # o
  hidden_error_term <- drop(w_ho %*% error) * hidden * (1 - hidden)
  list(i_h = outer(x, hidden_error_term), h_o = outer(hidden, error))
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  w_ih <- weights_input_to_hidden
  w_ho <- weights_hidden_to_output
  n_records <- 300
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    loss[e] <- mean((targets - sigmoid(features %*% w_ih) %*% w_ho)^2)
    steps <- lapply(seq_len(n_records), function(i)
      record_steps(features[i, ], targets[i, ], w_ih, w_ho))
    w_ih <- w_ih + learning_rate * Reduce(`+`, lapply(steps, `[[`, "i_h")) / n_records
    w_ho <- w_ho + learning_rate * Reduce(`+`, lapply(steps, `[[`, "h_o")) / n_records
  }
  list(weights_input_to_hidden = w_ih, weights_hidden_to_output = w_ho, loss = loss)
}
