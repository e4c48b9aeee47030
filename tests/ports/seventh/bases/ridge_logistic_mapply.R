# ridge_logistic in R with the parameters in one named list: grad() returns the gradients
# in a list under the same names, and each epoch's update is one mapply() over the two
# lists; the log-loss is taken from the logits by a helper, log(1 + exp(z)) split by sign.
sigm <- function(t) 1 / (1 + exp(-t))

logloss <- function(z, y) mean(ifelse(z > 0, z + log1p(exp(-z)), log1p(exp(z))) - y * z)

grad <- function(par, X, y, lambda) {
  r <- (sigm(X %*% par$w + par$b) - y) / nrow(X)
  list(b = sum(r), w = crossprod(X, r) + lambda * par$w)
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  par <- list(w = w, b = b)
  history <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    z <- X %*% par$w + par$b
    history[ep] <- logloss(z, y) + lambda / 2 * sum(par$w^2)
    g <- grad(par, X, y, lambda)
    par <- mapply(function(p, d) p - lr * d, par, g[names(par)], SIMPLIFY = FALSE)
  }
  list(w = par$w, b = par$b, loss = history)
}
