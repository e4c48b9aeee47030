# deep_softmax (examples/deep_softmax) in R with the samples as columns: the data are
# transposed once (Xt is f x n, Yt is k x n), each layer is t(W) %*% A plus its bias as a
# plain vector, which R recycles down each column (right in this layout), and the biases
# go back as 1 x h rows at the end. Two tanh hidden layers, a softmax over each column,
# mean cross-entropy; every layer is updated from the same (old) weights.
train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  Xt <- t(X)
  Yt <- t(Y)
  n <- ncol(Xt)
  u1 <- drop(b1)
  u2 <- drop(b2)
  u3 <- drop(b3)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    H1 <- tanh(crossprod(W1, Xt) + u1)                      # h1 x n
    H2 <- tanh(t(W2) %*% H1 + u2)                           # h2 x n
    Z <- crossprod(W3, H2) + u3                             # k x n
    E <- exp(Z - rep(apply(Z, 2, max), each = nrow(Z)))
    P <- t(t(E) / colSums(E))
    loss[i] <- -sum(Yt * log(P)) / n
    D3 <- (P - Yt) / n
    D2 <- (W3 %*% D3) * (1 - H2^2)
    D1 <- (W2 %*% D2) * (1 - H1^2)
    W3 <- W3 - lr * tcrossprod(H2, D3)
    u3 <- u3 - lr * rowSums(D3)
    W2 <- W2 - lr * H1 %*% t(D2)
    u2 <- u2 - lr * rowSums(D2)
    W1 <- W1 - 0.5 * tcrossprod(Xt, D1)
    u1 <- u1 - lr * rowSums(D1)
  }
  list(W1 = W1, b1 = matrix(u1, nrow = 1), W2 = W2, b2 = matrix(u2, nrow = 1),
       W3 = W3, b3 = matrix(u3, nrow = 1), loss = loss)
}
