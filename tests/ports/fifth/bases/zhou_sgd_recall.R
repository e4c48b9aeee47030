# zhou_sgd in R with the nine parameters in a list: one pass over the samples is a function
# that updates the list for sample i and calls itself with Recall() for sample i + 1, and
# the network's output is do.call() of a function taking the parameters by name. Per-sample
# SGD in data order; an epoch's loss is the mean squared error after its updates.
sgd_logit <- function(v) 1 / (1 + exp(-v))

net_out <- function(x1, x2, w1, w2, w3, w4, w5, w6, b1, b2, b3) {
  sgd_logit(w5 * sgd_logit(w1 * x1 + w2 * x2 + b1) + w6 * sgd_logit(w3 * x1 + w4 * x2 + b2) + b3)
}

one_pass <- function(pr, X, tg, rate, i = 1) {
  if (i > nrow(X)) return(pr)
  x1 <- X[i, 1]
  x2 <- X[i, 2]
  z1 <- pr$w1 * x1 + pr$w2 * x2 + pr$b1
  z2 <- pr$w3 * x1 + pr$w4 * x2 + pr$b2
  a1 <- sgd_logit(z1)
  a2 <- sgd_logit(z2)
  q <- sgd_logit(pr$w5 * a1 + pr$w6 * a2 + pr$b3)
  gq <- -2 * (tg[i] - q) * q * (1 - q)
  g1 <- gq * pr$w5 * a1 * (1 - a1)
  g2 <- gq * pr$w6 * a2 * (1 - a2)
  nxt <- list(w1 = pr$w1 - rate * g1 * x1, w2 = pr$w2 - rate * g1 * x2,
              w3 = pr$w3 - rate * g2 * x1, w4 = pr$w4 - rate * g2 * x2,
              w5 = pr$w5 - rate * gq * a1, w6 = pr$w6 - rate * gq * a2,
              b1 = pr$b1 - rate * g1, b2 = pr$b2 - rate * g2, b3 = pr$b3 - rate * gq)
  Recall(nxt, X, tg, rate, i + 1)
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  pr <- list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  loss <- numeric(epochs)
  for (k in seq_len(epochs)) {
    pr <- one_pass(pr, data, all_y_trues, learn_rate)
    preds <- do.call(net_out, c(list(x1 = data[, 1], x2 = data[, 2]), pr))
    loss[k] <- mean((all_y_trues - preds)^2)
  }
  c(pr, list(loss = loss))
}
