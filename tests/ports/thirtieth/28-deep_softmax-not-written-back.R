# deep_softmax: two tanh hidden layers and a softmax output, by a porter who works in log
# space: each row's log-sum-exp, lse = m + log(rowSums(exp(Z - m))) with m the row's maximum,
# gives the log-probabilities Z - lse, P = exp(Z - lse), and the loss
# -sum(Y * (Z - lse)) / n. The output delta is the summed P - Y; each gradient is divided
# by n where it is taken, and every parameter moves through one helper,
# descend(P, G) = P - lr * G. Each bias row is laid over the samples with
# matrix(b, n, length(b), byrow = TRUE).

bias_rows <- function(b, n) {
  matrix(b, n, length(b), byrow = TRUE)
}

log_sum_exp <- function(Z) {
  m <- apply(Z, 1, max)
  m + log(rowSums(exp(Z - m)))
}

train <- function(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs) {
  n <- nrow(X)
  descend <- function(P, G) P - lr * G
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward pass
    A1 <- tanh(X %*% W1 + bias_rows(b1, n))
    A2 <- tanh(A1 %*% W2 + bias_rows(b2, n))
    Z3 <- A2 %*% W3 + bias_rows(b3, n)
    lse <- log_sum_exp(Z3)
    P <- exp(Z3 - lse)
    loss[i] <- -sum(Y * (Z3 - lse)) / n
    # backward pass
    dZ3 <- P - Y
    dZ2 <- (dZ3 %*% t(W3)) * (1 - A2^2)
    dZ1 <- (dZ2 %*% t(W2)) * (1 - A1^2)
    # gradient descent, every gradient a mean over the samples
    W3 <- descend(W3, crossprod(A2, dZ3) / n)
    b3 <- descend(b3, colSums(dZ3) / n)
    W2 <- descend(W2, crossprod(A1, dZ2) / n)
    b2 <- descend(b2, colSums(dZ2) / n)
    W1 <- descend(W1, crossprod(X, dZ1) / n)
    descend(b1, colSums(dZ1) / n)
  }
  list(W1 = W1, b1 = b1, W2 = W2, b2 = b2, W3 = W3, b3 = b3, loss = loss)
}

predict <- function(X, W1, b1, W2, b2, W3, b3) {
  n <- nrow(X)
  A2 <- tanh(tanh(X %*% W1 + bias_rows(b1, n)) %*% W2 + bias_rows(b2, n))
  Z3 <- A2 %*% W3 + bias_rows(b3, n)
  exp(Z3 - log_sum_exp(Z3))
}
