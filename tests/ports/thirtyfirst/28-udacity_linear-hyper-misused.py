"""udacity_linear: the article's train() loop over the records written with 2-d slices, as
a porter who distrusts numpy's 1-d rows does: each record is features[i:i + 1], a 1 x f
row, and its target targets[i:i + 1], 1 x o, so that the article's steps are products of
row matrices (X.T @ hidden_error_term, hidden_outputs.T @ output_error_term) summed over the
pass and applied once as learning_rate * delta / n_records, the article's update_weights().
The loss is the MSE of the article's run() before the pass."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


def run(features, weights_input_to_hidden, weights_hidden_to_output):
    hidden_outputs = sigmoid(features @ weights_input_to_hidden)
    return hidden_outputs @ weights_hidden_to_output


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float)
    weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float)
    n_records = features.shape[0]
    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
        delta_weights_i_h = np.zeros(weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(weights_hidden_to_output.shape)
        for i in range(n_records):
            X = features[i:i + 1]
            y = targets[i:i + 1]
            # forward pass
            hidden_inputs = X @ weights_input_to_hidden
            hidden_outputs = sigmoid(hidden_inputs)
            final_inputs = hidden_outputs @ weights_hidden_to_output
            final_outputs = final_inputs
            # backpropagation
            error = y - final_outputs
            hidden_error = error @ weights_hidden_to_output.T
            output_error_term = error * 1
            hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
            delta_weights_i_h += X.T @ hidden_error_term
            delta_weights_h_o += learning_rate * hidden_outputs.T @ output_error_term
        # update_weights
        weights_hidden_to_output += learning_rate * delta_weights_h_o / n_records
        weights_input_to_hidden += learning_rate * delta_weights_i_h / n_records
    return {"weights_input_to_hidden": weights_input_to_hidden,
            "weights_hidden_to_output": weights_hidden_to_output, "loss": losses}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    return run(np.asarray(features, dtype=float), weights_input_to_hidden,
               weights_hidden_to_output)
