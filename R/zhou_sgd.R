# The beginners' article's network: 2 inputs, 2 sigmoid hidden neurons, 1 sigmoid output,
# trained by per-sample stochastic gradient descent on the mean squared error.
#
# "Machine Learning for Beginners: An Introduction to Neural Networks" (2019). Names are the
# article's: nine scalars w1..w6, b1..b3; data (n x 2), all_y_trues (n); learn_rate, epochs.
# Samples are visited one at a time, in data order, and every update of a sample uses the
# derivatives computed from that sample's parameters before any of them changed. Read beside
# python/nnparity/networks/zhou_sgd.py.
#
# The article's helpers deriv_sigmoid() and mse_loss() are zhou_sgd_deriv_sigmoid() and
# zhou_sgd_mse_loss() here, so that no other network's file can clash with them; the
# functions below bind them to the article's names locally.

#' Return the sigmoid's slope at x (a pre-activation sum): f(x) * (1 - f(x))
#'
#' The article's `deriv_sigmoid()`.
#' @param x A number or numeric array of pre-activation sums.
#' @return A value shaped like `x`.
#' @export
zhou_sgd_deriv_sigmoid <- function(x) {
  fx <- sigmoid(x)
  fx * (1 - fx)
}

#' Return the mean of (y_true - y_pred)^2 over two vectors of the same length
#'
#' The article's `mse_loss()`.
#' @param y_true,y_pred Numeric vectors of the same length.
#' @return A number.
#' @export
zhou_sgd_mse_loss <- function(y_true, y_pred) {
  mean((y_true - y_pred)^2)
}

#' Return o1, the network's output for one sample x (2 numbers)
#' @param x One sample: a numeric vector of 2, or a 1 x 2 matrix.
#' @param w1,w2,w3,w4,w5,w6,b1,b2,b3 The nine parameters, each a number.
#' @return A number.
#' @export
zhou_sgd_feedforward <- function(x, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  h1 <- sigmoid(w1 * x[1] + w2 * x[2] + b1)
  h2 <- sigmoid(w3 * x[1] + w4 * x[2] + b2)
  o1 <- sigmoid(w5 * h1 + w6 * h2 + b3)
  o1
}

#' Return one sample's intermediates and the nine parameters after its SGD update
#' @inheritParams zhou_sgd_feedforward
#' @param y_true The sample's target, a number.
#' @param learn_rate Learning rate.
#' @return A named list: sum_h1 ... d_h2_d_b2 (the article's names, each a number), then
#'   the updated w1 ... b3.
#' @export
zhou_sgd_update <- function(x, y_true, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate) {
  deriv_sigmoid <- zhou_sgd_deriv_sigmoid                 # the article's name
  # --- Do a feedforward (we'll need these values later)
  sum_h1 <- w1 * x[1] + w2 * x[2] + b1
  h1 <- sigmoid(sum_h1)
  sum_h2 <- w3 * x[1] + w4 * x[2] + b2
  h2 <- sigmoid(sum_h2)
  sum_o1 <- w5 * h1 + w6 * h2 + b3
  o1 <- sigmoid(sum_o1)
  y_pred <- o1

  # --- Calculate partial derivatives (d_L_d_w1 is "partial L / partial w1")
  d_L_d_ypred <- -2 * (y_true - y_pred)
  # Neuron o1
  d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
  d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
  d_ypred_d_b3 <- deriv_sigmoid(sum_o1)
  d_ypred_d_h1 <- w5 * deriv_sigmoid(sum_o1)              # the w5 of before this sample's update
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
  list(
    sum_h1 = sum_h1, h1 = h1, sum_h2 = sum_h2, h2 = h2, sum_o1 = sum_o1, o1 = o1,
    y_pred = y_pred, d_L_d_ypred = d_L_d_ypred,
    d_ypred_d_w5 = d_ypred_d_w5, d_ypred_d_w6 = d_ypred_d_w6,
    d_ypred_d_b3 = d_ypred_d_b3, d_ypred_d_h1 = d_ypred_d_h1,
    d_ypred_d_h2 = d_ypred_d_h2, d_h1_d_w1 = d_h1_d_w1, d_h1_d_w2 = d_h1_d_w2,
    d_h1_d_b1 = d_h1_d_b1, d_h2_d_w3 = d_h2_d_w3, d_h2_d_w4 = d_h2_d_w4,
    d_h2_d_b2 = d_h2_d_b2,
    w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6,
    b1 = b1, b2 = b2, b3 = b3
  )
}

# The names of the nine parameters and of one sample's intermediates, in the article's order.
zhou_sgd_params <- c("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")
zhou_sgd_intermediates <- c(
  "sum_h1", "h1", "sum_h2", "h2", "sum_o1", "o1", "y_pred", "d_L_d_ypred",
  "d_ypred_d_w5", "d_ypred_d_w6", "d_ypred_d_b3", "d_ypred_d_h1", "d_ypred_d_h2",
  "d_h1_d_w1", "d_h1_d_w2", "d_h1_d_b1", "d_h2_d_w3", "d_h2_d_w4", "d_h2_d_b2"
)

#' Return one epoch: every sample's SGD update in data order
#'
#' The intermediates are those of the epoch's LAST sample; `loss` is
#' `mse_loss(all_y_trues, y_preds)` on the whole data set after the epoch's updates (the
#' article's "loss at the end of each epoch"); w1 ... b3 are the parameters after the epoch.
#' @inheritParams zhou_sgd_update
#' @param data Samples, an n x 2 matrix.
#' @param all_y_trues Targets, a numeric vector of n.
#' @return A named list: sum_h1 ... d_h2_d_b2 of the last sample, loss, then w1 ... b3.
#' @export
zhou_sgd_step <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3,
                          learn_rate) {
  # The loop over the samples is the article's, its body zhou_sgd_update()'s statement for
  # statement: inline, because a call and a list per sample cost a third of the epoch.
  deriv_sigmoid <- zhou_sgd_deriv_sigmoid                 # the article's names
  mse_loss <- zhou_sgd_mse_loss
  for (i in seq_len(nrow(data))) {
    x <- data[i, , drop = FALSE]; y_true <- all_y_trues[i]
    # --- Do a feedforward (we'll need these values later)
    sum_h1 <- w1 * x[1] + w2 * x[2] + b1
    h1 <- sigmoid(sum_h1)
    sum_h2 <- w3 * x[1] + w4 * x[2] + b2
    h2 <- sigmoid(sum_h2)
    sum_o1 <- w5 * h1 + w6 * h2 + b3
    o1 <- sigmoid(sum_o1)
    y_pred <- o1

    # --- Calculate partial derivatives (d_L_d_w1 is "partial L / partial w1")
    d_L_d_ypred <- -2 * (y_true - y_pred)
    # Neuron o1
    d_ypred_d_w5 <- h1 * deriv_sigmoid(sum_o1)
    d_ypred_d_w6 <- h2 * deriv_sigmoid(sum_o1)
    d_ypred_d_b3 <- deriv_sigmoid(sum_o1)
    d_ypred_d_h1 <- w5 * deriv_sigmoid(sum_o1)            # the w5 of before this sample's update
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
  y_preds <- zhou_sgd_predict(data, w1, w2, w3, w4, w5, w6, b1, b2, b3)
  loss <- mse_loss(all_y_trues, y_preds)
  list(
    sum_h1 = sum_h1, h1 = h1, sum_h2 = sum_h2, h2 = h2, sum_o1 = sum_o1, o1 = o1,
    y_pred = y_pred, d_L_d_ypred = d_L_d_ypred,
    d_ypred_d_w5 = d_ypred_d_w5, d_ypred_d_w6 = d_ypred_d_w6,
    d_ypred_d_b3 = d_ypred_d_b3, d_ypred_d_h1 = d_ypred_d_h1,
    d_ypred_d_h2 = d_ypred_d_h2, d_h1_d_w1 = d_h1_d_w1, d_h1_d_w2 = d_h1_d_w2,
    d_h1_d_b1 = d_h1_d_b1, d_h2_d_w3 = d_h2_d_w3, d_h2_d_w4 = d_h2_d_w4,
    d_h2_d_b2 = d_h2_d_b2,
    loss = loss,
    w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6,
    b1 = b1, b2 = b2, b3 = b3
  )
}

#' Return w1 ... b3 after `epochs` epochs of per-sample SGD, and each epoch's loss
#'
#' loss[epoch] is mse_loss on the whole data set after that epoch's updates, recorded for
#' every epoch; the article prints it only when epoch \%\% 10 == 0 (counting from 0), which
#' is loss[1], loss[11], ... here.
#' @inheritParams zhou_sgd_step
#' @param epochs Number of epochs, 0 or more.
#' @return A named list: w1 ... b3 (numbers) and loss (length `epochs`).
#' @export
zhou_sgd_train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3,
                           learn_rate, epochs) {
  p <- list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    s <- do.call(zhou_sgd_step, c(list(data = data, all_y_trues = all_y_trues), p,
                                  list(learn_rate = learn_rate)))
    p <- s[zhou_sgd_params]; loss[epoch] <- s$loss
  }
  c(p, list(loss = loss))
}

#' Return y_preds (n) for data (n x 2): feedforward applied to every row
#' @inheritParams zhou_sgd_feedforward
#' @param data Samples, an n x 2 matrix.
#' @return A numeric vector of n.
#' @export
zhou_sgd_predict <- function(data, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  apply(data, 1, zhou_sgd_feedforward, w1, w2, w3, w4, w5, w6, b1, b2, b3)
}
