# One sigmoid hidden layer, a softmax output, mean cross-entropy, full-batch gradient
# descent: X (n x f), Y (n x k, one-hot), W1 (f x h), b1 (1 x h), W2 (h x k), b2 (1 x k).
# Read beside mnist_mlp.py. crossprod(A, B) is t(A) %*% B without making t(A): X is large.

forward <- function(X, W1, b1, W2, b2) {
  n <- nrow(X)
  H <- 1 / (1 + exp(-(X %*% W1 + rep(b1, each = n))))
  Z <- H %*% W2 + rep(b2, each = n)
  E <- exp(Z - apply(Z, 1, max))                  # length n: recycled per row
  list(H = H, P = E / rowSums(E))
}

train <- function(X, Y, W1, b1, W2, b2, lr, epochs) {
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    f <- forward(X, W1, b1, W2, b2)
    H <- f$H; P <- f$P
    loss[i] <- -sum(Y * log(P)) / n
    dZ2 <- (P - Y) / n
    dZ1 <- (dZ2 %*% t(W2)) * H * (1 - H)
    W2 <- W2 - lr * crossprod(H, dZ2)
    b2 <- b2 - lr * colSums(dZ2)
    W1 <- W1 - lr * crossprod(X, dZ1)
    b1 <- b1 - lr * colSums(dZ1)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, loss = loss)
}

predict <- function(X, W1, b1, W2, b2) {
  forward(X, W1, b1, W2, b2)$P
}
