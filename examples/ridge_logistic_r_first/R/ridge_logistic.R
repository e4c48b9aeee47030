# Logistic regression with an L2 penalty on the weights (not the bias), full-batch gradient
# descent. The reference of this project; python/ridge_logistic.py is its port.
#
# X (n x f) inputs, y (n x 1) labels in {0, 1}, w (f x 1) weights, b a number.
# p = sigmoid(X w + b); loss = mean log-loss + lambda / 2 * sum(w^2).
# The log-loss of one sample, -y log(p) - (1 - y) log(1 - p), is written in terms of
# z = X w + b as log(1 + exp(z)) - y z, computed as max(z, 0) + log1p(exp(-|z|)) - y z,
# which neither overflows nor takes log(0).

# Return 1 / (1 + exp(-z)), element-wise.
sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

# Return the parameters after `epochs` full-batch epochs, and each epoch's loss (measured
# before that epoch's update).
train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    z <- X %*% w + b                                       # (n x 1)
    p <- sigmoid(z)
    loss[i] <- sum(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) / n + lambda / 2 * sum(w^2)
    dz <- (p - y) / n                                      # d(mean log-loss) / dz
    dw <- t(X) %*% dz + lambda * w                         # the penalty's gradient: lambda w
    db <- sum(dz)                                          # the bias is not penalised
    w <- w - lr * dw
    b <- b - lr * db
  }
  list(w = w, b = b, loss = loss)
}

# Return the probabilities p (n x 1) for X (n x f).
predict <- function(X, w, b) {
  sigmoid(X %*% w + b)
}
