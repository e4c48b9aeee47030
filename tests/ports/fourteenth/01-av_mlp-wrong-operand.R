# av_mlp ported into R from the 2017 article's numpy code, statement by statement, by a
# porter who writes numpy's broadcasting with R's sweep() and apply(): the numpy names
# (hidden_layer_input1, hiddenlayer_activations, output_layer_input1, ...), np.dot as %*%,
# .T as t(), the biases added to every row with sweep(, 2, , "+"), and
# np.sum(axis=0, keepdims=True) as the column sums apply(, 2, sum) put back into a 1 x k row
# with matrix(nrow = 1). The += updates become plain assignments.

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
  loss <- rep(0, epoch)
  for (i in seq_len(epoch)) {
    #Forward Propogation
    hidden_layer_input1 <- X %*% wh
    hidden_layer_input <- sweep(hidden_layer_input1, 2, c(bh), "+")
    hiddenlayer_activations <- sigmoid(hidden_layer_input1)
    output_layer_input1 <- hiddenlayer_activations %*% wout
    output_layer_input <- sweep(output_layer_input1, 2, c(bout), "+")
    output <- sigmoid(output_layer_input)
    #Backpropagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- d_output %*% t(wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + t(hiddenlayer_activations) %*% d_output * lr
    bout <- bout + matrix(apply(d_output, 2, sum), nrow = 1) * lr
    wh <- wh + t(X) %*% d_hiddenlayer * lr
    bh <- bh + matrix(apply(d_hiddenlayer, 2, sum), nrow = 1) * lr
    loss[i] <- mean(E^2) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  hiddenlayer_activations <- sigmoid(sweep(X %*% wh, 2, c(bh), "+"))
  sigmoid(sweep(hiddenlayer_activations %*% wout, 2, c(bout), "+"))
}
