# av_mlp in R with sweep() for the biases, crossprod() for the gradients and apply() for
# the sums over samples: one sigmoid hidden layer with biases, full-batch gradient descent,
# rows of X are samples.
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  h <- ncol(wh)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    hidden <- sigmoid(sweep(X %*% wh, 2, bh, "+"))
    output <- sigmoid(sweep(hidden %*% wout, 2, bout, "+"))
    E <- y - output
    loss[i] <- mean(E^2) / 2
    d_output <- E * (output * (1 - output))
    err_hidden <- d_output[, rep(1, h), drop = FALSE] * rep(wout, each = n)
    d_hidden <- err_hidden * (hidden * (1 - hidden))
    wout <- wout + crossprod(hidden, d_output) * lr
    bout <- bout + apply(d_output, 2, sum) * lr
    wh <- wh + crossprod(X, d_hidden) * lr
    bh + apply(d_hidden, 2, sum) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
