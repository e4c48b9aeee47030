# udacity_linear: the article's NeuralNetwork class as an S3 class. NeuralNetwork() builds
# the object, a list of class "NeuralNetwork" with the article's fields (input_nodes,
# hidden_nodes, output_nodes, the two weight matrices given instead of drawn, lr); run() and
# fit() are generics with NeuralNetwork methods, fit() being the article's train() (its name
# kept free for the port's train()): one pass over the records, each record's steps added to
# the pass's deltas by backpropagation(), the weights moved once at the end by
# update_weights(). R copies lists, so every function returns the object it changed and the
# caller keeps it. A sigmoid hidden layer, a linear output, no biases; each pass's loss is
# the MSE of run() before it.
MSE <- function(y, Y) {
  mean((y - Y)^2)
}

activation_function <- function(x) 1 / (1 + exp(-x))

NeuralNetwork <- function(input_nodes, hidden_nodes, output_nodes, learning_rate,
                          weights_input_to_hidden, weights_hidden_to_output) {
  self <- list(input_nodes = input_nodes, hidden_nodes = hidden_nodes,
               output_nodes = output_nodes,
               weights_input_to_hidden = weights_input_to_hidden,
               weights_hidden_to_output = weights_hidden_to_output,
               lr = learning_rate)
  class(self) <- "NeuralNetwork"
  self
}

run <- function(self, features) UseMethod("run")

fit <- function(self, features, targets) UseMethod("fit")

run.NeuralNetwork <- function(self, features) {
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
  delta_weights_i_h <- delta_weights_i_h + outer(X, hidden_error_term)
  delta_weights_h_o <- delta_weights_h_o + outer(hidden_outputs, output_error_term)
  list(delta_weights_i_h = delta_weights_i_h, delta_weights_h_o = delta_weights_h_o)
}

update_weights <- function(self, delta_weights_i_h, delta_weights_h_o, n_records) {
  self$weights_hidden_to_output <- self$weights_hidden_to_output +
    self$lr * delta_weights_h_o / n_records
  self$weights_input_to_hidden <- self$weights_input_to_hidden +
    self$lr * delta_weights_i_h / n_records
  self
}

fit.NeuralNetwork <- function(self, features, targets) {
  n_records <- nrow(features)
  delta_weights_i_h <- matrix(0, self$input_nodes, self$hidden_nodes)
  delta_weights_h_o <- matrix(0, self$hidden_nodes, self$output_nodes)
  for (i in seq_len(n_records)) {
    X <- features[i, ]
    y <- targets[i, ]
    out <- forward_pass_train(self, X)
    deltas <- backpropagation(self, out$final_outputs, out$hidden_outputs, X, y,
                              delta_weights_i_h, delta_weights_h_o)
    delta_weights_i_h <- deltas$delta_weights_i_h
    delta_weights_h_o <- deltas$delta_weights_h_o
  }
  self <- update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records)
  self
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  network <- NeuralNetwork(ncol(features), ncol(weights_input_to_hidden),
                           ncol(weights_hidden_to_output), learning_rate,
                           weights_input_to_hidden, weights_hidden_to_output)
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- MSE(run(network, features), targets)
    fit(network, features, targets)
  }
  list(weights_input_to_hidden = network$weights_input_to_hidden,
       weights_hidden_to_output = network$weights_hidden_to_output, loss = losses)
}
