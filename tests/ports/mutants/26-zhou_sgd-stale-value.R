# zhou_sgd in R with the hidden layer as a matrix: W (2 x 2, one row per hidden neuron),
# b (2), v (w5, w6) and c0 (b3). Per-sample SGD in data order; the output weights are
# updated first, from the deltas taken before any update.
train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  deriv_sigmoid <- function(x) sigmoid(x) * (1 - sigmoid(x))
  W <- matrix(c(w1, w3, w2, w4), 2, 2)
  b <- c(b1, b2)
  v <- c(w5, w6)
  c0 <- b3
  predict <- function(data) {
    hidden <- sigmoid(data %*% t(W) + matrix(b, nrow(data), 2, byrow = TRUE))
    sigmoid(drop(hidden %*% v) + c0)
  }
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      x <- data[i, ]
      sum_h <- drop(W %*% x) + b
      h <- sigmoid(sum_h)
      sum_o1 <- sum(v * h) + c0
      y_pred <- sigmoid(sum_o1)
      d_o1 <- -2 * (all_y_trues[i] - y_pred) * deriv_sigmoid(sum_o1)
      d_h <- d_o1 * v * deriv_sigmoid(sum_h)
      v <- v - learn_rate * d_o1 * h
      c0 <- c0 - learn_rate * d_o1
      W <- W - learn_rate * outer(d_h, x)
      b <- b - learn_rate * d_o1 * v * deriv_sigmoid(sum_h)
    }
    loss[epoch] <- mean((all_y_trues - predict(data))^2)
  }
  list(w1 = W[1, 1], w2 = W[1, 2], w3 = W[2, 1], w4 = W[2, 2], w5 = v[1], w6 = v[2],
       b1 = b[1], b2 = b[2], b3 = c0, loss = loss)
}
