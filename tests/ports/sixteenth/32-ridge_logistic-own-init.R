# ridge_logistic ported with R's own logistic function plogis(): the mean log-loss written
# in terms of z, an L2 penalty lambda / 2 * sum(w^2) on the weights only, full-batch
# gradient descent; the residual p - y is averaged with crossprod() / n and mean().
train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  b <- 0
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z <- X %*% w + b
    p <- plogis(z)
    loss[i] <- mean(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) + lambda / 2 * sum(w^2)
    dw <- crossprod(X, p - y) / n + lambda * w
    db <- mean(p - y)
    w <- w - lr * dw
    b <- b - lr * db
  }
  list(w = w, b = b, loss = loss)
}
