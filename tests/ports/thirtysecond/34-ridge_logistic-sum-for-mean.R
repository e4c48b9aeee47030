# ridge_logistic: the reference with the weights kept as a plain vector: w is drop()ped to a
# vector of f on the way in and made an f x 1 matrix again on the way out, y a vector of n;
# z = drop(X %*% w) + b a vector, the penalised mean log-loss taken with mean() of the
# stable form, the gradients drop(crossprod(X, dz)) + lambda * w and sum(dz).

sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  w <- drop(w)
  y <- drop(y)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z <- drop(X %*% w) + b
    p <- sigmoid(z)
    loss[i] <- mean(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) + lambda / 2 * sum(w^2)
    dz <- p - y
    dw <- drop(crossprod(X, dz)) + lambda * w
    db <- sum(dz)
    w <- w - lr * dw
    b <- b - lr * db
  }
  list(w = matrix(w, ncol = 1), b = b, loss = loss)
}

predict <- function(X, w, b) {
  sigmoid(X %*% w + b)
}
