# udacity_linear in R with whole-batch matrices instead of the loop over records: the
# matrix products sum the records' steps, applied once per pass as
# learning_rate * delta / n_records. The output unit is linear.
train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  w_ih <- weights_input_to_hidden
  w_ho <- weights_hidden_to_output
  n_records <- nrow(features)
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    hidden_outputs <- sigmoid(features %*% w_ih)
    final_outputs <- hidden_outputs %*% w_ho
    error <- targets - final_outputs
    loss[e] <- mean(error^2)
    hidden_error_term <- (error %*% t(w_ho)) * hidden_outputs * (1 - hidden_outputs)
    delta_h_o <- crossprod(hidden_outputs, error)
    delta_i_h <- crossprod(features, hidden_error_term)
    w_ho <- w_ho + learning_rate * delta_h_o / n_records
    w_ih <- w_ih + learning_rate * delta_i_h / n_records
  }
  list(weights_input_to_hidden = w_ih, weights_hidden_to_output = w_ho, loss = loss)
}
