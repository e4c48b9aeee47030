# av_mlp for a porter who works with data frames: train() binds the inputs and the target
# into one frame, dat (the inputs X1..Xf, then the target y in the last column), and takes
# the design matrix and the target back out with as.matrix(dat[, -ncol(dat)]) and
# dat[, ncol(dat)], a plain vector. The output, the error and the output delta are vectors
# of n values, and so are the output weights w2 and the hidden bias b1 (the output bias b2 is
# one number): the hidden bias is added to each row by sweep(), the output delta reaches
# each sample's row by recycling down the columns, and the parameters are turned back into
# the given shapes on return. set.seed() first, out of habit.
sigmoid <- function(v) 1 / (1 + exp(-v))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  set.seed(11)
  dat <- data.frame(X, y = y[, 1])
  dat[] <- lapply(dat, round, digits = 2)
  n <- nrow(dat)
  A0 <- unname(as.matrix(dat[, -ncol(dat)]))
  target <- dat[, ncol(dat)]
  b1 <- bh[1, ]
  w2 <- wout[, 1]
  b2 <- bout[1, 1]
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    A1 <- sigmoid(sweep(A0 %*% wh, 2, b1, "+"))
    out <- sigmoid(as.vector(A1 %*% w2) + b2)
    err <- target - out
    loss[epoch] <- mean(err^2) / 2
    g_out <- err * out * (1 - out)
    g_hid <- sweep(A1 * (1 - A1), 2, w2, "*") * g_out
    w2 <- w2 + lr * colSums(A1 * g_out)
    b2 <- b2 + lr * sum(g_out)
    wh <- wh + lr * t(A0) %*% g_hid
    b1 <- b1 + lr * colSums(g_hid)
  }
  list(wh = wh, bh = matrix(b1, nrow = 1), wout = matrix(w2, ncol = 1),
       bout = matrix(b2, 1, 1), loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  A1 <- sigmoid(sweep(X %*% wh, 2, bh[1, ], "+"))
  sigmoid(A1 %*% wout + bout[1, 1])
}
