# av_mlp in R with sweep() wherever numpy broadcasts: the biases added to every row, and the
# output delta spread over the hidden units by the output weights; apply() for the sums over
# the samples, and crossprod() of each layer's input with its delta for the weights' steps.
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  h <- ncol(wh)
  loss <- vector("numeric", epochs)
  for (epoch in seq_len(epochs)) {
    z_hid <- sweep(X %*% wh, MARGIN = 2, STATS = bh[1, ])
    a_hid <- sigmoid(z_hid)
    z_out <- sweep(a_hid %*% wout, MARGIN = 2, STATS = bout[1, ], FUN = "+")
    a_out <- sigmoid(z_out)
    E <- y - a_out
    loss[epoch] <- mean(E^2) / 2
    d_out <- E * a_out * (1 - a_out)
    err_hid <- sweep(matrix(d_out, n, h), MARGIN = 2, STATS = wout[, 1], FUN = "*")
    d_hid <- err_hid * a_hid * (1 - a_hid)
    wout <- wout + lr * crossprod(a_hid, d_out)
    bout <- bout + lr * apply(d_out, 2, sum)
    wh <- wh + lr * crossprod(X, d_hid)
    bh <- bh + lr * apply(d_hid, 2, sum)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  a_hid <- sigmoid(sweep(X %*% wh, MARGIN = 2, STATS = bh[1, ], FUN = "+"))
  sigmoid(sweep(a_hid %*% wout, MARGIN = 2, STATS = bout[1, ], FUN = "+"))
}
