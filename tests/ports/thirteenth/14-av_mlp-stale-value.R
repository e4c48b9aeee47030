# av_mlp with the network kept in one named list, net, each epoch's body run inside
# within(net, { ... }): the list's elements are the block's variables, so the forward pass,
# the deltas and the moved parameters are plain assignments, and within() hands back the
# list with every new value in it. The biases are laid over the samples with a column of
# ones (ones %*% bh), the error sent back to the hidden layer is taken before the output
# layer moves, and the sums over the samples are colSums().
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- list(wh = wh, bh = bh, wout = wout, bout = bout, loss = numeric(epochs))
  ones <- matrix(1, nrow(X), 1)
  for (k in seq_len(epochs)) {
    net <- within(net, {
      hidden <- sigmoid(X %*% wh + ones %*% bh)
      output <- sigmoid(hidden %*% wout + ones %*% bout)
      error <- y - output
      loss[k] <- mean(error^2) / 2
      delta_out <- error * output * (1 - output)
      back <- tcrossprod(delta_out, wout)
      wout <- wout + lr * crossprod(hidden, delta_out)
      bout <- bout + lr * colSums(delta_out)
      delta_hid <- tcrossprod(delta_out, wout) * hidden * (1 - hidden)
      wh <- wh + lr * crossprod(X, delta_hid)
      bh <- bh + lr * colSums(delta_hid)
    })
  }
  net[c("wh", "bh", "wout", "bout", "loss")]
}

predict <- function(X, wh, bh, wout, bout) {
  ones <- matrix(1, nrow(X), 1)
  hidden <- sigmoid(X %*% wh + ones %*% bh)
  sigmoid(hidden %*% wout + ones %*% bout)
}
