# zhou_sgd: the beginners' article's OurNeuralNetwork as an S3 object, by a porter who turns
# its class into R's: OurNeuralNetwork() builds a list of class "OurNeuralNetwork" from the
# nine parameters (the article draws them; here they are given), feedforward() is a generic
# with the article's method, and sgd_update() returns the network moved by one sample's
# step: the article's feedforward, its partial derivatives and its updates, statement for
# statement, on local copies of the nine fields. train() visits the samples in data order
# and records mse_loss() of the predictions after each epoch.
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

OurNeuralNetwork <- function(w1, w2, w3, w4, w5, w6, b1 = 0, b2 = 0, b3 = 0) {
  structure(list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6,
                 b1 = b1, b2 = b2, b3 = b3), class = "OurNeuralNetwork")
}

feedforward <- function(self, x) UseMethod("feedforward")
sgd_update <- function(self, x, y_true, learn_rate) UseMethod("sgd_update")

feedforward.OurNeuralNetwork <- function(self, x) {
  h1 <- sigmoid(self$w1 * x[1] + self$w2 * x[2] + self$b1)
  h2 <- sigmoid(self$w3 * x[1] + self$w4 * x[2] + self$b2)
  o1 <- sigmoid(self$w5 * h1 + self$w6 * h2 + self$b3)
  o1
}

sgd_update.OurNeuralNetwork <- function(self, x, y_true, learn_rate) {
  w1 <- self$w1; w2 <- self$w2; w3 <- self$w3; w4 <- self$w4; w5 <- self$w5; w6 <- self$w6
  b1 <- self$b1; b2 <- self$b2; b3 <- self$b3
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
  self$w1 <- w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
  self$w2 <- w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
  self$b1 <- b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1
  # Neuron h2
  self$w3 <- w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
  self$w4 <- w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
  self$b2 <- b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
  # Neuron o1
  self$w5 <- w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
  self$w6 <- w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
  self$b3 <- b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
  self
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  network <- OurNeuralNetwork(w1, w2, w3, w4, w5, w6, b1, b2, b3)
  losses <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      network <- sgd_update(network, data[i, ], all_y_trues[i], learn_rate)
    }
    # --- Calculate total loss at the end of each epoch
    y_preds <- apply(data, 1, function(x) feedforward(network, x))
    losses[epoch] <- mse_loss(all_y_trues, y_preds)
  }
  c(unclass(network), list(loss = losses))
}

predict <- function(data, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  network <- OurNeuralNetwork(w1, w2, w3, w4, w5, w6, b1, b2, b3)
  apply(data, 1, function(x) feedforward(network, x))
}
