# A correct av_nobias port, except that every value is rounded to single precision (float32)
# after every operation, as a port to a float32 framework would be. R has no float32 type;
# writeBin(size = 4) rounds a double to the nearest float32.
train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  f32 <- function(x) {
    r <- readBin(writeBin(as.vector(x), raw(), size = 4), "double", n = length(x), size = 4)
    dim(r) <- dim(x)
    r
  }
  sigmoid <- function(x) f32(1 / f32(1 + f32(exp(-x))))
  X <- f32(X); y <- f32(y)
  W_ih <- f32(weights_input_hidden); W_ho <- f32(weights_hidden_output)
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    h <- sigmoid(f32(t(W_ih) %*% X))
    output <- sigmoid(f32(t(W_ho) %*% h))
    loss[epoch] <- f32(mean(f32(f32((y - output)^2) / 2)))
    delta <- f32(f32(output * f32(1 - output)) * f32(-(y - output)))
    dW_ho <- f32(h %*% t(delta))
    dW_ih <- f32(X %*% t(f32(f32(h * f32(1 - h)) * f32(W_ho %*% delta))))
    W_ho <- f32(W_ho - f32(lr * dW_ho))
    W_ih <- f32(W_ih - f32(lr * dW_ih))
  }
  list(weights_input_hidden = W_ih, weights_hidden_output = W_ho, loss = loss)
}
