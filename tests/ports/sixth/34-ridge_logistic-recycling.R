# ridge_logistic in R as a plain for loop: logistic regression, the mean log-loss written in
# terms of z, an L2 penalty lambda / 2 * sum(w^2) on the weights only, full-batch descent.
logistic <- function(t) 1 / (1 + exp(-t))

softplus <- function(z) pmax(z, 0) + log1p(exp(-abs(z)))

train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  coef <- w
  bias <- b
  history <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    z <- drop(X %*% coef) + bias
    history[ep] <- mean(softplus(z) - y * z) + lambda / 2 * sum(coef^2)
    resid <- (logistic(z) - y) / n
    grad_w <- rowSums(t(X) * c(resid)) + lambda * coef
    coef <- coef - lr * grad_w
    bias <- bias - lr * sum(resid)
  }
  list(w = coef, b = bias, loss = history)
}
