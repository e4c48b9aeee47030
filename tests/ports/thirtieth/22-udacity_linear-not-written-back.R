# udacity_linear: the article's NeuralNetwork.train() as R functions named after its methods,
# by a porter who lays the records out as columns, as a column-major language stores them:
# Xt = t(features) is f x n and Yt = t(targets) o x n, so record i is the column Xt[, i]
# (a plain vector of f) and its targets Yt[, i]. backpropagation() returns the pass's
# deltas, a list, with the record's outer products (%o%) added; update_weights() returns the
# weights moved once per pass by learning_rate * delta / n_records. A sigmoid hidden layer,
# a linear output, no biases; the loss is the MSE of run(features) before the pass.

activation_function <- function(x) {
  1 / (1 + exp(-x))
}

MSE <- function(y, Y) {
  mean((y - Y)^2)
}

forward_pass_train <- function(X, weights_input_to_hidden, weights_hidden_to_output) {
  hidden_inputs <- drop(X %*% weights_input_to_hidden)
  hidden_outputs <- activation_function(hidden_inputs)
  final_inputs <- drop(hidden_outputs %*% weights_hidden_to_output)
  final_outputs <- final_inputs
  list(final_outputs = final_outputs, hidden_outputs = hidden_outputs)
}

backpropagation <- function(final_outputs, hidden_outputs, X, y, deltas,
                            weights_hidden_to_output) {
  error <- y - final_outputs
  hidden_error <- drop(weights_hidden_to_output %*% error)
  output_error_term <- error * 1
  hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
  deltas$i_h <- deltas$i_h + X %o% hidden_error_term
  deltas$h_o <- deltas$h_o + hidden_outputs %o% output_error_term
  deltas
}

update_weights <- function(deltas, n_records, weights_input_to_hidden,
                           weights_hidden_to_output, learning_rate) {
  list(weights_hidden_to_output = weights_hidden_to_output +
         learning_rate * deltas$h_o / n_records,
       weights_input_to_hidden = weights_input_to_hidden +
         learning_rate * deltas$i_h / n_records)
}

run <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  hidden_outputs <- activation_function(features %*% weights_input_to_hidden)
  hidden_outputs %*% weights_hidden_to_output
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  Xt <- t(features)
  Yt <- t(targets)
  n_records <- ncol(Xt)
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
    deltas <- list(i_h = 0 * weights_input_to_hidden, h_o = 0 * weights_hidden_to_output)
    for (i in seq_len(n_records)) {
      X <- Xt[, i]
      y <- Yt[, i]
      out <- forward_pass_train(X, weights_input_to_hidden, weights_hidden_to_output)
      backpropagation(out$final_outputs, out$hidden_outputs, X, y, deltas,
                                weights_hidden_to_output)
    }
    w <- update_weights(deltas, n_records, weights_input_to_hidden, weights_hidden_to_output,
                        learning_rate)
    weights_input_to_hidden <- w$weights_input_to_hidden
    weights_hidden_to_output <- w$weights_hidden_to_output
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = losses)
}

predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  run(features, weights_input_to_hidden, weights_hidden_to_output)
}
