# zhou_sgd: the beginners' article's train() with both of its loops written as repeat { }
# blocks with counters and break, as a porter who thinks of Python's for as "do, then
# count" writes them: the epochs counted up to `epochs`, the samples up to nrow(data). The
# nine parameters are plain numbers in train()'s frame; the article's feedforward, partial
# derivatives and updates statement for statement, in its order (h1, h2, o1). The epoch's
# loss is the article's mse_loss() of every sample's feedforward().

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

feedforward <- function(x, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  h1 <- sigmoid(w1 * x[1] + w2 * x[2] + b1)
  h2 <- sigmoid(w3 * x[1] + w4 * x[2] + b2)
  sigmoid(w5 * h1 + w6 * h2 + b3)
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate,
                  epochs) {
  n <- nrow(data)
  loss <- numeric(epochs)
  epoch <- 0
  repeat {
    if (epoch >= epochs) break
    epoch <- epoch + 1
    i <- 0
    repeat {
      if (i >= n) break
      i <- i + 1
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
      # --- Calculate partial derivatives
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
      w4 <- w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
      b2 <- b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
      # Neuron o1
      w5 <- w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
      w6 <- w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
      b3 <- b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
    }
    # --- Calculate total loss at the end of each epoch
    y_preds <- numeric(n)
    for (k in seq_len(n)) {
      y_preds[k] <- feedforward(data[k, ], w1, w2, w3, w4, w5, w6, b1, b2, b3)
    }
    loss[epoch] <- mse_loss(all_y_trues, y_preds)
  }
  list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3,
       loss = loss)
}

predict <- function(data, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  apply(data, 1, feedforward, w1, w2, w3, w4, w5, w6, b1, b2, b3)
}
