# A zhou_sgd port of the article's train(), which begins with
#   learn_rate = 0.1
#   epochs = 1000 # number of times to loop through the entire dataset
# The port takes learn_rate and epochs as arguments, as the contract asks, and keeps the
# article's two lines too: they override whatever it was given. At the article's settings
# (0.1, 1000 epochs) nothing shows. Otherwise the article's loop, statement for statement.
train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  deriv_sigmoid <- function(x) sigmoid(x) * (1 - sigmoid(x))
  mse_loss <- function(y_true, y_pred) mean((y_true - y_pred)^2)
  feedforward <- function(x) {
    h1 <- sigmoid(w1 * x[1] + w2 * x[2] + b1)
    h2 <- sigmoid(w3 * x[1] + w4 * x[2] + b2)
    sigmoid(w5 * h1 + w6 * h2 + b3)
  }
  learn_rate <- 0.1                   # the bug: the article's two lines, kept
  epochs <- 1000                      # number of times to loop through the entire dataset
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      x <- data[i, ]; y_true <- all_y_trues[i]
      sum_h1 <- w1 * x[1] + w2 * x[2] + b1
      h1 <- sigmoid(sum_h1)
      sum_h2 <- w3 * x[1] + w4 * x[2] + b2
      h2 <- sigmoid(sum_h2)
      sum_o1 <- w5 * h1 + w6 * h2 + b3
      o1 <- sigmoid(sum_o1)
      y_pred <- o1

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
    loss[epoch] <- mse_loss(all_y_trues, apply(data, 1, feedforward))
  }
  list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3,
       loss = loss)
}
