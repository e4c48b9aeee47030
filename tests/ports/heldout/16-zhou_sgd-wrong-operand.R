# zhou_sgd in R with the nine parameters in one named list p, updated sample by sample in
# data order; the gradients of a sample are all taken from its parameters before the update.
train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  p <- list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  forward <- function(p, x) {
    h1 <- sigmoid(p$w1 * x[1] + p$w2 * x[2] + p$b1)
    h2 <- sigmoid(p$w3 * x[1] + p$w4 * x[2] + p$b2)
    o1 <- sigmoid(p$w5 * h1 + p$w6 * h2 + p$b3)
    c(h1 = h1, h2 = h2, o1 = o1)
  }
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      x <- data[i, ]
      f <- forward(p, x)
      h1 <- f[["h1"]]
      h2 <- f[["h2"]]
      o1 <- f[["o1"]]
      d_o1 <- -2 * (all_y_trues[i] - o1) * o1 * (1 - o1)
      d_h1 <- d_o1 * p$w5 * h1 * (1 - h1)
      d_h2 <- d_o1 * p$w6 * h2 * (1 - h2)
      p$w1 <- p$w1 - learn_rate * d_h1 * x[1]
      p$w2 <- p$w2 - learn_rate * d_h1 * x[2]
      p$b1 <- p$b1 - learn_rate * d_h1
      p$w3 <- p$w3 - learn_rate * d_h2 * x[1]
      p$w4 <- p$w4 - learn_rate * d_h1 * x[2]
      p$b2 <- p$b2 - learn_rate * d_h2
      p$w5 <- p$w5 - learn_rate * d_o1 * h1
      p$w6 <- p$w6 - learn_rate * d_o1 * h2
      p$b3 <- p$b3 - learn_rate * d_o1
    }
    y_preds <- apply(data, 1, function(x) forward(p, x)[["o1"]])
    loss[epoch] <- mean((all_y_trues - y_preds)^2)
  }
  c(p, list(loss = loss))
}
