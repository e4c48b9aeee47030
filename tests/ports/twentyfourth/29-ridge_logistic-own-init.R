# ridge_logistic (examples/ridge_logistic_r_first) as an S3 model object: ridge_model()
# builds a list of class "ridge_model" holding the weights w (f x 1), the bias b and the
# hyperparameters (with defaults, the project's lr = 0.5 and lambda = 0.1, as a model
# constructor has them); predict.ridge_model() gives the probabilities,
# logloss.ridge_model() the mean log-loss plus lambda / 2 * sum(w^2) (written in terms of z
# as in the project), and descend.ridge_model() returns the model moved by one full-batch
# step of gradient descent, the bias not penalised. train() keeps the model each step
# returns.
sigmoid <- function(z) {
  1 / (1 + exp(-z))
}

ridge_model <- function(w, b = 0, lr = 0.5, lambda = 0.1) {
  structure(list(w = w, b = b, lr = lr, lambda = lambda), class = "ridge_model")
}

logit <- function(model, X) UseMethod("logit")
logloss <- function(model, X, y) UseMethod("logloss")
descend <- function(model, X, y) UseMethod("descend")

logit.ridge_model <- function(model, X) {
  X %*% model$w + model$b
}

predict.ridge_model <- function(object, X, ...) {
  sigmoid(logit(object, X))
}

logloss.ridge_model <- function(model, X, y) {
  z <- logit(model, X)
  sum(pmax(z, 0) + log1p(exp(-abs(z))) - y * z) / nrow(X) + model$lambda / 2 * sum(model$w^2)
}

descend.ridge_model <- function(model, X, y) {
  n <- nrow(X)
  p <- predict(model, X)
  dz <- (p - y) / n
  dw <- t(X) %*% dz + model$lambda * model$w
  db <- sum(dz)
  model$w <- model$w - model$lr * dw
  model$b <- model$b - model$lr * db
  model
}

train <- function(X, y, w, b, lr, lambda, epochs) {
  model <- ridge_model(w, lr = lr, lambda = lambda)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    loss[i] <- logloss(model, X, y)
    model <- descend(model, X, y)
  }
  list(w = model$w, b = model$b, loss = loss)
}
