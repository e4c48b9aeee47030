# ridge_logistic: the reference's loop written as repeat { } with a counter and break, the
# log-loss and the penalty as two small helpers, log_loss(z, y) (the stable form
# max(z, 0) + log1p(exp(-|z|)) - y z, per sample) and penalty(w, lambda); the loss is
# recorded before the step, the bias is not penalised.

sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

log_loss <- function(z, y) {
  pmax(z, 0) + log1p(exp(-abs(z))) - y * z
}

penalty <- function(w, lambda) {
  lambda / 2 * sum(w^2)
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  i <- 0
  repeat {
    if (i == epochs) break
    i <- i + 1
    z <- X %*% w + b
    p <- sigmoid(z)
    loss[i] <- sum(log_loss(z, y)) / n + penalty(w, lambda)
    dz <- (p - y) / n
    dw <- t(X) %*% dz + lambda * w
    db <- sum(dz)
    w <- w - lr * dw
    b <- b - lr * db
  }
  list(w = w, b = b, loss = loss)
}

predict <- function(X, w, b) {
  sigmoid(X %*% w + b)
}
