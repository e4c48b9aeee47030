# The 2020 article's "in detail" network: transposed data, no biases, chain-rule names.
#
# "Understanding and coding Neural Networks From Scratch in Python and R", 2020 version, the
# part "Understanding the implementation of Neural Networks from scratch in detail". Names and
# shapes are the article's: X (f x n) and y (1 x n), columns are samples;
# weights_input_hidden (f x h), weights_hidden_output (h x 1). Sigmoid in both layers, error
# (y - output)^2 / 2, plain gradient descent `w = w - lr * dE/dw` over the whole batch.
# Read beside python/nnparity/networks/av_nobias.py: np.dot(A, B) is A %*% B, A.T is t(A),
# np.multiply and * are R's element-wise *; np.dot(A.T, B) is crossprod(A, B) and
# np.dot(A, B.T) is tcrossprod(A, B), the same sums in the same order as t(A) %*% B and
# A %*% t(B) without copying the transpose (on the moons data t() took a quarter of an epoch).

#' Return the forward pass's quantities for X (f x n), under the article's names
#' @param X Inputs, f x n (columns are samples).
#' @param weights_input_hidden,weights_hidden_output Weights: f x h, h x 1.
#' @return A named list: hiddenLayer_linearTransform (h x n), hiddenLayer_activations,
#'   outputLayer_linearTransform (1 x n), output.
#' @export
av_nobias_forward <- function(X, weights_input_hidden, weights_hidden_output) {
  hiddenLayer_linearTransform <- crossprod(weights_input_hidden, X)           # Z1 (h x n)
  hiddenLayer_activations <- sigmoid(hiddenLayer_linearTransform)
  outputLayer_linearTransform <- crossprod(weights_hidden_output, hiddenLayer_activations)
  output <- sigmoid(outputLayer_linearTransform)                              # (1 x n)
  list(
    hiddenLayer_linearTransform = hiddenLayer_linearTransform,
    hiddenLayer_activations = hiddenLayer_activations,
    outputLayer_linearTransform = outputLayer_linearTransform,
    output = output
  )
}

#' Return one epoch's intermediates, its loss and the updated weights
#' @inheritParams av_nobias_forward
#' @param y Targets, 1 x n.
#' @param lr Learning rate.
#' @return A named list: the forward quantities, error ... error_wrt_weights_input_hidden
#'   (the article's chain-rule names), loss, and the updated weights_input_hidden,
#'   weights_hidden_output.
#' @export
av_nobias_step <- function(X, y, weights_input_hidden, weights_hidden_output, lr) {
  f <- av_nobias_forward(X, weights_input_hidden, weights_hidden_output)
  hiddenLayer_activations <- f$hiddenLayer_activations; output <- f$output
  error <- (y - output)^2 / 2                                                 # (1 x n)

  # dE/dW_ho = h . [(dE/dY) * (dY/dZ2)]^T                                      (h x 1)
  error_wrt_output <- -(y - output)
  output_wrt_outputLayer_LinearTransform <- output * (1 - output)
  outputLayer_LinearTransform_wrt_weights_hidden_output <- hiddenLayer_activations
  error_wrt_weights_hidden_output <- tcrossprod(
    outputLayer_LinearTransform_wrt_weights_hidden_output,
    error_wrt_output * output_wrt_outputLayer_LinearTransform)

  # dE/dW_ih = X . [h(1 - h) * (W_ho . ((dY/dZ2) * (dE/dY)))]^T                 (f x h)
  outputLayer_LinearTransform_wrt_hiddenLayer_activations <- weights_hidden_output
  hiddenLayer_activations_wrt_hiddenLayer_linearTransform <-
    hiddenLayer_activations * (1 - hiddenLayer_activations)
  hiddenLayer_linearTransform_wrt_weights_input_hidden <- X
  error_wrt_weights_input_hidden <- tcrossprod(
    hiddenLayer_linearTransform_wrt_weights_input_hidden,
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform *
      (outputLayer_LinearTransform_wrt_hiddenLayer_activations %*%
         (output_wrt_outputLayer_LinearTransform * error_wrt_output)))

  weights_hidden_output <- weights_hidden_output - lr * error_wrt_weights_hidden_output
  weights_input_hidden <- weights_input_hidden - lr * error_wrt_weights_input_hidden
  c(f, list(
    error = error, error_wrt_output = error_wrt_output,
    output_wrt_outputLayer_LinearTransform = output_wrt_outputLayer_LinearTransform,
    outputLayer_LinearTransform_wrt_weights_hidden_output =
      outputLayer_LinearTransform_wrt_weights_hidden_output,
    error_wrt_weights_hidden_output = error_wrt_weights_hidden_output,
    outputLayer_LinearTransform_wrt_hiddenLayer_activations =
      outputLayer_LinearTransform_wrt_hiddenLayer_activations,
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform =
      hiddenLayer_activations_wrt_hiddenLayer_linearTransform,
    hiddenLayer_linearTransform_wrt_weights_input_hidden =
      hiddenLayer_linearTransform_wrt_weights_input_hidden,
    error_wrt_weights_input_hidden = error_wrt_weights_input_hidden,
    loss = mean(error),                                        # the article's epoch_loss
    weights_input_hidden = weights_input_hidden,
    weights_hidden_output = weights_hidden_output
  ))
}

#' Return the weights after `epochs` full-batch epochs, and each epoch's loss
#'
#' The loss of an epoch is the mean of its error on its forward pass, before its update, as
#' the article prints "Error at epoch k".
#' @inheritParams av_nobias_step
#' @param epochs Number of epochs, 0 or more.
#' @return A named list: weights_input_hidden, weights_hidden_output (shaped as given) and
#'   loss (length `epochs`).
#' @export
av_nobias_train <- function(X, y, weights_input_hidden, weights_hidden_output, lr, epochs) {
  loss <- numeric(epochs)
  for (epoch in seq_len(epochs)) {
    s <- av_nobias_step(X, y, weights_input_hidden, weights_hidden_output, lr)
    weights_input_hidden <- s$weights_input_hidden
    weights_hidden_output <- s$weights_hidden_output
    loss[epoch] <- s$loss
  }
  list(weights_input_hidden = weights_input_hidden,
       weights_hidden_output = weights_hidden_output, loss = loss)
}

#' Return the network's output (1 x n) for X (f x n)
#' @inheritParams av_nobias_forward
#' @return A 1 x n matrix.
#' @export
av_nobias_predict <- function(X, weights_input_hidden, weights_hidden_output) {
  av_nobias_forward(X, weights_input_hidden, weights_hidden_output)$output
}
