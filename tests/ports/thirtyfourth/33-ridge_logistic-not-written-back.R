# ridge_logistic: the reference by a porter who keeps the model in an environment, m, made
# with new.env() inside train(): m$w (f x 1) and m$b are read and written by step(m, X, y,
# lr, lambda), which returns the epoch's loss (the penalised mean log-loss, before the step:
# the stable form max(z, 0) + log1p(exp(-|z|)) - y z, the penalty 0.5 * lambda * sum(w^2)
# on the weights only) and moves the two fields in place, as environments are passed by
# reference.

sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

step <- function(m, X, y, lr, lambda) {
  n <- nrow(X)
  z <- X %*% m$w + m$b
  p <- sigmoid(z)
  loss <- sum(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) / n + 0.5 * lambda * sum(m$w^2)
  dz <- (p - y) / n
  dw <- t(X) %*% dz + lambda * m$w
  db <- sum(dz)
  m$w <- m$w - lr * dw
  b <- m$b - lr * db
  loss
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  m <- new.env()
  m$w <- w
  m$b <- b
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    loss[i] <- step(m, X, y, lr, lambda)
  }
  list(w = m$w, b = m$b, loss = loss)
}

predict <- function(X, w, b) {
  sigmoid(X %*% w + b)
}
