"""udacity_linear: the article's NeuralNetwork.train() as module functions named after its
methods, by a porter who keeps the pass's two accumulators in one dict, deltas = {"i_h":
..., "h_o": ...}, which backpropagation() adds each record's steps to in place (the
article's +=, X[:, None] for its outer product). The records are walked with
enumerate(zip(features, targets)); update_weights() returns the weights moved by
learning_rate * delta / n_records once per pass. A sigmoid hidden layer, a linear output,
no biases; the loss is the MSE of run(features) before the pass."""

import numpy as np


def activation_function(x):
    return 1 / (1 + np.exp(-x))


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


def forward_pass_train(X, weights_input_to_hidden, weights_hidden_to_output):
    hidden_inputs = np.dot(X, weights_input_to_hidden)
    hidden_outputs = activation_function(hidden_inputs)
    final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
    final_outputs = final_inputs
    return final_outputs, hidden_outputs


def backpropagation(final_outputs, hidden_outputs, X, y, deltas, weights_hidden_to_output):
    error = y - final_outputs
    hidden_error = np.dot(weights_hidden_to_output, error)
    output_error_term = error * 1
    hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
    deltas["i_h"] += hidden_error_term * X[:, None]
    deltas["h_o"] += output_error_term * hidden_outputs[:, None]


def update_weights(deltas, n_records, weights_input_to_hidden, weights_hidden_to_output,
                   learning_rate):
    weights_hidden_to_output = weights_hidden_to_output + learning_rate * deltas["h_o"] / n_records
    weights_input_to_hidden = weights_input_to_hidden + learning_rate * deltas["i_h"] / n_records
    return weights_input_to_hidden, weights_hidden_to_output


def run(features, weights_input_to_hidden, weights_hidden_to_output):
    hidden_outputs = activation_function(np.dot(features, weights_input_to_hidden))
    return np.dot(hidden_outputs, weights_hidden_to_output)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float)
    weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float)
    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
        n_records = features.shape[0]
        deltas = {"i_h": np.zeros(weights_input_to_hidden.shape),
                  "h_o": np.zeros(weights_hidden_to_output.shape)}
        for i, (X, y) in enumerate(zip(features, targets)):
            final_outputs, hidden_outputs = forward_pass_train(
                X, weights_input_to_hidden, weights_hidden_to_output)
            backpropagation(final_outputs, hidden_outputs, X, y, deltas, weights_hidden_to_output)
        weights_input_to_hidden, weights_hidden_to_output = update_weights(
            deltas, n_records, weights_input_to_hidden, weights_hidden_to_output, learning_rate)
    return {"weights_input_to_hidden": weights_input_to_hidden,
            "weights_hidden_to_output": weights_hidden_to_output, "loss": losses}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    return run(np.asarray(features, dtype=float), weights_input_to_hidden,
               weights_hidden_to_output)
