# av_mlp: the 2017 article's R code as an R6 class, the way a porter who has seen the numpy
# class ports writes it in R. NeuralNetwork's public fields are the four parameters (wh, bh,
# wout, bout), the rate lr (the article's 0.1 given as initialize()'s default) and the two
# activations backprop() needs; feedforward() runs the article's forward lines on local
# names and keeps hidden_layer_activations and output in the fields, backprop() runs its
# Back Propagation lines and moves the fields with self$wout <- self$wout + ..., in the
# article's order. The biases stay 1 x h and 1 x 1: the hidden row is laid over the samples
# with matrix(..., byrow = TRUE), the one output bias is added as a number, c(bout), and they
# are moved by colSums() and sum() of the deltas, where the article has rowSums().

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

NeuralNetwork <- R6::R6Class("NeuralNetwork",
  public = list(
    wh = NULL, bh = NULL, wout = NULL, bout = NULL, lr = NULL,
    hidden_layer_activations = NULL, output = NULL,

    initialize = function(wh, bh, wout, bout, lr = 0.1) {
      self$wh <- wh
      self$bh <- bh
      self$wout <- wout
      self$bout <- bout
      self$lr <- lr
    },

    feedforward = function(X) {
      n <- nrow(X)
      hidden_layer_input1 <- X %*% self$wh
      hidden_layer_input <- hidden_layer_input1 + matrix(self$bh, n, ncol(self$wh), byrow = TRUE)
      hidden_layer_activations <- sigmoid(hidden_layer_input)
      output_layer_input1 <- hidden_layer_activations %*% self$wout
      output_layer_input <- output_layer_input1 + c(self$bout)
      output <- sigmoid(output_layer_input)
      self$hidden_layer_activations <- hidden_layer_activations
      self$output <- output
      invisible(self)
    },

    backprop = function(X, Y) {
      E <- Y - self$output
      slope_output_layer <- derivatives_sigmoid(self$output)
      slope_hidden_layer <- derivatives_sigmoid(self$hidden_layer_activations)
      d_output <- E * slope_output_layer
      Error_at_hidden_layer <- d_output %*% t(self$wh)
      d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
      self$wout <- self$wout + (t(self$hidden_layer_activations) %*% d_output) * self$lr
      self$bout <- self$bout + sum(d_output) * self$lr
      self$wh <- self$wh + (t(X) %*% d_hiddenlayer) * self$lr
      self$bh <- self$bh + colSums(d_hiddenlayer) * self$lr
      E
    }
  )
)

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  nn <- NeuralNetwork$new(wh, bh, wout, bout, lr)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    nn$feedforward(X)
    E <- nn$backprop(X, y)
    loss[i] <- mean(E^2) / 2
  }
  list(wh = nn$wh, bh = nn$bh, wout = nn$wout, bout = nn$bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  NeuralNetwork$new(wh, bh, wout, bout)$feedforward(X)$output
}
