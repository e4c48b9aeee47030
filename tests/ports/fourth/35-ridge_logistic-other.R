# ridge_logistic (examples/ridge_logistic_r_first) in R as a closure: model() keeps w and b
# in its own frame, its step() moves them with <<- and returns the loss measured before the
# move, and its state() hands them back. Full-batch gradient descent on the mean log-loss
# plus lambda / 2 * sum(w^2), the bias not penalised; log(1 + exp(z)) is taken as
# z + log1p(exp(-z)) for z > 0 and log1p(exp(z)) otherwise.
softplus <- function(z) if (z > 0) z + log1p(exp(-z)) else log1p(exp(z))

model <- function(X, y, w, b) {
  n <- nrow(X)
  list(
    step = function(rate, penalty) {
      z <- drop(X %*% w) + b
      p <- 1 / (1 + exp(-z))
      before <- mean(softplus(z) - y * z) + penalty / 2 * sum(w^2)
      r <- (p - y) / n
      w <<- w - rate * (crossprod(X, r) + penalty * w)
      b <<- b - rate * sum(r)
      before
    },
    state = function() list(w = w, b = b)
  )
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  m <- model(X, y, w, b)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) loss[i] <- m$step(lr, lambda)
  c(m$state(), list(loss = loss))
}
