# zhou_sgd: the beginners' article's train() in R, one epoch a Reduce() over the sample
# indices: sgd_sample() takes the nine parameters as a named list p and one sample's index,
# runs the article's feedforward, partial derivatives and updates (its names, its order)
# and returns the moved list, which Reduce() hands to the next sample in data order. The
# loss is the mean squared error on the whole data set after every epoch.

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

feedforward <- function(p, x) {
  h1 <- sigmoid(p$w1 * x[1] + p$w2 * x[2] + p$b1)
  h2 <- sigmoid(p$w3 * x[1] + p$w4 * x[2] + p$b2)
  sigmoid(p$w5 * h1 + p$w6 * h2 + p$b3)
}

sgd_sample <- function(p, i, data, all_y_trues, learn_rate) {
  x <- data[i, ]
  y_true <- all_y_trues[i]
  # --- Do a feedforward (we'll need these values later)
  sum_h1 <- p$w1 * x[1] + p$w2 * x[2] + p$b1
  h1 <- sigmoid(sum_h1)
  sum_h2 <- p$w3 * x[1] + p$w4 * x[2] + p$b2
  h2 <- sigmoid(sum_h2)
  sum_o1 <- p$w5 * h1 + p$w6 * h2 + p$b3
  o1 <- sigmoid(sum_o1)
  y_pred <- o1

  # --- Calculate partial derivatives
  d_L_d_ypred <- -2 * (y_true - y_pred)
  # Neuron o1
  d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
  d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
  d_ypred_d_b3 <- deriv_sigmoid(sum_o1)
  d_ypred_d_h1 <- p$w5 * deriv_sigmoid(sum_o1)
  d_ypred_d_h2 <- p$w6 * deriv_sigmoid(sum_o1)
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
  p$w1 <- p$w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
  p$w2 <- p$w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
  p$b1 <- p$b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1
  # Neuron h2
  p$w3 <- p$w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
  p$w4 <- p$w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
  p$b2 <- p$b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
  # Neuron o1
  p$w5 <- p$w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
  p$w6 <- p$w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
  p$b3 <- p$b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
  p
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  p <- list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    p <- Reduce(function(acc, i) sgd_sample(acc, i, data, all_y_trues, learn_rate),
                order(data[, 1]), p)
    # --- Calculate total loss at the end of each epoch
    y_preds <- apply(data, 1, function(x) feedforward(p, x))
    loss[epoch] <- mse_loss(all_y_trues, y_preds)
  }
  c(p, list(loss = loss))
}

predict <- function(data, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  p <- list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  apply(data, 1, function(x) feedforward(p, x))
}
