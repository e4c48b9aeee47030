# av_mlp with the epochs folded by Reduce(): the network's state is a named list (the four
# parameters and the losses so far), epoch_step() takes a state and returns the next one,
# merged with modifyList(), and train() returns the last state.
sigmoid <- function(x) 1 / (1 + exp(-x))

epoch_step <- function(s, X, y, lr) {
  n <- nrow(X)
  H <- sigmoid(X %*% s$wh + matrix(s$bh, n, length(s$bh), byrow = TRUE))
  out <- sigmoid(H %*% s$wout + s$bout[1, 1])
  E <- y - out
  d_out <- E * out * (1 - out)
  d_hid <- (d_out %*% t(s$wout)) * H * (1 - H)
  new <- list(
    wh = s$wh + lr * t(X) %*% d_hid,
    bh = s$bh + lr * colSums(d_hid),
    wout = s$wout + lr * t(H) %*% d_out,
    bout = s$bout + lr * sum(d_out),
    loss = c(s$loss, mean(E^2) / 2)
  )
  c(s, new)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  init <- list(wh = wh, bh = bh, wout = wout, bout = bout, loss = numeric(0))
  Reduce(function(s, i) epoch_step(s, X, y, lr), seq_len(epochs), init)
}

predict <- function(X, wh, bh, wout, bout) {
  H <- sigmoid(X %*% wh + matrix(bh, nrow(X), length(bh), byrow = TRUE))
  sigmoid(H %*% wout + bout[1, 1])
}
