# zhou_sgd ported from the beginners' article's OurNeuralNetwork class as an R6 class: the
# nine parameters are its public fields, set by new() from the given values instead of drawn
# with np.random.normal(), and its methods feedforward() and train() are the article's, each
# field moved as self$w1 <- self$w1 - ... where the article has self.w1 -= .... Per-sample
# SGD in data order, every partial derivative of a sample taken before any parameter moves,
# the output neuron's parameters moved first; the loss is the mean squared error on the
# whole data set after every epoch.
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
  mean((y_true - y_pred)^2)
}

OurNeuralNetwork <- R6::R6Class("OurNeuralNetwork",
  public = list(
    w1 = NULL, w2 = NULL, w3 = NULL, w4 = NULL, w5 = NULL, w6 = NULL,
    b1 = NULL, b2 = NULL, b3 = NULL,

    initialize = function(w1, w2, w3, w4, w5, w6, b1, b2, b3) {
      # Weights
      self$w1 <- w1; self$w2 <- w2; self$w3 <- w3
      self$w4 <- w4; self$w5 <- w5; self$w6 <- w6
      # Biases
      self$b1 <- b1; self$b2 <- b2; self$b3 <- b3
    },

    feedforward = function(x) {
      # x is a vector with 2 elements.
      h1 <- sigmoid(self$w1 * x[1] + self$w2 * x[2] + self$b1)
      h2 <- sigmoid(self$w3 * x[1] + self$w4 * x[2] + self$b2)
      o1 <- sigmoid(self$w5 * h1 + self$w6 * h2 + self$b3)
      o1
    },

    train = function(data, all_y_trues, learn_rate, epochs) {
      losses <- numeric(epochs)
      for (epoch in seq_len(epochs)) {
        for (i in seq_len(nrow(data))) {
          x <- data[i, ]
          y_true <- all_y_trues[i]
          # --- Do a feedforward (we'll need these values later)
          sum_h1 <- self$w1 * x[1] + self$w2 * x[2] + self$b1
          h1 <- sigmoid(sum_h1)

          sum_h2 <- self$w3 * x[1] + self$w4 * x[2] + self$b2
          h2 <- sigmoid(sum_h2)

          sum_o1 <- self$w5 * h1 + self$w6 * h2 + self$b3
          o1 <- sigmoid(sum_o1)
          y_pred <- o1

          # --- Calculate partial derivatives.
          d_L_d_ypred <- -(y_true - y_pred)

          # Neuron o1
          d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
          d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
          d_ypred_d_b3 <- deriv_sigmoid(sum_o1)

          d_ypred_d_h1 <- self$w5 * deriv_sigmoid(sum_o1)
          d_ypred_d_h2 <- self$w6 * deriv_sigmoid(sum_o1)

          # Neuron h1
          d_h1_d_w1 <- x[1] * deriv_sigmoid(sum_h1)
          d_h1_d_w2 <- x[2] * deriv_sigmoid(sum_h1)
          d_h1_d_b1 <- deriv_sigmoid(sum_h1)

          # Neuron h2
          d_h2_d_w3 <- x[1] * deriv_sigmoid(sum_h2)
          d_h2_d_w4 <- x[2] * deriv_sigmoid(sum_h2)
          d_h2_d_b2 <- deriv_sigmoid(sum_h2)

          # --- Update weights and biases
          # Neuron o1
          self$w5 <- self$w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
          self$w6 <- self$w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
          self$b3 <- self$b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3

          # Neuron h1
          self$w1 <- self$w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
          self$w2 <- self$w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
          self$b1 <- self$b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1

          # Neuron h2
          self$w3 <- self$w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
          self$w4 <- self$w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
          self$b2 <- self$b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
        }
        # --- Calculate total loss at the end of each epoch
        y_preds <- apply(data, 1, self$feedforward)
        losses[epoch] <- mse_loss(all_y_trues, y_preds)
      }
      losses
    }
  )
)

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  network <- OurNeuralNetwork$new(w1, w2, w3, w4, w5, w6, b1, b2, b3)
  loss <- network$train(data, all_y_trues, learn_rate, epochs)
  list(w1 = network$w1, w2 = network$w2, w3 = network$w3, w4 = network$w4,
       w5 = network$w5, w6 = network$w6, b1 = network$b1, b2 = network$b2,
       b3 = network$b3, loss = loss)
}
