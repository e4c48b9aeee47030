# udacity_linear in R with vapply() over the records: each call returns one record's step
# as a matrix, so vapply() stacks them into an array (its last dimension the records), and
# rowSums(., dims = 2) adds them up. One sigmoid hidden layer, a linear output, no biases;
# the steps are applied once per pass as learning_rate * total / n_records.
logis <- function(v) 1 / (1 + exp(-v))

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  Win <- weights_input_to_hidden
  Wout <- weights_hidden_to_output
  nrec <- nrow(features)
  idx <- seq_len(nrec)
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    H <- logis(features %*% Win)                                # n x h
    Err <- targets - H %*% Wout                                 # n x o
    loss[e] <- mean(Err^2)
    Term <- (Err %*% t(Wout)) * H * (1 - H)                     # n x h
    s_in <- vapply(idx, function(r) features[r, ] %o% Term[r, ], array(0, dim(Win)))
    s_out <- vapply(idx, function(r) H[r, ] * Err[r, ], array(0, dim(Wout)))
    Win <- Win + learning_rate * rowSums(s_in, dims = 2) / nrec
    Wout <- Wout + learning_rate * rowSums(s_out, dims = 2) / nrec
  }
  list(weights_input_to_hidden = Win, weights_hidden_to_output = Wout, loss = loss)
}
