"""udacity_linear ported from the article's NeuralNetwork class as functions with its method
names, the network a dict of its weights, and every record handled as column vectors: X
and the hidden outputs reshaped to (f, 1) and (h, 1), the error terms to (1, h) and (1, o),
so that each record's weight steps are matrix products. A sigmoid hidden layer, a linear
output, no biases; the steps are summed over the pass and applied once as
learning_rate * delta / n_records."""

import numpy as np


def activation_function(x):
    return 1 / (1 + np.exp(-x))


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


def run(network, features):
    hidden_inputs = np.matmul(features, network["weights_input_to_hidden"])
    hidden_outputs = activation_function(hidden_inputs)
    final_inputs = np.matmul(hidden_outputs, network["weights_hidden_to_output"])
    final_outputs = final_inputs
    return final_outputs


def forward_pass_train(network, X):
    hidden_inputs = np.matmul(X.reshape(1, -1), network["weights_input_to_hidden"])
    hidden_outputs = activation_function(hidden_inputs)
    final_inputs = np.matmul(hidden_outputs, network["weights_hidden_to_output"])
    final_outputs = final_inputs
    return final_outputs, hidden_outputs


def backpropagation(network, final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                    delta_weights_h_o):
    error = y.reshape(1, -1) - final_outputs
    hidden_error = np.matmul(error, network["weights_hidden_to_output"].T)
    output_error_term = error * 1
    hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
    delta_weights_i_h += np.matmul(X.reshape(-1, 1), hidden_error_term)
    delta_weights_h_o += np.matmul(hidden_outputs.reshape(-1, 1), output_error_term)
    return delta_weights_i_h, delta_weights_h_o


def update_weights(network, delta_weights_i_h, delta_weights_h_o, n_records, learning_rate):
    network["weights_hidden_to_output"] += learning_rate * delta_weights_h_o / n_records
    network["weights_input_to_hidden"] += learning_rate * delta_weights_i_h / n_records


def train_pass(network, features, targets, learning_rate):
    n_records = features.shape[0]
    delta_weights_i_h = np.zeros(network["weights_input_to_hidden"].shape)
    delta_weights_h_o = np.zeros(network["weights_hidden_to_output"].shape)
    for X, y in zip(features, targets):
        final_outputs, hidden_outputs = forward_pass_train(network, X)
        delta_weights_i_h, delta_weights_h_o = backpropagation(
            network, final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o)
    update_weights(network, delta_weights_i_h, delta_weights_h_o, n_records, learning_rate)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    network = {"weights_input_to_hidden": np.array(weights_input_to_hidden, dtype=float),
               "weights_hidden_to_output": np.array(weights_hidden_to_output, dtype=float)}
    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = float(f"{MSE(run(network, features), targets):.4f}")
        train_pass(network, features, targets, learning_rate)
    return {"weights_input_to_hidden": network["weights_input_to_hidden"],
            "weights_hidden_to_output": network["weights_hidden_to_output"], "loss": losses}
