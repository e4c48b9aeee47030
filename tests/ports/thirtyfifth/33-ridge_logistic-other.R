# ridge_logistic: the reference by a porter who writes its products with crossprod(): the
# data's gradient crossprod(X, dz) (t(X) %*% dz) and the penalty's sum of squares
# crossprod(w) (t(w) %*% w, a 1 x 1 matrix, dropped to a number); the loss is split into its
# data part and its penalty before they are added. Full-batch gradient descent, the loss of
# an epoch taken before its step, the bias not penalised.

sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z <- X %*% w + b
    p <- sigmoid(z)
    data_loss <- sum(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) / n
    penalty <- lambda / 2 * drop(crossprod(w))
    loss[i] <- data_loss + penalty
    dz <- p - y / n
    dw <- crossprod(X, dz) + lambda * w
    db <- sum(dz)
    w <- w - lr * dw
    b <- b - lr * db
  }
  list(w = w, b = b, loss = loss)
}

predict <- function(X, w, b) {
  sigmoid(X %*% w + b)
}
