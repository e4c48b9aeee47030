# av_nobias in R with the network's state in an environment: forward(), backward() and
# descend() each read and write its fields (environments are passed by reference), so
# train() only calls them in turn. Columns of X are samples, no biases, sigmoid in both
# layers, error (y - output)^2 / 2, full-batch gradient descent.
logistic <- function(z) 1 / (1 + exp(-z))

forward <- function(net, X) {
  net$A1 <- logistic(t(net$W_ih) %*% X)                     # h x n
  net$A2 <- logistic(t(net$W_ho) %*% net$A1)                # 1 x n
}

backward <- function(net, X, y) {
  delta2 <- (net$A2 - y) * net$A2 * (1 - net$A2)            # 1 x n
  delta1 <- (net$W_ho %*% delta2) * net$A1 * (1 - net$A1)   # h x n
  net$g_ho <- net$A1 %*% t(delta2)
  net$g_ih <- X %*% t(delta1)
}

descend <- function(net, rate) {
  net$W_ih <- net$W_ih - rate * net$g_ih
  W_ho <- net$W_ho - rate * net$g_ho
}

train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  net <- new.env()
  net$W_ih <- weights_input_hidden
  net$W_ho <- weights_hidden_output
  loss <- vector("numeric", epochs)
  for (epoch in seq_len(epochs)) {
    forward(net, X)
    loss[epoch] <- mean((y - net$A2)^2 / 2)
    backward(net, X, y)
    descend(net, lr)
  }
  list(weights_input_hidden = net$W_ih, weights_hidden_output = net$W_ho, loss = loss)
}
