"""udacity_linear: the article's NeuralNetwork by a porter who keeps the two weight
matrices in a namedtuple, Weights, and writes the class's methods as functions of it:
forward_pass_train() for one record, backpropagation() returning the record's two steps
added to the accumulators, update_weights() returning the next Weights with _replace().
The article's names and steps; one pass adds every record's steps, then moves the weights
once by learning_rate * delta / n_records. The pass's loss is MSE(run(features), targets)
before the update."""

from collections import namedtuple

import numpy as np

Weights = namedtuple("Weights", ["weights_input_to_hidden", "weights_hidden_to_output"])


def activation_function(x):
    return 1 / (1 + np.exp(-x))


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


def run(w, features):
    hidden_inputs = np.dot(features, w.weights_input_to_hidden)
    hidden_outputs = activation_function(hidden_inputs)
    final_inputs = np.dot(hidden_outputs, w.weights_hidden_to_output)
    final_outputs = final_inputs
    return final_outputs


def forward_pass_train(w, X):
    hidden_inputs = np.dot(X, w.weights_input_to_hidden)
    hidden_outputs = activation_function(hidden_inputs)
    final_inputs = np.dot(hidden_outputs, w.weights_hidden_to_output)
    final_outputs = final_inputs
    return final_outputs, hidden_outputs


def backpropagation(w, final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o):
    error = y - final_outputs
    output_error_term = error
    hidden_error = np.dot(w.weights_hidden_to_output, output_error_term)
    hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
    delta_weights_i_h = delta_weights_i_h + hidden_error_term * X[:, None]
    delta_weights_h_o = delta_weights_h_o + output_error_term * hidden_outputs[:, None]
    return delta_weights_i_h, delta_weights_h_o


def update_weights(w, delta_weights_i_h, delta_weights_h_o, n_records, learning_rate):
    return w._replace(
        weights_hidden_to_output=w.weights_hidden_to_output + learning_rate * delta_weights_h_o / n_records,
        weights_input_to_hidden=w.weights_input_to_hidden + learning_rate * delta_weights_i_h / n_records)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    w = Weights(np.array(weights_input_to_hidden, dtype=float),
                np.zeros_like(weights_hidden_to_output, dtype=float))
    n_records = features.shape[0]
    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = MSE(run(w, features), targets)
        delta_weights_i_h = np.zeros(w.weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(w.weights_hidden_to_output.shape)
        for X, y in zip(features, targets):
            final_outputs, hidden_outputs = forward_pass_train(w, X)
            delta_weights_i_h, delta_weights_h_o = backpropagation(
                w, final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o)
        w = update_weights(w, delta_weights_i_h, delta_weights_h_o, n_records, learning_rate)
    return {"weights_input_to_hidden": w.weights_input_to_hidden,
            "weights_hidden_to_output": w.weights_hidden_to_output, "loss": losses}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    w = Weights(np.asarray(weights_input_to_hidden, dtype=float),
                np.asarray(weights_hidden_to_output, dtype=float))
    return run(w, np.asarray(features, dtype=float))
