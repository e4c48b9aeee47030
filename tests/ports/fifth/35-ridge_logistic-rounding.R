# ridge_logistic (examples/ridge_logistic_r_first) in R with the gradient taken column by
# column: vapply() over the columns of X gives each weight's share of the data's gradient,
# the penalty lambda * w added after. The helpers are kept in a local() block. Full-batch
# gradient descent, the ridge penalty lambda / 2 * sum(w^2) on the weights only.
ridge_fns <- local({
  softplus <- function(z) pmax(z, 0) + log1p(exp(-abs(z)))
  list(
    cost = function(z, y, w, lambda) mean(softplus(z) - y * z) + lambda / 2 * sum(w * w),
    prob = function(z) 1 / (1 + exp(-z))
  )
})

train <- function(X, y, w, b, lr, lambda, epochs) {
  tgt <- as.vector(y)
  beta <- as.vector(w)
  icpt <- b
  m <- nrow(X)
  loss <- numeric(epochs)
  for (it in seq_along(loss)) {
    z <- as.vector(X %*% beta) + icpt
    loss[it] <- signif(ridge_fns$cost(z, tgt, beta, lambda), 7)
    r <- (ridge_fns$prob(z) - tgt) / m
    g <- vapply(seq_len(ncol(X)), function(j) sum(X[, j] * r), numeric(1)) + lambda * beta
    beta <- beta - lr * g
    icpt <- icpt - lr * sum(r)
  }
  list(w = matrix(beta, ncol = 1), b = icpt, loss = loss)
}
