# zhou_sgd in R, the article's nine scalars: per-sample stochastic gradient descent in data
# order, every partial derivative taken before any parameter of that sample is updated.
sigmoid <- function(x) 1 / (1 + exp(-x))

deriv_sigmoid <- function(x) {
  fx <- sigmoid(x)
  fx * (1 - fx)
}

mse_loss <- function(y_true, y_pred) mean((y_true - y_pred)^2)

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  feedforward <- function(x) {
    h1 <- sigmoid(w1 * x[1] + w2 * x[2] + b1)
    h2 <- sigmoid(w3 * x[1] + w4 * x[2] + b2)
    sigmoid(w5 * h1 + w6 * h2 + b3)
  }
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in rev(seq_len(nrow(data)))) {
      x <- data[i, ]
      y_true <- all_y_trues[i]
      sum_h1 <- w1 * x[1] + w2 * x[2] + b1
      h1 <- sigmoid(sum_h1)
      sum_h2 <- w3 * x[1] + w4 * x[2] + b2
      h2 <- sigmoid(sum_h2)
      sum_o1 <- w5 * h1 + w6 * h2 + b3
      y_pred <- sigmoid(sum_o1)

      d_L_d_ypred <- -2 * (y_true - y_pred)
      d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
      d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
      d_ypred_d_b3 <- deriv_sigmoid(sum_o1)
      d_ypred_d_h1 <- w5 * deriv_sigmoid(sum_o1)
      d_ypred_d_h2 <- w6 * deriv_sigmoid(sum_o1)
      d_h1_d_w1 <- x[1] * deriv_sigmoid(sum_h1)
      d_h1_d_w2 <- x[2] * deriv_sigmoid(sum_h1)
      d_h1_d_b1 <- deriv_sigmoid(sum_h1)
      d_h2_d_w3 <- x[1] * deriv_sigmoid(sum_h2)
      d_h2_d_w4 <- x[2] * deriv_sigmoid(sum_h2)
      d_h2_d_b2 <- deriv_sigmoid(sum_h2)

      w1 <- w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
      w2 <- w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
      b1 <- b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1
      w3 <- w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
      w4 <- w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
      b2 <- b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
      w5 <- w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
      w6 <- w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
      b3 <- b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
    }
    y_preds <- apply(data, 1, feedforward)
    loss[epoch] <- mse_loss(all_y_trues, y_preds)
  }
  list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3,
       loss = loss)
}
