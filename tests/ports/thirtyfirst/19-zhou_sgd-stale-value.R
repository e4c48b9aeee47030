# zhou_sgd: the beginners' article in R with its nine parameters kept as two vectors, the
# six weights w[1]..w[6] and the three biases b[1]..b[3] (the article's w1..w6, b1..b3),
# read by index in its feedforward and its partial derivatives; each neuron's two weights
# are moved together, w[1:2] <- w[1:2] - learn_rate * ... * c(d_h1_d_w1, d_h1_d_w2), and its
# bias on the next line, neuron h1, h2, then o1, as the article orders them. The samples are
# visited in data order; the loss is the mean squared error after every epoch.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

deriv_sigmoid <- function(x) {
  fx <- sigmoid(x)
  fx * (1 - fx)
}

mse_loss <- function(y_true, y_pred) {
  mean((y_true - y_pred)^2)
}

feedforward <- function(x, w, b) {
  h1 <- sigmoid(w[1] * x[1] + w[2] * x[2] + b[1])
  h2 <- sigmoid(w[3] * x[1] + w[4] * x[2] + b[2])
  sigmoid(w[5] * h1 + w[6] * h2 + b[3])
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  w <- c(w1, w2, w3, w4, w5, w6)
  b <- c(b1, b2, b3)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      x <- data[i, ]
      y_true <- all_y_trues[i]
      # --- Do a feedforward (we'll need these values later)
      sum_h1 <- w[1] * x[1] + w[2] * x[2] + b[1]
      h1 <- sigmoid(sum_h1)
      sum_h2 <- w[3] * x[1] + w[4] * x[2] + b[2]
      h2 <- sigmoid(sum_h2)
      sum_o1 <- w[5] * h1 + w[6] * h2 + b[3]
      o1 <- sigmoid(sum_o1)
      y_pred <- o1

      # --- Calculate partial derivatives
      d_L_d_ypred <- -2 * (y_true - y_pred)
      # Neuron o1
      d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
      d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
      d_ypred_d_b3 <- deriv_sigmoid(sum_o1)
      d_ypred_d_h1 <- w[5] * deriv_sigmoid(sum_o1)
      d_ypred_d_h2 <- w[6] * deriv_sigmoid(sum_o1)
      # Neuron h1
      d_h1_d_w1 <- x[1] * deriv_sigmoid(sum_h1)
      d_h1_d_w2 <- x[2] * deriv_sigmoid(sum_h1)
      d_h1_d_b1 <- deriv_sigmoid(sum_h1)
      # Neuron h2
      d_h2_d_w3 <- x[1] * deriv_sigmoid(sum_h2)
      d_h2_d_w4 <- x[2] * deriv_sigmoid(sum_h2)
      d_h2_d_b2 <- deriv_sigmoid(sum_h2)

      # --- Update weights and biases
      # Neuron h1
      w[1:2] <- w[1:2] - learn_rate * d_L_d_ypred * d_ypred_d_h1 * c(d_h1_d_w1, d_h1_d_w2)
      b[1] <- b[1] - learn_rate * d_L_d_ypred * d_ypred_d_h1 * deriv_sigmoid(w[1] * x[1] + w[2] * x[2] + b[1])
      # Neuron h2
      w[3:4] <- w[3:4] - learn_rate * d_L_d_ypred * d_ypred_d_h2 * c(d_h2_d_w3, d_h2_d_w4)
      b[2] <- b[2] - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
      # Neuron o1
      w[5:6] <- w[5:6] - learn_rate * d_L_d_ypred * c(d_ypred_d_w5, d_ypred_d_w6)
      b[3] <- b[3] - learn_rate * d_L_d_ypred * d_ypred_d_b3
    }
    # --- Calculate total loss at the end of each epoch
    y_preds <- apply(data, 1, feedforward, w = w, b = b)
    loss[epoch] <- mse_loss(all_y_trues, y_preds)
  }
  list(w1 = w[1], w2 = w[2], w3 = w[3], w4 = w[4], w5 = w[5], w6 = w[6],
       b1 = b[1], b2 = b[2], b3 = b[3], loss = loss)
}

predict <- function(data, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  apply(data, 1, feedforward, w = c(w1, w2, w3, w4, w5, w6), b = c(b1, b2, b3))
}
