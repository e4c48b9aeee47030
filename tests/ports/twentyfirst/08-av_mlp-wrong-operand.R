# av_mlp: the 2017 article's network as an R6 class, the way its numpy code reads as a class:
# NeuralNetwork keeps the four parameters and the learning rate as public fields (set by
# new() from the given values), feedforward() runs the article's forward lines and keeps the
# hidden activations and the output on the object, and backprop() runs the article's
# backward lines and moves the fields, self$wout <- self$wout + ..., where the numpy code
# has +=, returning the epoch's loss (half the mean squared error, before the move). The
# biases stay 1 x h and 1 x 1, laid over the samples with rep(each = n) and moved by
# colSums(). train() makes the object and calls the two methods once per epoch.
sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid <- function(x) {
  x * (1 - x)
}

NeuralNetwork <- R6::R6Class("NeuralNetwork",
  public = list(
    wh = NULL, bh = NULL, wout = NULL, bout = NULL, lr = NULL,
    hidden_layer_activations = NULL, output = NULL,

    initialize = function(wh, bh, wout, bout, lr) {
      self$wh <- wh
      self$bh <- bh
      self$wout <- wout
      self$bout <- bout
      self$lr <- lr
    },

    feedforward = function(X) {
      hidden_layer_input1 <- X %*% self$wh
      hidden_layer_input <- hidden_layer_input1 + rep(self$bh, each = nrow(X))
      self$hidden_layer_activations <- sigmoid(hidden_layer_input)
      output_layer_input1 <- self$hidden_layer_activations %*% self$wout
      output_layer_input <- output_layer_input1 + rep(self$bout, each = nrow(X))
      self$output <- sigmoid(output_layer_input)
      invisible(self$output)
    },

    backprop = function(X, y) {
      E <- y - self$output
      slope_output_layer <- derivatives_sigmoid(self$output)
      slope_hidden_layer <- derivatives_sigmoid(self$hidden_layer_activations)
      d_output <- E * slope_output_layer
      Error_at_hidden_layer <- d_output %*% t(self$wout)
      d_hiddenlayer <- Error_at_hidden_layer * slope_hidden_layer
      self$wout <- self$wout + (t(self$hidden_layer_activations) %*% d_output) * self$lr
      self$bout <- self$bout + colSums(d_output) * self$lr
      self$wh <- self$wh + (t(X) %*% d_hiddenlayer) * self$lr
      self$bh <- self$bh + colSums(d_hiddenlayer) * self$lr
      mean(E^2) / 2
    }
  )
)

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  nn <- NeuralNetwork$new(wh, bh, wout, bout, lr)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    nn$feedforward(X)
    loss[i] <- nn$backprop(X, y)
  }
  list(wh = nn$wh, bh = nn$bh, wout = nn$wout, bout = nn$bh, loss = loss)
}
