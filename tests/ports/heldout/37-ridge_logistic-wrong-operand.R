# ridge_logistic (examples/ridge_logistic_r_first) as a self-contained R file: logistic
# regression with an L2 penalty on the weights (not the bias), full-batch gradient
# descent; the log-loss in terms of z = X w + b is max(z, 0) + log1p(exp(-|z|)) - y z.
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z <- X %*% w + b
    p <- sigmoid(z)
    loss[i] <- sum(pmax(z, 0) + log1p(exp(-abs(z))) - y * p) / n + lambda / 2 * sum(w^2)
    dz <- (p - y) / n
    dw <- t(X) %*% dz + lambda * w
    db <- sum(dz)
    w <- w - lr * dw
    b <- b - lr * db
  }
  list(w = w, b = b, loss = loss)
}
