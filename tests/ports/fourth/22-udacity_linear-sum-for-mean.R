# udacity_linear in R with the records and their targets as lists of rows, asplit(., 1),
# walked side by side by mapply(): each call returns that record's two weight steps
# flattened into one vector, the columns of mapply()'s matrix; rowSums() adds them up and
# matrix() folds them back into the weights' shapes. The weights are updated once per
# pass, as learning_rate * delta / n_records; the output unit is linear.
squash <- function(v) 1 / (1 + exp(-v))

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  W_in <- weights_input_to_hidden
  W_out <- weights_hidden_to_output
  n_records <- nrow(features)
  one_record <- function(x, goal) {
    hid <- squash(drop(x %*% W_in))                           # h
    err <- goal - drop(hid %*% W_out)                         # o
    hid_term <- drop(W_out %*% err) * hid * (1 - hid)         # h
    c(x %o% hid_term, hid %o% err)
  }
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    loss[e] <- sum((targets - squash(features %*% W_in) %*% W_out)^2) / n_records
    steps <- mapply(one_record, asplit(features, 1), asplit(targets, 1))
    total <- rowSums(matrix(steps, ncol = n_records))
    d_in <- matrix(total[seq_along(W_in)], nrow(W_in), ncol(W_in))
    d_out <- matrix(total[-seq_along(W_in)], nrow(W_out), ncol(W_out))
    W_in <- W_in + learning_rate * d_in / n_records
    W_out <- W_out + learning_rate * d_out / n_records
  }
  list(weights_input_to_hidden = W_in, weights_hidden_to_output = W_out, loss = loss)
}
