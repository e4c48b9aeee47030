# av_mlp as a list of layers, each a list with its weights W and its bias row b, made by
# dense(): the forward pass runs for (l in seq_along(layers)) and keeps every layer's
# activations in the list acts (acts[[1]] is X, acts[[l + 1]] the output of layer l); the
# backward pass runs for (l in rev(seq_along(layers))), moves each layer and hands the error
# on to the layer below through the layer's weights as they were before the move.
sigmoid <- function(z) 1 / (1 + exp(-z))

dense <- function(W, b) list(W = W, b = b)

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  layers <- list(dense(wh, bh), dense(wout, bout))
  ones <- rep(1, nrow(X))
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    acts <- list(X)
    for (l in seq_along(layers)) {
      Z <- acts[[l]] %*% layers[[l]]$W + ones %*% layers[[l]]$b
      acts[[l + 1]] <- sigmoid(Z)
    }
    err <- y - acts[[length(acts)]]
    loss[epoch] <- mean(err^2) / 2
    grad <- err
    for (l in rev(seq_along(layers))) {
      layer <- layers[[l]]
      a <- acts[[l]]
      delta <- grad * a * (1 - a)
      layers[[l]]$W <- layer$W + lr * crossprod(acts[[l]], delta)
      layers[[l]]$b <- layer$b + lr * colSums(delta)
      grad <- tcrossprod(delta, layer$W)
    }
  }
  list(wh = layers[[1]]$W, bh = layers[[1]]$b, wout = layers[[2]]$W,
       bout = layers[[2]]$b, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  a <- X
  for (layer in list(dense(wh, bh), dense(wout, bout))) {
    a <- sigmoid(a %*% layer$W + rep(1, nrow(X)) %*% layer$b)
  }
  a
}
