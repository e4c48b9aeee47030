# av_mlp as an S4 class: the parameters are the slots of an "AvNet" object, made with new()
# and read and written with @. forward() and learn() take the object; learn() returns the
# moved object (R copies it, so train() keeps what it returns) with the epoch's loss in its
# slot last_loss. The class is defined in the global environment, where S4 looks classes up
# even when this file is sourced into an environment of its own.
setClass("AvNet", representation(wh = "matrix", bh = "matrix", wout = "matrix",
                                 bout = "matrix", last_loss = "numeric"), where = globalenv())

sigmoid <- function(z) 1 / (1 + exp(-z))

forward <- function(net, X) {
  ones <- matrix(1, nrow(X), 1)
  z <- X %*% net@wh + ones %*% net@bh
  hidden <- sigmoid(z)
  list(z = z, hidden = hidden, out = sigmoid(hidden %*% net@wout + ones %*% net@bout))
}

learn <- function(net, X, y, lr) {
  f <- forward(net, X)
  err <- y - f$out
  delta_out <- err * f$out * (1 - f$out)
  delta_hid <- (delta_out %*% t(net@wout)) * f$hidden * (1 - f$hidden)
  net@wout <- net@wout + lr * crossprod(f$hidden, delta_out)
  net@bout <- net@bout + lr * sum(delta_out)
  net@wh <- net@wh + lr * crossprod(X, delta_hid)
  net@bh <- net@bh + lr * colSums(delta_hid)
  net@last_loss <- mean(err^2) / 2
  net
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- new("AvNet", wh = wh, bh = bh, wout = wout, bout = bout, last_loss = numeric(0))
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    learn(net, X, y, lr)
    loss[i] <- net@last_loss
  }
  list(wh = net@wh, bh = net@bh, wout = net@wout, bout = net@bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  forward(new("AvNet", wh = wh, bh = bh, wout = wout, bout = bout), X)$out
}
