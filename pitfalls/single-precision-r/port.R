# A correct av_mlp port, except that every value is rounded to single precision (float32)
# after every operation, as a port to a float32 GPU framework or to C `float` would be.
# R has no float32 type; writeBin(size = 4) rounds a double to the nearest float32.
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  f32 <- function(x) {
    r <- readBin(writeBin(as.vector(x), raw(), size = 4), "double", n = length(x), size = 4)
    dim(r) <- dim(x)
    r
  }
  sigmoid <- function(x) f32(1 / f32(1 + f32(exp(-x))))
  n <- nrow(X)
  X <- f32(X); y <- f32(y); wh <- f32(wh); bh <- f32(bh); wout <- f32(wout); bout <- f32(bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    hiddenlayer_activations <- sigmoid(f32(f32(X %*% wh) + rep(bh, each = n)))
    output <- sigmoid(f32(f32(hiddenlayer_activations %*% wout) + rep(bout, each = n)))
    E <- f32(y - output)
    loss[i] <- f32(mean(f32(E^2)) / 2)
    d_output <- f32(E * f32(output * f32(1 - output)))
    d_hiddenlayer <- f32(f32(d_output %*% t(wout)) *
                           f32(hiddenlayer_activations * f32(1 - hiddenlayer_activations)))
    wout <- f32(wout + f32(f32(t(hiddenlayer_activations) %*% d_output) * lr))
    bout <- f32(bout + f32(colSums(d_output) * lr))
    wh <- f32(wh + f32(f32(t(X) %*% d_hiddenlayer) * lr))
    bh <- f32(bh + f32(colSums(d_hiddenlayer) * lr))
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
