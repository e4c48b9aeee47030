# udacity_linear ported from the article's NeuralNetwork class as an R6 class with its
# fields (input_nodes, hidden_nodes, output_nodes, the two weight matrices, lr,
# activation_function) and its methods (train, forward_pass_train, backpropagation,
# update_weights, run); initialize() takes the weights instead of drawing them. A record is
# a plain vector, features[i, ], its steps outer() products added to the pass's deltas, and
# update_weights() moves self's weights once per pass by lr * delta / n_records. A sigmoid
# hidden layer, a linear output, no biases; each pass's loss is the MSE of run() before it.
MSE <- function(y, Y) {
  mean((y - Y)^2)
}

NeuralNetwork <- R6::R6Class("NeuralNetwork",
  public = list(
    input_nodes = NULL, hidden_nodes = NULL, output_nodes = NULL,
    weights_input_to_hidden = NULL, weights_hidden_to_output = NULL,
    lr = NULL, activation_function = NULL,

    initialize = function(input_nodes, hidden_nodes, output_nodes, learning_rate,
                          weights_input_to_hidden, weights_hidden_to_output) {
      # Set number of nodes in input, hidden and output layers.
      self$input_nodes <- input_nodes
      self$hidden_nodes <- hidden_nodes
      self$output_nodes <- output_nodes
      # Initialize weights (given, not drawn)
      self$weights_input_to_hidden <- weights_input_to_hidden
      self$weights_hidden_to_output <- weights_hidden_to_output
      self$lr <- learning_rate
      self$activation_function <- function(x) 1 / (1 + exp(-x))
    },

    train = function(features, targets) {
      n_records <- nrow(features)
      delta_weights_i_h <- matrix(0, self$input_nodes, self$hidden_nodes)
      delta_weights_h_o <- matrix(0, self$hidden_nodes, self$output_nodes)
      for (i in seq_len(n_records)) {
        X <- features[i, ]
        y <- targets[i, ]
        out <- self$forward_pass_train(X)
        deltas <- self$backpropagation(out$final_outputs, out$hidden_outputs, X, y,
                                       delta_weights_i_h, delta_weights_h_o)
        delta_weights_i_h <- deltas$delta_weights_i_h
        delta_weights_h_o <- deltas$delta_weights_h_o
      }
      self$update_weights(delta_weights_i_h, delta_weights_h_o, n_records)
      invisible(self)
    },

    forward_pass_train = function(X) {
      hidden_inputs <- drop(X %*% self$weights_input_to_hidden)
      hidden_outputs <- self$activation_function(hidden_inputs)
      final_inputs <- drop(hidden_outputs %*% self$weights_hidden_to_output)
      final_outputs <- final_inputs
      list(final_outputs = final_outputs, hidden_outputs = hidden_outputs)
    },

    backpropagation = function(final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                               delta_weights_h_o) {
      error <- y - final_outputs
      hidden_error <- drop(self$weights_hidden_to_output %*% error)
      output_error_term <- error * 1
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      delta_weights_i_h <- delta_weights_i_h + outer(X, hidden_error_term)
      delta_weights_h_o <- delta_weights_h_o + outer(hidden_outputs, output_error_term)
      list(delta_weights_i_h = delta_weights_i_h, delta_weights_h_o = delta_weights_h_o)
    },

    update_weights = function(delta_weights_i_h, delta_weights_h_o, n_records) {
      self$weights_hidden_to_output <- self$weights_hidden_to_output +
        self$lr * delta_weights_h_o / n_records
      self$weights_input_to_hidden <- self$weights_input_to_hidden +
        self$lr * delta_weights_i_h / n_records
    },

    run = function(features) {
      hidden_inputs <- features %*% self$weights_input_to_hidden
      hidden_outputs <- self$activation_function(hidden_inputs)
      final_inputs <- hidden_outputs %*% self$weights_hidden_to_output
      final_outputs <- final_inputs
      final_outputs
    }
  )
)

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  network <- NeuralNetwork$new(ncol(features), ncol(weights_input_to_hidden),
                               ncol(weights_hidden_to_output), learning_rate,
                               weights_input_to_hidden, weights_hidden_to_output)
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- MSE(network$run(features), targets)
    network$train(features, targets)
  }
  list(weights_input_to_hidden = network$weights_input_to_hidden,
       weights_hidden_to_output = network$weights_hidden_to_output, loss = losses)
}
