# A correct zhou_sgd port in R with the hidden layer as a matrix: W (2 x 2, one row per
# hidden neuron), b (2), v (the output weights w5, w6) and c (b3). Per-sample SGD in data
# order, every gradient taken before any update, as the article does.
train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  deriv_sigmoid <- function(x) sigmoid(x) * (1 - sigmoid(x))
  W <- rbind(c(w1, w2), c(w3, w4)); b <- c(b1, b2); v <- c(w5, w6); c0 <- b3
  predict <- function() {
    sigmoid(drop(sigmoid(data %*% t(W) + rep(b, each = nrow(data))) %*% v) + c0)
  }
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      x <- data[i, ]
      sum_h <- drop(W %*% x) + b
      h <- sigmoid(sum_h)
      sum_o1 <- sum(v * h) + c0
      y_pred <- sigmoid(sum_o1)
      d_o1 <- -2 * (all_y_trues[i] - y_pred) * deriv_sigmoid(sum_o1)   # dL/dsum_o1
      d_h <- d_o1 * v * deriv_sigmoid(sum_h)                            # dL/dsum_h
      W <- W - learn_rate * outer(d_h, x)
      b <- b - learn_rate * d_h
      v <- v - learn_rate * d_o1 * h
      c0 <- c0 - learn_rate * d_o1
    }
    loss[epoch] <- mean((all_y_trues - predict())^2)
  }
  list(w1 = W[1, 1], w2 = W[1, 2], w3 = W[2, 1], w4 = W[2, 2], w5 = v[1], w6 = v[2],
       b1 = b[1], b2 = b[2], b3 = c0, loss = loss)
}
