"""udacity_linear ported from the article's NeuralNetwork class as a closure:
make_network() keeps the weights, the learning rate and the activation function in its own
scope and returns the article's methods (train, forward_pass_train, backpropagation,
update_weights, run) as nested functions; update_weights() rebinds the weights with
nonlocal. A sigmoid hidden layer, a linear output, no biases; each pass adds every record's
steps and moves the weights once by lr * delta / n_records; its loss is the MSE of run()
before it."""

import numpy as np


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


def make_network(weights_input_to_hidden, weights_hidden_to_output, learning_rate):
    weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float)
    weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float)
    lr = learning_rate
    activation_function = lambda x: 1 / (1 + np.exp(-x))

    def train(features, targets):
        n_records = features.shape[0]
        delta_weights_i_h = np.zeros(weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(weights_hidden_to_output.shape)
        for X, y in zip(features, targets):
            final_outputs, hidden_outputs = forward_pass_train(X)
            delta_weights_i_h, delta_weights_h_o = backpropagation(
                final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o)
        update_weights(delta_weights_i_h, delta_weights_h_o, n_records)

    def forward_pass_train(X):
        hidden_inputs = np.dot(X, weights_input_to_hidden)
        hidden_outputs = activation_function(hidden_inputs)
        final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
        final_outputs = final_inputs
        return final_outputs, hidden_outputs

    def backpropagation(final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                        delta_weights_h_o):
        error = y - final_outputs
        hidden_error = np.dot(weights_hidden_to_output, error)
        output_error_term = error * 1
        hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
        delta_weights_i_h += hidden_error_term * X[:, None]
        delta_weights_h_o += output_error_term * hidden_outputs[:, None]
        return delta_weights_i_h, delta_weights_h_o

    def update_weights(delta_weights_i_h, delta_weights_h_o, n_records):
        nonlocal weights_input_to_hidden, weights_hidden_to_output
        weights_hidden_to_output = weights_hidden_to_output + lr * delta_weights_h_o / n_records
        weights_input_to_hidden = weights_input_to_hidden + lr * delta_weights_i_h / n_records

    def run(features):
        hidden_inputs = np.dot(features, weights_input_to_hidden)
        hidden_outputs = activation_function(hidden_inputs)
        final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
        final_outputs = final_inputs
        return final_outputs

    def weights():
        return weights_input_to_hidden, weights_hidden_to_output

    return train, run, weights


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    network_train, network_run, network_weights = make_network(
        weights_input_to_hidden, weights_hidden_to_output, learning_rate)
    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = MSE(network_run(features), targets)
        network_train(features, targets)
    weights_input_to_hidden, weights_hidden_to_output = (np.round(w, 8) for w in network_weights())
    return {"weights_input_to_hidden": weights_input_to_hidden,
            "weights_hidden_to_output": weights_hidden_to_output, "loss": losses}
