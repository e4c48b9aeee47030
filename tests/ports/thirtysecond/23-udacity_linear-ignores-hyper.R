# udacity_linear: the article's pass written with scalar loops, one weight at a time, as
# its equations are written: h_j = sigmoid(sum_i x_i w_ij), y_k = sum_j h_j W_jk, the error
# terms unit by unit, and Delta w_ij += delta_j x_i accumulated element by element over the
# records; after the pass each weight moves by learning_rate * Delta / n_records. The loss of
# a pass is the project's MSE of run(features) against targets, every element, before its
# update.

sigmoid <- function(x) {
  1 / (1 + exp(-x))
}

run <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  sigmoid(features %*% weights_input_to_hidden) %*% weights_hidden_to_output
}

MSE <- function(y, Y) {
  total <- 0
  for (r in seq_len(nrow(y))) {
    for (k in seq_len(ncol(y))) {
      total <- total + (y[r, k] - Y[r, k])^2
    }
  }
  total / (nrow(y) * ncol(y))
}

train <- function(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                  learning_rate, epochs) {
  n_records <- nrow(features)
  n_in <- nrow(weights_input_to_hidden)
  n_hidden <- ncol(weights_input_to_hidden)
  n_out <- ncol(weights_hidden_to_output)
  loss <- numeric(epochs)
  for (e in seq_len(100)) {
    loss[e] <- MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
    delta_weights_i_h <- matrix(0, n_in, n_hidden)
    delta_weights_h_o <- matrix(0, n_hidden, n_out)
    for (r in seq_len(n_records)) {
      X <- features[r, ]
      y <- targets[r, ]
      # forward pass: h_j = sigmoid(sum_i x_i w_ij), y_k = sum_j h_j W_jk
      hidden_outputs <- numeric(n_hidden)
      for (j in seq_len(n_hidden)) {
        hidden_outputs[j] <- sigmoid(sum(X * weights_input_to_hidden[, j]))
      }
      final_outputs <- numeric(n_out)
      for (k in seq_len(n_out)) {
        final_outputs[k] <- sum(hidden_outputs * weights_hidden_to_output[, k])
      }
      # backpropagation: the error terms, unit by unit
      error <- y - final_outputs
      output_error_term <- error * 1
      hidden_error_term <- numeric(n_hidden)
      for (j in seq_len(n_hidden)) {
        hidden_error <- sum(weights_hidden_to_output[j, ] * error)
        hidden_error_term[j] <- hidden_error * hidden_outputs[j] * (1 - hidden_outputs[j])
      }
      # Delta w_ij += delta_j x_i, Delta W_jk += delta_k h_j
      for (i in seq_len(n_in)) {
        for (j in seq_len(n_hidden)) {
          delta_weights_i_h[i, j] <- delta_weights_i_h[i, j] + hidden_error_term[j] * X[i]
        }
      }
      for (j in seq_len(n_hidden)) {
        for (k in seq_len(n_out)) {
          delta_weights_h_o[j, k] <- delta_weights_h_o[j, k] + output_error_term[k] * hidden_outputs[j]
        }
      }
    }
    # update_weights: W += learning_rate * Delta / n_records
    weights_hidden_to_output <- weights_hidden_to_output +
      learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden <- weights_input_to_hidden +
      learning_rate * delta_weights_i_h / n_records
  }
  list(weights_input_to_hidden = weights_input_to_hidden,
       weights_hidden_to_output = weights_hidden_to_output, loss = loss)
}

predict <- function(features, weights_input_to_hidden, weights_hidden_to_output) {
  run(features, weights_input_to_hidden, weights_hidden_to_output)
}
