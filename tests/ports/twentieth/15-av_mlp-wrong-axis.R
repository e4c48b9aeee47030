# av_mlp ported into R from the 2017 article's numpy code by a porter who keeps Python's
# counting: the epochs run over i in 0, 1, ..., epoch - 1 as range(epoch) does, written
# seq_len(epoch) - 1, and each loss is stored at loss[i + 1]. The numpy names
# (hiddenlayer_activations, output_layer_input1, ...) and the order of statements are kept;
# numpy's broadcast of a bias row is written by adding rep(b, each = n), which fills the
# n x h matrix column by column, one hidden unit at a time; np.dot with a .T is written
# crossprod() (X.T.dot(d) is crossprod(X, d)) or tcrossprod() (d.dot(w.T) is
# tcrossprod(d, w)), and np.sum(axis=0, keepdims=True) colSums(). The += updates become
# assignments.

#Sigmoid Function
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

#Derivative of Sigmoid Function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  #Variable initialization
  epoch <- epochs
  n <- nrow(X)
  loss <- numeric(epoch)
  for (i in seq_len(epoch) - 1) {
    #Forward Propogation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- hidden_layer_input1 + rep(bh, each = n)
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input1 <- hiddenlayer_activations %*% wout
    output_layer_input <- output_layer_input1 + rep(bout, each = n)
    output <- sigmoid(output_layer_input)
    #Backpropagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- tcrossprod(d_output, wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + crossprod(hiddenlayer_activations, d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + crossprod(X, d_hiddenlayer) * lr
    bh <- bh + sum(d_hiddenlayer) * lr
    loss[i + 1] <- mean(E^2) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  n <- nrow(X)
  hiddenlayer_activations <- sigmoid(X %*% wh + rep(bh, each = n))
  sigmoid(hiddenlayer_activations %*% wout + rep(bout, each = n))
}
