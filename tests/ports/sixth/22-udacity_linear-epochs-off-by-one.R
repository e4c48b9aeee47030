# udacity_linear in R as a plain loop over the records: one sigmoid hidden layer, a linear
# output, no biases; each record's steps are added to two accumulators with outer(), and the
# weights move once per pass by learning_rate * step / n_records.
fire <- function(v) 1 / (1 + exp(-v))

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  Fm <- as.matrix(features)
  Tm <- as.matrix(targets)
  Win <- weights_input_to_hidden
  Wout <- weights_hidden_to_output
  n <- nrow(Fm)
  losses <- numeric(epochs)
  for (ep in seq(epochs)) {
    losses[ep] <- mean((fire(Fm %*% Win) %*% Wout - Tm)^2)
    stepIn <- matrix(0, nrow(Win), ncol(Win))
    stepOut <- matrix(0, nrow(Wout), ncol(Wout))
    for (r in seq_len(nrow(Fm))) {
      x <- Fm[r, ]
      hid <- fire(drop(x %*% Win))
      miss <- Tm[r, ] - drop(hid %*% Wout)
      term <- drop(Wout %*% miss) * hid * (1 - hid)
      stepIn <- stepIn + outer(x, term)
      stepOut <- stepOut + outer(hid, miss)
    }
    Win <- Win + learning_rate * stepIn / n
    Wout <- Wout + learning_rate * stepOut / n
  }
  list(weights_input_to_hidden = Win, weights_hidden_to_output = Wout, loss = losses)
}
