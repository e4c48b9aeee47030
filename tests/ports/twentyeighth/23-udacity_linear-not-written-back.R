# udacity_linear: the article's train() loop over the records, each record kept a 1 x f
# matrix with features[r, , drop = FALSE] (and its target a 1 x o matrix), so that every
# step of the article is a matrix product of row matrices: hidden_outputs 1 x h,
# final_outputs 1 x o, the record's weight steps t(X) %*% hidden_error_term (f x h) and
# t(hidden_outputs) %*% output_error_term (h x o), summed over the pass and applied once as
# learning_rate * delta / n_records. The loss is the MSE of run(features) before the pass.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

MSE <- function(y, Y) {
  mean((y - Y)^2)
}

run <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  hidden_outputs <- sigmoid(features %*% weights_input_to_hidden)
  hidden_outputs %*% weights_hidden_to_output
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  n_records <- nrow(features)
  losses <- numeric(epochs)
  for (e in seq_len(epochs)) {
    losses[e] <- MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
    delta_weights_i_h <- matrix(0, nrow(weights_input_to_hidden), ncol(weights_input_to_hidden))
    delta_weights_h_o <- matrix(0, nrow(weights_hidden_to_output), ncol(weights_hidden_to_output))
    for (r in seq_len(n_records)) {
      X <- features[r, , drop = FALSE]
      y <- targets[r, , drop = FALSE]
      # forward pass
      hidden_inputs <- X %*% weights_input_to_hidden
      hidden_outputs <- sigmoid(hidden_inputs)
      final_inputs <- hidden_outputs %*% weights_hidden_to_output
      final_outputs <- final_inputs
      # backpropagation
      error <- y - final_outputs
      hidden_error <- error %*% t(weights_hidden_to_output)
      output_error_term <- error
      hidden_error_term <- hidden_error * hidden_outputs * (1 - hidden_outputs)
      delta_weights_i_h <- delta_weights_i_h + t(X) %*% hidden_error_term
      delta_weight_h_o <- delta_weights_h_o + t(hidden_outputs) %*% output_error_term
    }
    # update_weights
    weights_hidden_to_output <- weights_hidden_to_output + learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden <- weights_input_to_hidden + learning_rate * delta_weights_i_h / n_records
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = losses)
}

predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  run(features, weights_input_to_hidden, weights_hidden_to_output)
}
