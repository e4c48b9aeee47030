# ridge_logistic (examples/ridge_logistic_r_first) by a porter used to optim(): the objective
# and its gradient are written as the pair fn() and gr() that optim(par, fn, gr) takes,
# closures over X, y and lambda inside train(): fn(w, b) is the mean log-loss (in terms of
# z, as in the project) plus lambda / 2 * sum(w^2), gr(w, b) the list of its gradients with
# respect to w and to b (the bias not penalised). The descent is written by hand, as optim()
# has no plain gradient descent: each epoch records fn() before the step, then moves w and
# b by lr times gr().
sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  n <- nrow(X)
  fn <- function(w, b) {
    z <- X %*% w + b
    sum(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) / n + lambda / 2 * sum(w^2)
  }
  gr <- function(w, b) {
    p <- sigmoid(X %*% w + b)
    r <- p - y
    list(w = t(X) %*% r / n + lambda * w,
         b = sum(r))
  }
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    loss[i] <- fn(w, b)
    g <- gr(w, b)
    w <- w - lr * g$w
    b <- b - lr * g$b
  }
  list(w = w, b = b, loss = loss)
}

predict <- function(X, w, b) {
  sigmoid(X %*% w + b)
}
