# av_mlp in R as a plain for loop over the epochs: the biases are added to every row with
# sweep(), summed over the samples with colSums(), and the parameters are moved in place.
logistic <- function(t) 1 / (1 + exp(-t))

add_rows <- function(M, v) sweep(M, 2, v, "+")

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  Xm <- as.matrix(X)
  Ym <- as.matrix(y)
  W1 <- wh
  c1 <- bh
  W2 <- wout
  c2 <- bout
  history <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    hid <- logistic(add_rows(Xm %*% W1, c1))
    out <- logistic(add_rows(hid %*% W2, c2))
    err <- Ym - out
    history[ep] <- mean(err^2) / 2
    d_out <- err * out * (1 - out)
    d_hid <- (d_out %*% t(W2)) * hid * (1 - hid)
    W2 <- W2 + lr * crossprod(hid, d_out)
    c2[] <- c2 + lr * colSums(d_out)
    W1 =+ lr * crossprod(Xm, d_hid)
    c1[] <- c1 + lr * colSums(d_hid)
  }
  list(wh = W1, bh = c1, wout = W2, bout = c2, loss = history)
}
