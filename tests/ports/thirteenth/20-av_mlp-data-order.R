# av_mlp ported from a PyTorch version: each layer's weights are stored as nn.Linear keeps
# them, out x in (W1 = t(wh) is h x f, W2 = t(wout) is 1 x h), the biases as plain vectors,
# and a layer is linear(), F.linear's x W^T + b written with tcrossprod() and the bias laid
# over the rows with rep(each =). A weight's gradient is crossprod(delta, input), out x in
# like the weight, and a bias's is the sum over the samples, apply(delta, 2, sum) for
# torch's .sum(0); the weights are turned back with t() when they are returned. The
# version's torch.manual_seed(123) is kept as set.seed(123), though nothing here is drawn.
sigmoid <- function(z) 1 / (1 + exp(-z))

linear <- function(A, W, b) tcrossprod(A, W) + rep(b, each = nrow(A))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  set.seed(123)
  n <- nrow(X)
  X <- X[sample(n), , drop = FALSE]
  W1 <- t(wh)
  b1 <- as.vector(bh)
  W2 <- t(wout)
  b2 <- as.vector(bout)
  history <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    H <- sigmoid(linear(X, W1, b1))
    O <- sigmoid(linear(H, W2, b2))
    E <- y - O
    history[epoch] <- sum(E * E) / (2 * n)
    dO <- E * O * (1 - O)
    dH <- (dO %*% W2) * H * (1 - H)
    W2 <- W2 + lr * crossprod(dO, H)
    b2 <- b2 + lr * apply(dO, 2, sum)
    W1 <- W1 + lr * crossprod(dH, X)
    b1 <- b1 + lr * apply(dH, 2, sum)
  }
  list(wh = t(W1), bh = matrix(b1, nrow = 1), wout = t(W2), bout = matrix(b2, 1, 1),
       loss = history)
}

predict <- function(X, wh, bh, wout, bout) {
  H <- sigmoid(linear(X, t(wh), as.vector(bh)))
  sigmoid(linear(H, t(wout), as.vector(bout)))
}
