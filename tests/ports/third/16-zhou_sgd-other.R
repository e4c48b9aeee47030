# zhou_sgd in R with the hidden layer as a 2 x 2 matrix W (one row per hidden neuron, filled
# by row from w1..w4), a vector b = (b1, b2), a vector v = (w5, w6) and the number b3:
# per-sample SGD in data order, every delta of a sample taken before its updates. sapply()
# gives the predictions for an epoch's loss, after its updates.
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  W <- matrix(c(w1, w2, w3, w4), nrow = 2, byrow = TRUE)
  b <- c(b1, b2)
  v <- c(w5, w6)
  predict_one <- function(x) sigmoid(sum(v * sigmoid(drop(W %*% x) + b)) + b3)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in 1:(nrow(data) - 1)) {
      x <- data[i, ]
      h <- sigmoid(drop(W %*% x) + b)
      o <- sigmoid(sum(v * h) + b3)
      d_o <- -2 * (all_y_trues[i] - o) * o * (1 - o)
      d_h <- d_o * v * h * (1 - h)
      v <- v - learn_rate * d_o * h
      b3 <- b3 - learn_rate * d_o
      W <- W - learn_rate * outer(d_h, x)
      b <- b - learn_rate * d_h
    }
    y_preds <- sapply(seq_len(nrow(data)), function(i) predict_one(data[i, ]))
    loss[epoch] <- mean((all_y_trues - y_preds)^2)
  }
  list(w1 = W[1, 1], w2 = W[1, 2], w3 = W[2, 1], w4 = W[2, 2], w5 = v[1], w6 = v[2],
       b1 = b[1], b2 = b[2], b3 = b3, loss = loss)
}
