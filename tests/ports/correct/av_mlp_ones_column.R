# A correct av_mlp port in R that broadcasts and sums with a column of ones: ones %*% bh
# copies the 1 x h bias to every row, and t(ones) %*% d sums d over the samples.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  ones <- matrix(1, nrow(X), 1)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    hiddenlayer_activations <- sigmoid(X %*% wh + ones %*% bh)
    output <- sigmoid(hiddenlayer_activations %*% wout + ones %*% bout)
    E <- y - output
    loss[i] <- mean(E^2) / 2
    d_output <- E * output * (1 - output)
    d_hiddenlayer <- (d_output %*% t(wout)) * hiddenlayer_activations * (1 - hiddenlayer_activations)
    wout <- wout + crossprod(hiddenlayer_activations, d_output) * lr
    bout <- bout + crossprod(ones, d_output) * lr
    wh <- wh + crossprod(X, d_hiddenlayer) * lr
    bh <- bh + crossprod(ones, d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
