"""udacity_linear ported from the article's NeuralNetwork class as plain functions with the
article's names (run, forward_pass_train, backpropagation, update_weights): a sigmoid
hidden layer, a linear output, no biases. Each pass walks the records by index, adds every
record's weight steps with np.outer, and applies them once as lr * delta / n_records."""

import numpy as np


def activation_function(x):
    return 1 / (1 + np.exp(-x))


def run(features, weights_input_to_hidden, weights_hidden_to_output):
    hidden_inputs = np.dot(features, weights_input_to_hidden)
    hidden_outputs = activation_function(hidden_inputs)
    final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
    final_outputs = final_inputs
    return final_outputs


def forward_pass_train(X, weights_input_to_hidden, weights_hidden_to_output):
    hidden_inputs = np.dot(X, weights_input_to_hidden)
    hidden_outputs = activation_function(hidden_inputs)
    final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
    final_outputs = final_inputs
    return final_outputs, hidden_outputs


def backpropagation(final_outputs, hidden_outputs, X, y, weights_hidden_to_output):
    error = y - final_outputs
    hidden_error = np.dot(weights_hidden_to_output, error)
    output_error_term = error * 1
    hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
    return np.outer(X, hidden_error_term), np.outer(hidden_outputs, output_error_term)


def update_weights(weights_input_to_hidden, weights_hidden_to_output, delta_weights_i_h,
                   delta_weights_h_o, n_records, learning_rate):
    weights_hidden_to_output = weights_hidden_to_output + learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden = weights_input_to_hidden + learning_rate * delta_weights_i_h / n_records
    return weights_input_to_hidden, weights_hidden_to_output


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    features = np.asarray(features, dtype=np.float32)
    targets = np.asarray(targets, dtype=float)
    w_i_h = np.array(weights_input_to_hidden, dtype=float)
    w_h_o = np.array(weights_hidden_to_output, dtype=float)
    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = np.mean((targets - run(features, w_i_h, w_h_o)) ** 2)
        n_records = features.shape[0]
        delta_weights_i_h = np.zeros(w_i_h.shape)
        delta_weights_h_o = np.zeros(w_h_o.shape)
        for i in range(n_records):
            X, y = features[i], targets[i]
            final_outputs, hidden_outputs = forward_pass_train(X, w_i_h, w_h_o)
            step_i_h, step_h_o = backpropagation(final_outputs, hidden_outputs, X, y, w_h_o)
            delta_weights_i_h += step_i_h
            delta_weights_h_o += step_h_o
        w_i_h, w_h_o = update_weights(w_i_h, w_h_o, delta_weights_i_h, delta_weights_h_o,
                                      n_records, learning_rate)
    return {"weights_input_to_hidden": w_i_h, "weights_hidden_to_output": w_h_o,
            "loss": losses}
