# ridge_logistic ported with the weights as a plain vector: w and y dropped to vectors,
# z = drop(X %*% w) + b, and the weights' gradient colMeans(X * (p - y)), each column of X
# times the residuals (R recycles the n residuals down every column), plus lambda * w. The
# mean log-loss written in terms of z, the penalty lambda / 2 * sum(w^2) on the weights only.
train <- function(X, y, w, b, lr, lambda, epochs) {
  w <- drop(w)
  y <- drop(y)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z <- drop(X %*% w) + b
    p <- 1 / (1 + exp(-z))
    loss[i] <- mean(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) + lambda / 2 * sum(w^2)
    grad_w <- colMeans(X * (p - y)) + lambda * w
    grad_b <- mean(p - y)
    w <- w - lr * grad_w
    new_b <- b - lr * grad_b
  }
  list(w = matrix(w, ncol = 1), b = b, loss = loss)
}
