# av_nobias in R as one Reduce(accumulate = TRUE) over the epochs: each state is a list of
# the two weight matrices and the loss of the epoch that led to it, the helpers live in a
# local() block, and the losses are read off the states with vapply(). Columns of X are
# samples, no biases, sigmoid in both layers, error (y - output)^2 / 2, full-batch descent.
epoch_fn <- local({
  act <- function(z) 1 / (1 + exp(-z))
  function(X, y, rate = 0.5) {
    function(state, k) {
      Hd <- act(crossprod(state$Wi, X))                       # h x n
      Out <- act(crossprod(state$Wo, Hd))                     # 1 x n
      dOut <- (Out - y) * Out * (1 - Out)
      dHd <- (state$Wo %*% dOut) * Hd * (1 - Hd)              # h x n
      list(Wi = state$Wi - rate * tcrossprod(X, dHd),
           Wo = state$Wo - rate * tcrossprod(Hd, dOut),
           cost = mean((y - Out)^2 / 2))
    }
  }
})

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  start <- list(Wi = weights_input_hidden, Wo = weights_hidden_output, cost = NA_real_)
  states <- if (epochs > 0) Reduce(epoch_fn(X, y, lr), seq_len(epochs), start,
                                   accumulate = TRUE) else list(start)
  final <- states[[length(states) - 1]]
  loss <- vapply(states[-1], function(s) s$cost, numeric(1))
  list(weights_input_hidden = final$Wi, weights_hidden_output = final$Wo, loss = loss)
}
