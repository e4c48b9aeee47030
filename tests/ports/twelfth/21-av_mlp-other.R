# av_mlp with a while loop over the epochs, its counter moved at the end of the body: the
# losses go into a vector preallocated with numeric(epochs), the biases are added to every
# row with sweep(Z, 2, b, "+"), and the sigmoid and its slope are small helpers defined
# inside train().
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  sigmoid <- function(z) 1 / (1 + exp(-z))
  sigmoid_grad <- function(a) a * (1 - a)
  losses <- numeric(epochs)
  epoch <- 0
  while (epoch < epochs) {
    net_h <- sweep(X %*% wh, 2, bh, "+")
    act_h <- sigmoid_grad(net_h)
    net_o <- sweep(act_h %*% wout, 2, bout, "+")
    act_o <- sigmoid(net_o)
    err <- y - act_o
    losses[epoch + 1] <- 0.5 * mean(err^2)
    d_o <- err * sigmoid_grad(act_o)
    d_h <- tcrossprod(d_o, wout) * sigmoid_grad(act_h)
    wout <- wout + lr * crossprod(act_h, d_o)
    bout <- bout + lr * colSums(d_o)
    wh <- wh + lr * crossprod(X, d_h)
    bh <- bh + lr * colSums(d_h)
    epoch <- epoch + 1
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = losses)
}

predict <- function(X, wh, bh, wout, bout) {
  sigmoid <- function(z) 1 / (1 + exp(-z))
  act_h <- sigmoid(sweep(X %*% wh, 2, bh, "+"))
  sigmoid(sweep(act_h %*% wout, 2, bout, "+"))
}
