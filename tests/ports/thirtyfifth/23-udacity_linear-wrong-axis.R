# udacity_linear: the Udacity-style network by a porter who makes each pass over all the
# records at once, the rows of features being the records: the article's forward_pass_train()
# and backpropagation() on n x f, n x h and n x o matrices, so that the records' weight
# steps, summed in the article's loop, are the matrix products t(features) %*%
# hidden_error_term and t(hidden_outputs) %*% output_error_term; update_weights() divides
# them by n_records, dim(features)[1]. The article's names; the loss of a pass, the MSE of
# run(features) against targets, is taken on the pass's forward pass, before the update.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

MSE <- function(y, Y) {
  mean((y - Y)^2)
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  n_records <- dim(features)[2]
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    # forward_pass_train, every record at once
    hidden_inputs <- features %*% weights_input_to_hidden
    hidden_outputs <- sigmoid(hidden_inputs)
    final_inputs <- hidden_outputs %*% weights_hidden_to_output
    final_outputs <- final_inputs
    losses[e] <- MSE(final_outputs, targets)
    # backpropagation
    error <- targets - final_outputs
    hidden_error <- error %*% t(weights_hidden_to_output)
    output_error_term <- error * 1
    hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
    # the records' weight steps, summed over the rows
    delta_weights_i_h <- t(features) %*% hidden_error_term
    delta_weights_h_o <- t(hidden_outputs) %*% output_error_term
    # update_weights
    weights_hidden_to_output <- weights_hidden_to_output +
      learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden <- weights_input_to_hidden +
      learning_rate * delta_weights_i_h / n_records
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = losses)
}

predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  sigmoid(features %*% weights_input_to_hidden) %*% weights_hidden_to_output
}
