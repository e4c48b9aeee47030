# zhou_sgd: the beginners' article's train() in R by a porter who walks the samples with
# for (i in seq_along(all_y_trues)), reading x <- data[i, ] (x[1], x[2] for the article's
# x[0], x[1]) and y_true <- all_y_trues[i]; the nine parameters are plain numbers in
# train()'s frame, the article's feedforward, partial derivatives and updates statement for
# statement and in its order. The loss at the end of each epoch is computed for all the
# samples at once, each hidden neuron's sums as a matrix product data %*% c(w, w) plus its
# bias, and the mean squared error of those predictions.

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

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate,
                  epochs) {
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_along(all_y_trues)) {
      x <- data[i, ]
      y_true <- all_y_trues[i]
      # --- Do a feedforward (we'll need these values later)
      sum_h1 <- w1 * x[1] + w2 * x[2] + b1
      h1 <- sigmoid(sum_h1)
      sum_h2 <- w3 * x[1] + w4 * x[2] + b2
      h2 <- sigmoid(sum_h2)
      sum_o1 <- w5 * h1 + w6 * h2 + b3
      o1 <- sigmoid(sum_o1)
      y_pred <- o1

      # --- Calculate partial derivatives.
      d_L_d_ypred <- -2 * (y_true - y_pred)
      # Neuron o1
      d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
      d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
      d_ypred_d_b3 <- deriv_sigmoid(sum_o1)
      d_ypred_d_h1 <- w5 * deriv_sigmoid(sum_o1)
      d_ypred_d_h2 <- w6 * deriv_sigmoid(sum_o1)
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
      w1 <- w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
      w2 <- w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
      b1 <- b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1
      # Neuron h2
      w3 <- w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
      w4 <- w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * x[2] * deriv_sigmoid(w3 * x[1] + w4 * x[2] + b2)
      b2 <- b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
      # Neuron o1
      w5 <- w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
      w6 <- w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
      b3 <- b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
    }
    # --- Calculate total loss at the end of each epoch
    h1s <- sigmoid(data %*% c(w1, w2) + b1)
    h2s <- sigmoid(data %*% c(w3, w4) + b2)
    y_preds <- c(sigmoid(w5 * h1s + w6 * h2s + b3))
    loss[epoch] <- mse_loss(all_y_trues, y_preds)
  }
  list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3,
       loss = loss)
}

predict <- function(data, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  h1s <- sigmoid(data %*% c(w1, w2) + b1)
  h2s <- sigmoid(data %*% c(w3, w4) + b2)
  c(sigmoid(w5 * h1s + w6 * h2s + b3))
}
