# av_mlp in R with the network kept in an environment (list2env()), which forward() and
# learn() read and move in place, as a numpy port moves its arrays; the hidden layer is
# computed one unit at a time with vapply(), and the sigmoid clamps its input so that exp()
# cannot overflow.
sigmoid <- function(z) 1 / (1 + exp(-pmax(pmin(z, 700), -700)))

forward <- function(net, X) {
  n <- nrow(X)
  h <- ncol(net$wh)
  unit <- function(j) sigmoid(drop(X %*% net$wh[, j]) + net$bh[1, j])
  net$hid <- matrix(vapply(seq_len(h), unit, numeric(n)), nrow = n)
  net$out <- sigmoid(net$hid %*% net$wout + net$bout[1, 1])
  invisible(net)
}

learn <- function(net, X, y, lr) {
  E <- y - net$out
  d_out <- E * net$out * (1 - net$out)
  d_hid <- tcrossprod(d_out, net$wout) * net$hid * (1 - net$hid)
  net$wout <- net$wout + lr * crossprod(net$hid, d_out)
  net$bout <- net$bout + lr * colSums(d_out)
  net$wh <- net$wh + lr * crossprod(X, d_hid)
  net$bh <- net$bh + lr * colSums(d_hid)
  mean(E^2) / 2
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    forward(net, X)
    loss[e] <- learn(net, X, y, lr)
  }
  list(wh = net$wh, bh = net$bh, wout = net$wout, bout = net$bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  net <- list2env(list(wh = wh, bh = bh, wout = wout, bout = bout))
  forward(net, X)$out
}
