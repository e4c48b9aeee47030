# zhou_sgd in R with the nine parameters in one named numeric vector theta: gradient()
# opens theta as variables with with(), returns the sample's gradient neuron by neuron
# (the output neuron first), and theta takes the whole step at once, the gradient put in
# theta's order by name. Per-sample SGD in data order; an epoch's loss is the mean squared
# error over the data after its updates.
sig <- function(s) 1 / (1 + exp(-s))

gradient <- function(theta, x, target) {
  with(as.list(theta), {
    h1 <- sig(w1 * x[1] + w2 * x[2] + b1)
    h2 <- sig(w3 * x[1] + w4 * x[2] + b2)
    o <- sig(w5 * h1 + w6 * h2 + b3)
    dL <- 2 * (target - o) * o * (1 - o)
    d1 <- dL * w5 * h1 * (1 - h1)
    d2 <- dL * w6 * h2 * (1 - h2)
    c(w5 = dL * h1, w6 = dL * h2, b3 = dL,
      w1 = d1 * x[1], w2 = d1 * x[2], b1 = d1,
      w3 = d2 * x[1], w4 = d2 * x[2], b2 = d2)
  })
}

predict_one <- function(theta, x) {
  with(as.list(theta), sig(w5 * sig(w1 * x[1] + w2 * x[2] + b1) +
                             w6 * sig(w3 * x[1] + w4 * x[2] + b2) + b3))
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  theta <- c(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  loss <- double(epochs)
  for (epoch in seq_len(epochs)) {
    for (i in seq_len(nrow(data))) {
      g <- gradient(theta, data[i, ], all_y_trues[i])
      theta <- theta - learn_rate * g[names(theta)]
    }
    preds <- apply(data, 1, function(x) predict_one(theta, x))
    loss[epoch] <- mean((all_y_trues - preds)^2)
  }
  c(as.list(theta), list(loss = loss))
}
