# ridge_logistic (examples/ridge_logistic_r_first) in R with one parameter vector
# theta = c(b, w) against the design matrix cbind(1, X): a penalty mask of 0 for the bias
# and 1 for each weight keeps the bias out of the ridge penalty. Full-batch gradient
# descent; the log-loss in terms of z is max(z, 0) + log1p(exp(-|z|)) - y z.
train <- function(X, y, w, b, lr, lambda, epochs) {
  A <- cbind(1, X)
  theta <- c(b, w)
  mask <- c(0, rep(1, ncol(X)))
  n <- nrow(A)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z <- drop(A %*% theta)
    p <- 1 / (1 + exp(-z))
    loss[i] <- mean(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) +
      lambda * sum((mask * theta)^2)
    grad <- drop(crossprod(A, p - y)) / n + lambda * mask * theta
    theta <- theta - lr * grad
  }
  list(w = matrix(theta[-1], ncol = 1), b = theta[1], loss = loss)
}
