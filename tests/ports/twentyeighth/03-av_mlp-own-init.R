# av_mlp: the article's R code written by a defensive porter: train() first checks the
# shapes it is given with stopifnot() and makes every input a double matrix with
# storage.mode(), then runs the article's loop with `<-`, its names and its order of
# statements. The biases stay 1 x h and 1 x 1 and are laid over the samples by indexing
# their one row n times, b[rows, , drop = FALSE] with rows <- rep(1, n); they are moved by
# colSums(). The loss, half the mean squared error, is stored last in the epoch.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  X <- as.matrix(X); y <- as.matrix(y)
  wh <- as.matrix(wh); bh <- matrix(0, nrow = 1, ncol = length(bh))
  wout <- as.matrix(wout); bout <- matrix(bout, nrow = 1)
  storage.mode(X) <- "double"
  storage.mode(y) <- "double"
  stopifnot(nrow(X) == nrow(y), ncol(X) == nrow(wh), ncol(wh) == ncol(bh),
            ncol(wh) == nrow(wout), ncol(wout) == ncol(bout))
  n <- nrow(X)
  rows <- rep(1, n)
  epoch <- epochs
  loss <- vector("numeric", epoch)
  for (i in seq_len(epoch)) {
    # forward propagation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + bh[rows, , drop = FALSE]
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hiddenlayer_activations %*% wout
    output_layer_input <- output_layer_input1 + bout[rows, , drop = FALSE]
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + (t(hiddenlayer_activations) %*% d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + (t(X) %*% d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- mean(E^2) / 2
  }
  stopifnot(length(loss) == epoch)
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  rows <- rep(1, nrow(X))
  hiddenlayer_activations <- sigmoid(X %*% wh + bh[rows, , drop = FALSE])
  sigmoid(hiddenlayer_activations %*% wout + bout[rows, , drop = FALSE])
}
