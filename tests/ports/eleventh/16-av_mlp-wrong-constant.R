# av_mlp with the biases folded into the weights: a column of ones is bound to each layer's
# input with cbind(1, .), and each weight matrix carries its bias as an extra first row
# (rbind(bias, weights)); crossprod() and tcrossprod() for every product with a transpose.
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  X1 <- cbind(-1, X)
  W1 <- rbind(bh, wh)
  W2 <- rbind(bout, wout)
  loss <- numeric(epochs)
  for (e in seq_len(epochs)) {
    H <- sigmoid(X1 %*% W1)
    H1 <- cbind(1, H)
    out <- sigmoid(H1 %*% W2)
    E <- y - out
    loss[e] <- mean(E^2) / 2
    d_out <- E * out * (1 - out)
    d_hid <- tcrossprod(d_out, W2[-1, , drop = FALSE]) * H * (1 - H)
    W2 <- W2 + lr * crossprod(H1, d_out)
    W1 <- W1 + lr * crossprod(X1, d_hid)
  }
  list(wh = W1[-1, , drop = FALSE], bh = W1[1, , drop = FALSE],
       wout = W2[-1, , drop = FALSE], bout = W2[1, , drop = FALSE], loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  H <- sigmoid(cbind(1, X) %*% rbind(bh, wh))
  sigmoid(cbind(1, H) %*% rbind(bout, wout))
}
