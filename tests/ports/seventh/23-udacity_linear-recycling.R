# udacity_linear in R with the network's state in an environment made by new.env(): the
# weights and the pass's two accumulators live in it, a per-record function adds the
# record's steps to them with tcrossprod(), and the pass applies them once at its end.
make_net <- function(Win, Wout) {
  e <- new.env()
  e$Win <- Win
  e$Wout <- Wout
  e
}

sigm <- function(v) 1 / (1 + exp(-v))

add_record <- function(e, x, t) {
  hid <- sigm(crossprod(e$Win, x))
  miss <- t - crossprod(e$Wout, hid)
  term <- (e$Wout * c(miss)) * hid * (1 - hid)
  e$dIn <- e$dIn + tcrossprod(x, term)
  e$dOut <- e$dOut + tcrossprod(hid, miss)
  invisible(NULL)
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  Fm <- as.matrix(features)
  Tm <- as.matrix(targets)
  net <- make_net(weights_input_to_hidden, weights_hidden_to_output)
  n_records <- nrow(Fm)
  losses <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    losses[ep] <- mean((sigm(Fm %*% net$Win) %*% net$Wout - Tm)^2)
    net$dIn <- net$Win * 0
    net$dOut <- net$Wout * 0
    for (r in seq_len(n_records)) add_record(net, Fm[r, ], Tm[r, ])
    net$Win <- net$Win + learning_rate * net$dIn / n_records
    net$Wout <- net$Wout + learning_rate * net$dOut / n_records
  }
  list(weights_input_to_hidden = net$Win, weights_hidden_to_output = net$Wout, loss = losses)
}
