# av_mlp in R with the output layer kept as plain vectors: the output weights a vector v,
# the output bias a number, the output a vector of n. A bias is put on every row with the
# outer product ones %o% c1; the epochs are a repeat {} loop left with break. One sigmoid
# hidden layer with biases, full-batch gradient descent, rows of X are samples.
squash <- function(a) 1 / (1 + exp(-a))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  ones <- rep(1, nrow(X))
  target <- drop(y)
  W1 <- wh
  c1 <- drop(bh)
  v <- drop(wout)
  c2 <- drop(bout)
  loss <- numeric(epochs)
  k <- 0
  repeat {
    if (k == epochs) break
    k <- k + 1
    hid <- squash(X %*% W1 + ones %o% c1)                  # n x h
    out <- drop(squash(hid %*% v + c2))                     # n
    resid <- target - out
    g_out <- resid * out * (1 - out)
    g_hid <- (g_out %o% v) * hid * (1 - hid)                # n x h
    v <- v + lr * drop(crossprod(hid, g_out))
    c2 <- c2 - lr * sum(g_out)
    W1 <- W1 + lr * crossprod(X, g_hid)
    c1 <- c1 + lr * colSums(g_hid)
    loss[k] <- sum(resid^2) / (2 * length(resid))
  }
  list(wh = W1, bh = matrix(c1, nrow = 1), wout = matrix(v, ncol = 1),
       bout = matrix(c2, 1, 1), loss = loss)
}
