# ridge_logistic (examples/ridge_logistic_r_first) with the epochs folded by Reduce(): the
# state is a list of the weights w (f x 1), the bias b and the loss of the epoch that led to
# it; descend() takes a state and returns the next one, one full-batch step of gradient
# descent on the mean log-loss plus lambda / 2 * sum(w^2), the bias not penalised.
# Reduce(accumulate = TRUE) from the initial state keeps every state, so the last one holds
# the trained parameters and the others after the first hold the epochs' losses. The
# log-loss of a sample is written in terms of z as max(z, 0) + log1p(exp(-|z|)) - y z.
# Over no epochs Reduce() returns the initial state itself, not a list of states, so that
# case is returned first.
sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  if (epochs == 0) return(list(w = w, b = b, loss = numeric(0)))
  n <- nrow(X)
  descend <- function(state, epoch) {
    z <- t(state$w) %*% t(X) + state$b
    p <- sigmoid(z)
    loss <- sum(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) / n + lambda / 2 * sum(state$w^2)
    dz <- (p - y) / n
    dw <- t(X) %*% dz + lambda * state$w
    db <- sum(dz)
    list(w = state$w - lr * dw, b = state$b - lr * db, loss = loss)
  }
  states <- Reduce(descend, seq_len(epochs), accumulate = TRUE,
                   init = list(w = w, b = b, loss = NA))
  last <- states[[length(states)]]
  list(w = last$w, b = last$b,
       loss = vapply(states[-1], function(state) state$loss, numeric(1)))
}
