# zhou_sgd in R with the nine parameters in one named vector, a helper that returns it after
# one sample's SGD step, and a plain loop over the samples in data order. Each epoch's loss
# is the mean squared error on the whole data after its updates.
sig <- function(v) 1 / (1 + exp(-v))

dsig <- function(z) exp(-z) / (1 + exp(-z))

sgd_step <- function(p, x, tgt, eta) {
  z1 <- p[["w1"]] * x[1] + p[["w2"]] * x[2] + p[["b1"]]
  z2 <- p[["w3"]] * x[1] + p[["w4"]] * x[2] + p[["b2"]]
  a1 <- sig(z1)
  a2 <- sig(z2)
  zo <- p[["w5"]] * a1 + p[["w6"]] * a2 + p[["b3"]]
  gq <- -2 * (tgt - sig(zo)) * dsig(zo)
  g1 <- gq * p[["w5"]] * dsig(z1)
  g2 <- gq * p[["w6"]] * dsig(z2)
  grad <- c(w1 = g1 * x[1], w2 = g1 * x[2], w3 = g2 * x[1], w4 = g2 * x[2],
            w5 = gq * a1, w6 = gq * a2, b1 = g1, b2 = g2, b3 = gq)
  p - eta * grad[names(p)]
}

net_out <- function(data, p) {
  h1 <- sig(data %*% c(p[["w1"]], p[["w2"]]) + p[["b1"]])
  h2 <- sig(data %*% c(p[["w3"]], p[["w4"]]) + p[["b2"]])
  drop(sig(p[["w5"]] * h1 + p[["w6"]] * h2 + p[["b3"]]))
}

train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  p <- c(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3)
  losses <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    for (k in seq_len(nrow(data))) {
      p <- sgd_step(p, data[k, ], all_y_trues[k], learn_rate)
    }
    losses[ep] <- mean((all_y_trues - net_out(data, p))^2)
  }
  out <- as.list(p)
  out$loss <- losses
  out
}
