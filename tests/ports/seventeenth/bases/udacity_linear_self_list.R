# udacity_linear ported from the article's NeuralNetwork class as an R list `self` (the
# weights and the learning rate) and functions with the article's method names, each taking
# self first: forward_pass_train(), backpropagation(), update_weights() (which returns self
# with its weights moved) and nn_train() for one pass. A sigmoid hidden layer, a linear
# output, no biases; each record's steps are outer products (%o%), summed over the pass and
# applied once as learning_rate * delta / n_records.
activation_function <- function(x) 1 / (1 + exp(-x))

MSE <- function(y, Y) mean((y - Y)^2)

run <- function(self, features) {
  hidden_inputs <- features %*% self$weights_input_to_hidden
  hidden_outputs <- activation_function(hidden_inputs)
  final_inputs <- hidden_outputs %*% self$weights_hidden_to_output
  final_outputs <- final_inputs
  final_outputs
}

forward_pass_train <- function(self, X) {
  hidden_inputs <- drop(X %*% self$weights_input_to_hidden)
  hidden_outputs <- activation_function(hidden_inputs)
  final_inputs <- drop(hidden_outputs %*% self$weights_hidden_to_output)
  final_outputs <- final_inputs
  list(final_outputs = final_outputs, hidden_outputs = hidden_outputs)
}

backpropagation <- function(self, final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                            delta_weights_h_o) {
  error <- y - final_outputs
  hidden_error <- drop(self$weights_hidden_to_output %*% error)
  output_error_term <- error * 1
  hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
  delta_weights_i_h <- delta_weights_i_h + X %o% hidden_error_term
  delta_weights_h_o <- delta_weights_h_o + hidden_outputs %o% output_error_term
  list(delta_weights_i_h = delta_weights_i_h, delta_weights_h_o = delta_weights_h_o)
}

update_weights <- function(self, delta_weights_i_h, delta_weights_h_o, n_records) {
  self$weights_hidden_to_output <- self$weights_hidden_to_output + self$lr * delta_weights_h_o / n_records
  self$weights_input_to_hidden <- self$weights_input_to_hidden + self$lr * delta_weights_i_h / n_records
  self
}

nn_train <- function(self, features, targets) {
  n_records <- nrow(features)
  delta_weights_i_h <- array(0, dim(self$weights_input_to_hidden))
  delta_weights_h_o <- array(0, dim(self$weights_hidden_to_output))
  for (r in seq_len(n_records)) {
    X <- features[r, ]
    y <- targets[r, ]
    f <- forward_pass_train(self, X)
    d <- backpropagation(self, f$final_outputs, f$hidden_outputs, X, y,
                         delta_weights_i_h, delta_weights_h_o)
    delta_weights_i_h <- d$delta_weights_i_h
    delta_weights_h_o <- d$delta_weights_h_o
  }
  update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records)
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  self <- list(weights_input_to_hidden = weights_input_to_hidden,
               weights_hidden_to_output = weights_hidden_to_output, lr = learning_rate)
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- MSE(run(self, features), targets)
    self <- nn_train(self, features, targets)
  }
  list(weights_input_to_hidden = self$weights_input_to_hidden,
       weights_hidden_to_output = self$weights_hidden_to_output, loss = losses)
}
