# av_nobias in R with crossprod() and tcrossprod(): columns of X are samples, no biases,
# sigmoid in both layers, error (y - output)^2 / 2, full-batch gradient descent.
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  w_ih <- weights_input_hidden
  w_ho <- weights_hidden_output
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    a1 <- sigmoid(crossprod(w_ih, X))                      # h x n
    a2 <- sigmoid(crossprod(w_ho, a1))                     # 1 x n
    loss[epoch] <- mean((y - a2)^2 / 2)
    delta_out <- -(y - a2) * (a2 * (1 - a2))               # 1 x n
    delta_hidden <- -(a1 * (1 - a1)) * (w_ho %*% delta_out) # h x n
    grad_ho <- tcrossprod(a1, delta_out)                   # h x 1
    grad_ih <- tcrossprod(X, delta_hidden)                 # f x h
    w_ho <- w_ho - lr * grad_ho
    w_ih <- w_ih - lr * grad_ih
  }
  list(weights_input_hidden = w_ih, weights_hidden_output = w_ho, loss = loss)
}
