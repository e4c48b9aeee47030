# A correct av_mlp port in R that adds the biases with sweep(): each column j of X %*% wh
# gets bh[j], as numpy broadcasts a 1 x h row. The sums over samples are colSums().
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(x) 1 / (1 + exp(-x))
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    hiddenlayer_activations <- sigmoid(sweep(X %*% wh, 2, drop(bh), "+"))
    output <- sigmoid(sweep(hiddenlayer_activations %*% wout, 2, drop(bout), "+"))
    E <- y - output
    loss[i] <- mean(E^2) / 2
    d_output <- E * output * (1 - output)
    d_hiddenlayer <- (d_output %*% t(wout)) * hiddenlayer_activations * (1 - hiddenlayer_activations)
    wout <- wout + t(hiddenlayer_activations) %*% d_output * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + t(X) %*% d_hiddenlayer * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
