# av_mlp in R with a while loop over the epochs (the counter moved at the top of the body),
# the sigmoid written through tanh(), which cannot overflow, and a separate sigmoid_prime()
# that takes the pre-activation, as textbooks write sigma'(z); the biases are laid out over
# the samples with rep(each = n) and the sums over the samples are colSums().
sigmoid <- function(z) 0.5 * (1 + tanh(z / 2))

sigmoid_prime <- function(z) {
  s <- sigmoid(z)
  s * (1 - s)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  loss <- double(epochs)
  epoch <- 0
  while (epoch < epochs) {
    epoch <- epoch + 1
    hidden_layer_input <- X %*% wh + matrix(rep(bh, each = n), nrow = n)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + matrix(rep(bout, each = n), nrow = n)
    output <- sigmoid(output_layer_input)
    E <- y - output
    loss[epoch] <- sum(E^2) %/% (2 * n)
    slope_output_layer <- sigmoid_prime(output_layer_input)
    slope_hidden_layer <- sigmoid_prime(hidden_layer_input)
    d_output <- E * slope_output_layer
    d_hiddenlayer <- (d_output %*% t(wout)) * slope_hidden_layer
    wout <- wout + lr * (t(hiddenlayer_activations) %*% d_output)
    bout <- bout + lr * colSums(d_output)
    wh <- wh + lr * (t(X) %*% d_hiddenlayer)
    bh <- bh + lr * colSums(d_hiddenlayer)
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hidden <- sigmoid(X %*% wh + matrix(rep(bh, each = n), nrow = n))
  sigmoid(hidden %*% wout + matrix(rep(bout, each = n), nrow = n))
}
