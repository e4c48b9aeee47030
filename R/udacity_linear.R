# The Udacity-style network: one sigmoid hidden layer, a linear output, no biases.
#
# "Neural network from scratch" (seeds/003, after Udacity's Deep Learning Nanodegree). Names
# and shapes are the article's: features (n x f), targets (n x o), weights_input_to_hidden
# (f x h), weights_hidden_to_output (h x o). Rows are records. The weight steps are
# accumulated record by record and applied once per pass as learning_rate * delta / n_records.
# Read beside python/nnparity/networks/udacity_linear.py, statement for statement.
#
# The article's class NeuralNetwork becomes functions named after its methods; what the
# methods read from `self` (the weights, the learning rate) is passed in, and what they update
# in place is returned. features[i, ] is a vector, as numpy's row X is: drop() keeps R's
# vector %*% matrix a vector too, as numpy's np.dot(X, W) is. X[:, None] * v (numpy's outer
# product by broadcasting) is outer(X, v). The activation function is the package's sigmoid().

#' Return the mean squared error over every element, as the Udacity project's MSE()
#' @param y,Y Numeric arrays of the same shape.
#' @return A number.
#' @export
udacity_linear_MSE <- function(y, Y) {
  mean((y - Y)^2)
}

#' Return final_outputs (o) and hidden_outputs (h) for one record X (f)
#' @param X One record, a vector of f features.
#' @param weights_input_to_hidden,weights_hidden_to_output Weights, f x h and h x o.
#' @return A named list: final_outputs (length o), hidden_outputs (length h).
#' @export
udacity_linear_forward_pass_train <- function(X, weights_input_to_hidden,
                                              weights_hidden_to_output) {
  # Not printed in the article: "the same as the run() function", for one record,
  # "should also return the hidden_ouput along with the final_output".
  # Step 1: h_hat = sigmoid(W_i-h . X)
  hidden_inputs <- drop(X %*% weights_input_to_hidden)                # (h)
  hidden_outputs <- sigmoid(hidden_inputs)
  # Step 2: y_hat = W_h-o . h_hat, no activation on the output
  final_inputs <- drop(hidden_outputs %*% weights_hidden_to_output)   # (o)
  final_outputs <- final_inputs
  list(final_outputs = final_outputs, hidden_outputs = hidden_outputs)
}

#' Add one record's weight steps to delta_weights_i_h (f x h) and delta_weights_h_o (h x o)
#' @param final_outputs,hidden_outputs The record's forward pass, lengths o and h.
#' @param X The record, a vector of f features.
#' @param y The record's targets, a vector of length o.
#' @param delta_weights_i_h,delta_weights_h_o The steps so far, f x h and h x o.
#' @param weights_hidden_to_output Weights, h x o (the article's self.weights_hidden_to_output).
#' @return A named list: delta_weights_i_h, delta_weights_h_o, with the record's steps added.
#' @export
udacity_linear_backpropagation <- function(final_outputs, hidden_outputs, X, y,
                                           delta_weights_i_h, delta_weights_h_o,
                                           weights_hidden_to_output) {
  # Step 1
  error <- y - final_outputs                                          # E_out = y - y_hat, (o)
  # E_hidden = W_hidden-out . E_out; the text's `hidden_error =, error)`
  hidden_error <- drop(weights_hidden_to_output %*% error)            # (h)
  # Step 2
  output_error_term <- error * 1                                      # f'(z) = 1: linear output
  hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
  # Step 3
  delta_weights_i_h <- delta_weights_i_h + outer(X, hidden_error_term)            # (f x h)
  delta_weights_h_o <- delta_weights_h_o + outer(hidden_outputs, output_error_term)  # (h x o)
  list(delta_weights_i_h = delta_weights_i_h, delta_weights_h_o = delta_weights_h_o)
}

#' Return the weights updated by one pass's steps: W + learning_rate * delta / n_records
#' @param delta_weights_i_h,delta_weights_h_o The pass's accumulated steps, f x h and h x o.
#' @param n_records Number of records in the pass.
#' @param weights_input_to_hidden,weights_hidden_to_output Weights, f x h and h x o.
#' @param learning_rate Learning rate (the article's self.lr).
#' @return A named list: weights_input_to_hidden, weights_hidden_to_output.
#' @export
udacity_linear_update_weights <- function(delta_weights_i_h, delta_weights_h_o, n_records,
                                          weights_input_to_hidden, weights_hidden_to_output,
                                          learning_rate) {
  # W_j = W_j + eta Delta W_j / m; the text's `+= * delta_weights_h_o/n_records`
  weights_hidden_to_output <- weights_hidden_to_output +
    learning_rate * delta_weights_h_o / n_records
  # w_ij = w_ij + eta Delta w_ij / m; garbled the same way
  weights_input_to_hidden <- weights_input_to_hidden +
    learning_rate * delta_weights_i_h / n_records
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output)
}

#' Return the network's output (n x o) for features (n x f): the article's run()
#' @param features Records, n x f.
#' @param weights_input_to_hidden,weights_hidden_to_output Weights, f x h and h x o.
#' @return An n x o matrix.
#' @export
udacity_linear_run <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  # Step 1: h_hat = sigmoid(W_i-h . X); the text's `hidden_inputs =, self.weights_...)`
  hidden_inputs <- features %*% weights_input_to_hidden               # (n x h)
  hidden_outputs <- sigmoid(hidden_inputs)
  # Step 2: y_hat = W_h-o . h_hat; the text's `final_inputs =, self.weights_...)`
  final_inputs <- hidden_outputs %*% weights_hidden_to_output         # (n x o)
  final_outputs <- final_inputs
  final_outputs
}

#' Make one pass over the records: the article's train(); return its intermediates
#'
#' One epoch is one pass: every record's weight steps are accumulated, then applied once.
#' The loss is MSE(run(features), targets) before the update.
#' @param features Records, n x f.
#' @param targets Targets, n x o.
#' @param weights_input_to_hidden,weights_hidden_to_output Weights, f x h and h x o.
#' @param learning_rate Learning rate.
#' @return A named list: hidden_outputs (n x h) and final_outputs (n x o), one row per
#'   record, delta_weights_i_h, delta_weights_h_o, loss, and the updated
#'   weights_input_to_hidden, weights_hidden_to_output.
#' @export
udacity_linear_step <- function(features, targets, weights_input_to_hidden,
                                weights_hidden_to_output, learning_rate) {
  loss <- udacity_linear_MSE(
    udacity_linear_run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
  n_records <- nrow(features)

  # Step 1
  delta_weights_i_h <- matrix(0, nrow(weights_input_to_hidden), ncol(weights_input_to_hidden))
  delta_weights_h_o <- matrix(0, nrow(weights_hidden_to_output), ncol(weights_hidden_to_output))
  hidden_outputs_by_record <- matrix(0, n_records, ncol(weights_input_to_hidden))
  final_outputs_by_record <- matrix(0, n_records, ncol(weights_hidden_to_output))

  for (i in seq_len(n_records)) {
    X <- features[i, ]; y <- targets[i, ]
    # Step 2
    f <- udacity_linear_forward_pass_train(X, weights_input_to_hidden, weights_hidden_to_output)
    # Step 3
    d <- udacity_linear_backpropagation(f$final_outputs, f$hidden_outputs, X, y,
                                        delta_weights_i_h, delta_weights_h_o,
                                        weights_hidden_to_output)
    delta_weights_i_h <- d$delta_weights_i_h; delta_weights_h_o <- d$delta_weights_h_o
    hidden_outputs_by_record[i, ] <- f$hidden_outputs
    final_outputs_by_record[i, ] <- f$final_outputs
  }

  # Step 4
  w <- udacity_linear_update_weights(delta_weights_i_h, delta_weights_h_o, n_records,
                                     weights_input_to_hidden, weights_hidden_to_output,
                                     learning_rate)
  list(hidden_outputs = hidden_outputs_by_record, final_outputs = final_outputs_by_record,
       delta_weights_i_h = delta_weights_i_h, delta_weights_h_o = delta_weights_h_o,
       loss = loss, weights_input_to_hidden = w$weights_input_to_hidden,
       weights_hidden_to_output = w$weights_hidden_to_output)
}

#' Return the weights after `epochs` passes, and each pass's loss
#'
#' The loss of a pass is the Udacity project's MSE of run(features) against targets,
#' measured before the pass's update.
#' @inheritParams udacity_linear_step
#' @param epochs Number of passes, 0 or more.
#' @return A named list: weights_input_to_hidden, weights_hidden_to_output (shaped as
#'   given) and loss (length `epochs`).
#' @export
udacity_linear_train <- function(features, targets, weights_input_to_hidden,
                                 weights_hidden_to_output, learning_rate, epochs) {
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    s <- udacity_linear_step(features, targets, weights_input_to_hidden,
                             weights_hidden_to_output, learning_rate)
    weights_input_to_hidden <- s$weights_input_to_hidden
    weights_hidden_to_output <- s$weights_hidden_to_output; loss[i] <- s$loss
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = loss)
}

#' Return the network's output (n x o) for features (n x f)
#' @inheritParams udacity_linear_run
#' @return An n x o matrix.
#' @export
udacity_linear_predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  udacity_linear_run(features, weights_input_to_hidden, weights_hidden_to_output)
}
