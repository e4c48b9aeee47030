# deep_softmax: the three layers kept in lists, W[[l]] and b[[l]] for l = 1, 2, 3, and the
# passes written as loops over the layers: the forward loop keeps each layer's activation in
# A[[l + 1]] (A[[1]] is X), tanh for the two hidden layers and the softmax for the last;
# the backward loop walks l = 3, 2, 1, each time computing the delta for the layer below
# from W[[l]] before W[[l]] moves, so every layer descends from the same (old) weights. Each
# bias is laid over the samples with rep(each = n) and moved by colSums() of a delta that
# is already a mean over the samples.

softmax <- function(Z) {
  E <- exp(Z - apply(Z, 1, max))
  E / rowSums(E)
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  W <- list(W1, W2, W3)
  b <- list(b1, b2, b3)
  L <- length(W)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # Forward pass
    A <- list(X)
    for (l in seq_len(L)) {
      Z <- A[[l]] %*% W[[l]] + rep(b[[l]], each = n)
      A[[l + 1]] <- if (l < L) tanh(Z) else softmax(Z)
    }
    P <- A[[L + 1]]
    loss[i] <- -sum(Y * log(P)) / n
    # Backward pass, the last layer first
    dZ <- (P - Y) / n
    for (l in rev(seq_len(L))) {
      dW <- t(A[[l]]) %*% dZ
      db <- colSums(dZ)
      if (l > 1) dZ <- (dZ %*% t(W[[l]])) * (1 - A[[l]]^2)
      W[[l]] <- W[[l]] - lr * dW
      b[[l]] <- b[[l]] - lr * db
    }
  }
  list(W1 = W[[1]], b1 = b[[1]], W2 = W[[2]], b2 = b[[2]], W3 = W[[3]], b3 = b[[3]],
       loss = loss)
}

predict <- function(X, W1, b1, W2, b2, W3, b3) {
  n <- nrow(X)
  A1 <- tanh(X %*% W1 + rep(b1, each = n))
  A2 <- tanh(A1 %*% W2 + rep(b2, each = n))
  softmax(A2 %*% W3 + rep(b3, each = n))
}
