# The 2017 article's network: one sigmoid hidden layer, biases, full-batch gradient descent.
#
# "Understanding and coding Neural Networks From Scratch in Python and R" (2017). Names and
# shapes are the article's: X (n x f), y (n x 1), wh (f x h), bh (1 x h), wout (h x 1),
# bout (1 x 1). Rows are samples. Read beside python/nnparity/networks/av_mlp.py.
#
# Unlike the article's R code, bh and bout stay 1 x h and 1 x 1, are added to every row
# (rep(each = n) lays them down the columns of the column-major n x h result), and are
# updated with colSums(): the sum over samples, as in the numpy code. crossprod(A, B) is
# t(A) %*% B and tcrossprod(A, B) is A %*% t(B), the same sums in the same order without
# copying the transpose (the article's t() costs more than its matrix products).

#' Return the sigmoid's slope given its *output* x: x * (1 - x)
#' @param x A numeric array of sigmoid outputs.
#' @return An array shaped like `x`.
#' @export
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

#' Return the forward pass's quantities for X (n x f), under the article's names
#' @param X Inputs, n x f.
#' @param wh,bh,wout,bout Parameters: f x h, 1 x h, h x 1, 1 x 1.
#' @return A named list: hidden_layer_input, hiddenlayer_activations, output_layer_input,
#'   output.
#' @export
av_mlp_forward <- function(X, wh, bh, wout, bout) {
  hidden_layer_input <- X %*% wh + rep(bh, each = nrow(X))    # (n x h), bh added to each row
  hiddenlayer_activations <- sigmoid(hidden_layer_input)
  output_layer_input <- hiddenlayer_activations %*% wout + rep(bout, each = nrow(X))
  output <- sigmoid(output_layer_input)                       # (n x 1)
  list(
    hidden_layer_input = hidden_layer_input,
    hiddenlayer_activations = hiddenlayer_activations,
    output_layer_input = output_layer_input,
    output = output
  )
}

#' Return one epoch's intermediates and the updated parameters
#' @inheritParams av_mlp_forward
#' @param y Targets, n x 1.
#' @param lr Learning rate.
#' @return A named list: the forward quantities, E ... d_hiddenlayer, loss, and the updated
#'   wh, bh, wout, bout.
#' @export
av_mlp_step <- function(X, y, wh, bh, wout, bout, lr) {
  f <- av_mlp_forward(X, wh, bh, wout, bout)
  hiddenlayer_activations <- f$hiddenlayer_activations; output <- f$output
  E <- y - output                                             # the article's error, (n x 1)
  slope_output_layer <- derivatives_sigmoid(output)
  slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
  d_output <- E * slope_output_layer
  Error_at_hidden_layer <- tcrossprod(d_output, wout)         # d_output %*% t(wout), (n x h)
  d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
  wout <- wout + crossprod(hiddenlayer_activations, d_output) * lr  # t(h_a) %*% d_output
  bout <- bout + colSums(d_output) * lr                       # sum over samples
  wh <- wh + crossprod(X, d_hiddenlayer) * lr                 # t(X) %*% d_hiddenlayer
  bh <- bh + colSums(d_hiddenlayer) * lr                      # sum over samples
  c(f, list(
    E = E, slope_output_layer = slope_output_layer,
    slope_hidden_layer = slope_hidden_layer, d_output = d_output,
    Error_at_hidden_layer = Error_at_hidden_layer, d_hiddenlayer = d_hiddenlayer,
    loss = sum(E^2) / length(E) / 2,                          # the article's ((Y - t)^2) / 2, mean
    wh = wh, bh = bh, wout = wout, bout = bout
  ))
}

#' Return the parameters after `epochs` full-batch epochs, and each epoch's loss
#'
#' The loss of an epoch is measured on its forward pass, before its update.
#' @inheritParams av_mlp_step
#' @param epochs Number of epochs, 0 or more.
#' @return A named list: wh, bh, wout, bout (shaped as given) and loss (length `epochs`).
#' @export
av_mlp_train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  # The article's loop, statement for statement, with the biases added to every row and
  # summed over samples. av_mlp_step() is its body with the intermediates kept; it is inline
  # here because a call and a list per epoch cost a third of an epoch on the article's data.
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    # forward propagation
    hidden_layer_input <- X %*% wh + rep(bh, each = nrow(X))
    hiddenlayer_activations <- sigmoid(hidden_layer_input)
    output_layer_input <- hiddenlayer_activations %*% wout + rep(bout, each = nrow(X))
    output <- sigmoid(output_layer_input)
    # Back Propagation
    E <- y - output
    slope_output_layer <- derivatives_sigmoid(output)
    slope_hidden_layer <- derivatives_sigmoid(hiddenlayer_activations)
    d_output <- E * slope_output_layer
    Error_at_hidden_layer <- tcrossprod(d_output, wout)
    d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
    wout <- wout + crossprod(hiddenlayer_activations, d_output) * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + crossprod(X, d_hiddenlayer) * lr
    bh <- bh + colSums(d_hiddenlayer) * lr
    loss[i] <- sum(E^2) / length(E) / 2
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

#' Return the network's output (n x 1) for X (n x f)
#' @inheritParams av_mlp_forward
#' @return An n x 1 matrix.
#' @export
av_mlp_predict <- function(X, wh, bh, wout, bout) {
  av_mlp_forward(X, wh, bh, wout, bout)$output
}
