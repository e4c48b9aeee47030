# av_mlp with a repeat loop that breaks once the epochs are done. The biases and the output
# weights are kept as plain vectors (drop()), the biases laid over the samples with %o%, the
# output delta spread over the hidden units with %o%, the losses grown with c().
sigmoid <- function(z) 1 / (1 + exp(-z))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  n <- nrow(X)
  ones <- rep(1, n)
  b1 <- drop(bh)
  w2 <- drop(wout)
  b2 <- drop(bout)
  loss <- numeric(0)
  epoch <- 0
  repeat {
    if (epoch >= epochs) break
    epoch <- epoch + 1
    A1 <- sigmoid(X %*% wh + ones %o% b1)
    A2 <- sigmoid(drop(A1 %*% w2) + b2)
    err <- drop(y) - A2
    loss <- c(loss, sum(err^2) / (2 * n))
    g2 <- err * A2 * (1 - A2)
    g1 <- (g2 %o% w2) * A1 * (1 - A1)
    w2 <- w2 + lr * drop(crossprod(A1, g2))
    b2 <- b2 + lr * sum(g2)
    wh <- wh + lr * crossprod(X, g1)
    b1 <- b1 + colSums(g1)
  }
  list(wh = wh, bh = matrix(b1, nrow = 1), wout = matrix(w2, ncol = 1),
       bout = matrix(b2, 1, 1), loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  A1 <- sigmoid(X %*% wh + rep(1, nrow(X)) %o% drop(bh))
  sigmoid(A1 %*% wout + drop(bout))
}
