# av_mlp in R with the four parameters kept in one named list p: the biases are laid out
# over the samples as a column of ones times the bias row, the hidden layer is moved first
# and the output layer second, and the epoch's loss is stored at the end of the epoch from
# the error of its forward pass.
sigmoid <- function(z) 1 / (1 + exp(-z))

hidden_of <- function(X, p) {
  ones <- matrix(1, nrow(X), 1)
  sigmoid(X %*% p$wh + ones %*% p$bh)
}

output_of <- function(hid, p) {
  ones <- matrix(1, nrow(hid), 1)
  sigmoid(hid %*% p$wout + ones %*% p$bout)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  p <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (ep in seq_len(epochs)) {
    hid <- hidden_of(X, p)
    out <- output_of(hid, p)
    err <- y - out
    d_out <- err * out * (1 - out)
    d_hid <- tcrossprod(d_out, p$wout) * hid * (1 - hid)
    p$wh <- p$wh + lr * crossprod(X, d_hid)
    p$bh <- p$bh + lr * colSums(d_hid)
    p$wout <- p$wout + lr * crossprod(hid, d_out)
    p$bout <- p$bout + lr * colSums(d_out)
    loss[ep] <- norm(err, "F")^2 / 2
  }
  c(p, list(loss = loss))
}

predict <- function(X, wh, bh, wout, bout) {
  p <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  output_of(hidden_of(X, p), p)
}
