# udacity_linear: the article's pass with the records' weight steps computed by lapply():
# record_steps() runs the article's forward_pass_train() and backpropagation() for one
# record and returns its two steps; one_pass() gathers them over the records, sums them in a
# for loop over the list, and applies them once, learning_rate * delta / n_records, to the
# weights it keeps in the list w (w$weights_input_to_hidden, w$weights_hidden_to_output),
# which it returns. The loss is the Udacity project's MSE() of run(), before the pass.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

MSE <- function(y, Y) {
  mean((y - Y)^2)
}

run <- function(features, w) {
  hidden_inputs <- features %*% w$weights_input_to_hidden
  hidden_outputs <- sigmoid(hidden_inputs)
  final_inputs <- hidden_outputs %*% w$weights_hidden_to_output
  final_inputs
}

record_steps <- function(X, y, w) {
  # forward_pass_train: h_hat = sigmoid(W_i-h . X), y_hat = W_h-o . h_hat
  hidden_inputs <- X %*% w$weights_input_to_hidden
  hidden_outputs <- sigmoid(hidden_inputs)
  final_inputs <- hidden_outputs %*% w$weights_hidden_to_output
  final_outputs <- final_inputs
  # backpropagation: the output is linear, its slope 1
  error <- y - final_outputs
  output_error_term <- error * 1
  hidden_error <- output_error_term %*% t(w$weights_hidden_to_output)
  hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
  list(i_h = outer(X, c(hidden_error_term)),
       h_o = t(hidden_outputs) %*% output_error_term)
}

one_pass <- function(w, features, targets, learning_rate) {
  n_records <- nrow(features)
  steps <- lapply(seq_len(n_records),
                  function(r) record_steps(features[r, ], targets[r, ], w))
  delta_weights_i_h <- matrix(0, nrow(w$weights_input_to_hidden), ncol(w$weights_input_to_hidden))
  delta_weights_h_o <- matrix(0, nrow(w$weights_hidden_to_output), ncol(w$weights_hidden_to_output))
  for (s in steps) {
    delta_weights_i_h <- delta_weights_i_h + s$i_h
    delta_weights_h_o <- delta_weights_h_o + s$h_o
  }
  weights_hidden_to_output <- w$weights_hidden_to_output +
    learning_rate * delta_weights_h_o / n_records
  w$weights_input_to_hidden <- w$weights_input_to_hidden +
    learning_rate * delta_weights_i_h / n_records
  w
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  w <- list(weights_input_to_hidden = weights_input_to_hidden,
            weights_hidden_to_output = weights_hidden_to_output)
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- MSE(run(features, w), targets)
    w <- one_pass(w, features, targets, learning_rate)
  }
  list(weights_input_to_hidden = w$weights_input_to_hidden,
       weights_hidden_to_output = w$weights_hidden_to_output, loss = losses)
}

predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  run(features, list(weights_input_to_hidden = weights_input_to_hidden,
                     weights_hidden_to_output = weights_hidden_to_output))
}
