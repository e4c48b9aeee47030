# A correct zhou_sgd port in R written the slow way: plain loops over samples and over the
# nine parameters, scalars only, no vectorised arithmetic. The parameters live in a named
# list looked up by name, each derivative is its own function call, the per-epoch loss is a
# loop over the samples, and the gradients of a sample are all taken into a list before any
# parameter changes (as the article does). It must pass, and never be stopped by nnparity's
# default time limit (tests/test_timeouts.py).
train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  deriv_sigmoid <- function(x) {
    fx <- sigmoid(x)
    fx * (1 - fx)
  }
  feedforward <- function(p, x1, x2) {
    h1 <- sigmoid(p[["w1"]] * x1 + p[["w2"]] * x2 + p[["b1"]])
    h2 <- sigmoid(p[["w3"]] * x1 + p[["w4"]] * x2 + p[["b2"]])
    sigmoid(p[["w5"]] * h1 + p[["w6"]] * h2 + p[["b3"]])
  }
  p <- list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  n <- nrow(data)
  loss <- numeric(0)
  epoch <- 0
  while (epoch < epochs) {
    epoch <- epoch + 1
    i <- 0
    while (i < n) {
      i <- i + 1
      x1 <- data[i, 1]
      x2 <- data[i, 2]
      y_true <- all_y_trues[i]
      sum_h1 <- p[["w1"]] * x1 + p[["w2"]] * x2 + p[["b1"]]
      h1 <- sigmoid(sum_h1)
      sum_h2 <- p[["w3"]] * x1 + p[["w4"]] * x2 + p[["b2"]]
      h2 <- sigmoid(sum_h2)
      sum_o1 <- p[["w5"]] * h1 + p[["w6"]] * h2 + p[["b3"]]
      y_pred <- sigmoid(sum_o1)
      d_L_d_ypred <- -2 * (y_true - y_pred)
      grad <- list()
      grad[["w5"]] <- d_L_d_ypred * h1 * deriv_sigmoid(sum_o1)
      grad[["w6"]] <- d_L_d_ypred * h2 * deriv_sigmoid(sum_o1)
      grad[["b3"]] <- d_L_d_ypred * deriv_sigmoid(sum_o1)
      d_h1 <- d_L_d_ypred * p[["w5"]] * deriv_sigmoid(sum_o1)
      d_h2 <- d_L_d_ypred * p[["w6"]] * deriv_sigmoid(sum_o1)
      grad[["w1"]] <- d_h1 * x1 * deriv_sigmoid(sum_h1)
      grad[["w2"]] <- d_h1 * x2 * deriv_sigmoid(sum_h1)
      grad[["b1"]] <- d_h1 * deriv_sigmoid(sum_h1)
      grad[["w3"]] <- d_h2 * x1 * deriv_sigmoid(sum_h2)
      grad[["w4"]] <- d_h2 * x2 * deriv_sigmoid(sum_h2)
      grad[["b2"]] <- d_h2 * deriv_sigmoid(sum_h2)
      for (name in names(grad)) {
        p[[name]] <- p[[name]] - learn_rate * grad[[name]]
      }
    }
    total <- 0
    for (j in 1:n) {
      total <- total + (all_y_trues[j] - feedforward(p, data[j, 1], data[j, 2]))^2
    }
    loss <- c(loss, total / n)                  # grown one epoch at a time
  }
  c(p, list(loss = loss))
}
