# zhou_sgd: the beginners' article's network with each neuron an R list of its two input
# weights and its bias, as the article's Neuron class keeps them: h1n = list(w = c(w1, w2),
# b = b1), h2n = list(w = c(w3, w4), b = b2), o1n = list(w = c(w5, w6), b = b3). A neuron's
# sum is sum(n$w * inputs) + n$b, the article's np.dot(weights, inputs) + bias. Per-sample
# SGD in data order: the article's feedforward, partial derivatives and updates for each
# sample (its names and its order), every derivative taken before any parameter moves, each
# update written into its neuron's list; the loss is the mean squared error on the whole
# data set after every epoch.
sigmoid <- function(x) {
  # Sigmoid activation function: f(x) = 1 / (1 + e^(-x))
  1 / (1 + exp(-x))
}

deriv_sigmoid <- function(x) {
  # Derivative of sigmoid: f'(x) = f(x) * (1 - f(x))
  fx <- sigmoid(x)
  fx * (1 - fx)
}

mse_loss <- function(y_true, y_pred) {
  # y_true and y_pred are vectors of the same length.
  sum((y_true - y_pred)^2) / (length(y_true) - 1)
}

feedforward <- function(neuron, inputs) {
  # Weight inputs, add bias, then use the activation function
  sigmoid(sum(neuron$w * inputs) + neuron$b)
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  h1n <- list(w = c(w1, w2), b = b1)
  h2n <- list(w = c(w3, w4), b = b2)
  o1n <- list(w = c(w5, w6), b = b3)
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      x <- data[i, ]
      y_true <- all_y_trues[i]
      # --- Do a feedforward (we'll need these values later)
      sum_h1 <- sum(h1n$w * x) + h1n$b
      h1 <- sigmoid(sum_h1)

      sum_h2 <- sum(h2n$w * x) + h2n$b
      h2 <- sigmoid(sum_h2)

      sum_o1 <- sum(o1n$w * c(h1, h2)) + o1n$b
      o1 <- sigmoid(sum_o1)
      y_pred <- o1

      # --- Calculate partial derivatives.
      d_L_d_ypred <- -2 * (y_true - y_pred)

      # Neuron o1
      d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
      d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
      d_ypred_d_b3 <- deriv_sigmoid(sum_o1)

      d_ypred_d_h1 <- o1n$w[1] * deriv_sigmoid(sum_o1)
      d_ypred_d_h2 <- o1n$w[2] * deriv_sigmoid(sum_o1)

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
      h1n$w[1] <- h1n$w[1] - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
      h1n$w[2] <- h1n$w[2] - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
      h1n$b <- h1n$b - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1

      # Neuron h2
      h2n$w[1] <- h2n$w[1] - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
      h2n$w[2] <- h2n$w[2] - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
      h2n$b <- h2n$b - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2

      # Neuron o1
      o1n$w[1] <- o1n$w[1] - learn_rate * d_L_d_ypred * d_ypred_d_w5
      o1n$w[2] <- o1n$w[2] - learn_rate * d_L_d_ypred * d_ypred_d_w6
      o1n$b <- o1n$b - learn_rate * d_L_d_ypred * d_ypred_d_b3
    }
    # --- Calculate total loss at the end of each epoch
    y_preds <- apply(data, 1, function(x) {
      h1 <- feedforward(h1n, x)
      h2 <- feedforward(h2n, x)
      feedforward(o1n, c(h1, h2))
    })
    losses[epoch] <- mse_loss(all_y_trues, y_preds)
  }
  list(w1 = h1n$w[1], w2 = h1n$w[2], w3 = h2n$w[1], w4 = h2n$w[2],
       w5 = o1n$w[1], w6 = o1n$w[2], b1 = h1n$b, b2 = h2n$b, b3 = o1n$b, loss = losses)
}
