# av_nobias in R as a plain for loop: the samples are the columns of X, no biases, sigmoid
# in both layers, the half squared error averaged over the samples, full-batch descent.
sig <- function(z) 1 / (1 + exp(-z))

sig_grad <- function(a) a * (1 - a)

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  Wi <- weights_input_hidden
  Wo <- weights_hidden_output
  rate <- lr
  costs <- numeric(epochs)
  for (k in seq_len(epochs)) {
    hidden <- sig(t(Wi) %*% X)
    pred <- sig(t(Wo) %*% hidden)
    costs[k] <- mean((y - pred)^2 / 2)
    g_pred <- (y - pred) * sig_grad(pred)
    g_hidden <- (Wo %*% g_pred) * sig_grad(hidden)
    Wo <- Wo - rate * hidden %*% t(g_pred)
    Wi <- Wi - rate * X %*% t(g_hidden)
  }
  list(weights_input_hidden = Wi, weights_hidden_output = Wo, loss = costs)
}
