# zhou_sgd in R with the nine parameters kept as train()'s own arguments, moved with <<- by
# a per-sample closure, and the epochs run by vapply(), each returning its loss: per-sample
# SGD in data order, the loss the mean squared error on the whole data after the epoch.
train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs) {
  s <- function(v) 1 / (1 + exp(-v))
  visit <- function(x1, x2, yt) {
    h1 <- s(w1 * x1 + w2 * x2 + b1)
    h2 <- s(w3 * x1 + w4 * x2 + b2)
    o <- s(w5 * h1 + w6 * h2 + b3)
    d_o <- -2 * (yt - o) * o * (1 - o)
    d_1 <- d_o * w5 * h1 * (1 - h1)
    d_2 <- d_o * w6 * h2 * (1 - h2)
    w1 <<- w1 - learn_rate * d_1 * x1
    w2 <<- w2 - learn_rate * d_1 * x2
    b1 <<- b1 - learn_rate * d_1
    w3 <<- w3 - learn_rate * d_2 * x1
    w4 <<- w4 - learn_rate * d_2 * x2
    b2 <<- b2 - learn_rate * d_2
    w5 <- w5 - learn_rate * d_o * h1
    w6 <<- w6 - learn_rate * d_o * h2
    b3 <<- b3 - learn_rate * d_o
  }
  predict_all <- function() {
    h1 <- s(w1 * data[, 1] + w2 * data[, 2] + b1)
    h2 <- s(w3 * data[, 1] + w4 * data[, 2] + b2)
    s(w5 * h1 + w6 * h2 + b3)
  }
  losses <- vapply(seq_len(epochs), function(ep) {
    for (i in seq_len(nrow(data))) visit(data[i, 1], data[i, 2], all_y_trues[i])
    mean((all_y_trues - predict_all())^2)
  }, numeric(1))
  list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2, b3 = b3,
       loss = losses)
}
