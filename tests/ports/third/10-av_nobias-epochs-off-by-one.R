# av_nobias in R with a while loop over the epochs and a helper gradients() returning the
# epoch's loss and both weight gradients in a list: columns of X are samples, no biases,
# sigmoid in both layers, error (y - output)^2 / 2, full-batch gradient descent.
sigmoid <- function(z) 1 / (1 + exp(-z))

gradients <- function(X, y, W_ih, W_ho) {
  H <- sigmoid(t(W_ih) %*% X)                              # h x n
  O <- sigmoid(t(W_ho) %*% H)                              # 1 x n
  g_out <- (O - y) * O * (1 - O)                           # 1 x n
  g_hid <- (W_ho %*% g_out) * H * (1 - H)                  # h x n
  list(loss = mean((y - O)^2 / 2), W_ih = X %*% t(g_hid), W_ho = H %*% t(g_out))
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  W_ih <- weights_input_hidden
  W_ho <- weights_hidden_output
  loss <- numeric(0)
  epoch <- 0
  while (epoch <= epochs) {
    g <- gradients(X, y, W_ih, W_ho)
    W_ih <- W_ih - lr * g$W_ih
    W_ho <- W_ho - lr * g$W_ho
    epoch <- epoch + 1
    loss[epoch] <- g$loss
  }
  list(weights_input_hidden = W_ih, weights_hidden_output = W_ho, loss = loss)
}
