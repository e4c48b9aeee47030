# A zhou_sgd port that updates the output neuron first, "backwards, as backprop goes", and
# only then computes d_ypred_d_h1 and d_ypred_d_h2 from w5 and w6, which by then are the
# already-updated values. The article computes every derivative before any update.
train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  deriv_sigmoid <- function(x) sigmoid(x) * (1 - sigmoid(x))
  mse_loss <- function(y_true, y_pred) mean((y_true - y_pred)^2)
  feedforward <- function(x) {
    h1 <- sigmoid(w1 * x[1] + w2 * x[2] + b1)
    h2 <- sigmoid(w3 * x[1] + w4 * x[2] + b2)
    sigmoid(w5 * h1 + w6 * h2 + b3)
  }
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      x <- data[i, ]; y_true <- all_y_trues[i]
      sum_h1 <- w1 * x[1] + w2 * x[2] + b1
      h1 <- sigmoid(sum_h1)
      sum_h2 <- w3 * x[1] + w4 * x[2] + b2
      h2 <- sigmoid(sum_h2)
      sum_o1 <- w5 * h1 + w6 * h2 + b3
      y_pred <- sigmoid(sum_o1)
      d_L_d_ypred <- -2 * (y_true - y_pred)
      # Neuron o1, updated first
      w5 <- w5 - learn_rate * d_L_d_ypred * h1 * deriv_sigmoid(sum_o1)
      w6 <- w6 - learn_rate * d_L_d_ypred * h2 * deriv_sigmoid(sum_o1)
      b3 <- b3 - learn_rate * d_L_d_ypred * deriv_sigmoid(sum_o1)
      # The bug: w5 and w6 here are the values just updated above.
      d_ypred_d_h1 <- w5 * deriv_sigmoid(sum_o1)
      d_ypred_d_h2 <- w6 * deriv_sigmoid(sum_o1)
      # Neurons h1 and h2
      w1 <- w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * x[1] * deriv_sigmoid(sum_h1)
      w2 <- w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * x[2] * deriv_sigmoid(sum_h1)
      b1 <- b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * deriv_sigmoid(sum_h1)
      w3 <- w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * x[1] * deriv_sigmoid(sum_h2)
      w4 <- w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * x[2] * deriv_sigmoid(sum_h2)
      b2 <- b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * deriv_sigmoid(sum_h2)
    }
    loss[epoch] <- mse_loss(all_y_trues, apply(data, 1, feedforward))
  }
  list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3,
       loss = loss)
}
