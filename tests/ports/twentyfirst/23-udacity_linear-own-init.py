"""udacity_linear: the article's NeuralNetwork methods as plain functions under its names
(run, forward_pass_train, backpropagation, update_weights), with the pass over the records
written as functools.reduce(): the accumulator is the pair of the pass's deltas, started at
np.zeros() of the weights' shapes, and each record adds its two np.outer() steps to it
(new arrays, nothing changed in place). The weights move once per pass by
lr * delta / n_records. A sigmoid hidden layer, a linear output, no biases; each pass's loss
is the MSE of run() before it."""

import functools

import numpy as np


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


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
                   delta_weights_h_o, n_records, lr):
    weights_hidden_to_output = weights_hidden_to_output + lr * delta_weights_h_o / n_records
    weights_input_to_hidden = weights_input_to_hidden + lr * delta_weights_i_h / n_records
    return weights_input_to_hidden, weights_hidden_to_output


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float) * features.shape[1] ** -0.5
    weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float)
    n_records = features.shape[0]

    def add_record(deltas, record):
        X, y = record
        final_outputs, hidden_outputs = forward_pass_train(X, weights_input_to_hidden,
                                                           weights_hidden_to_output)
        step_i_h, step_h_o = backpropagation(final_outputs, hidden_outputs, X, y,
                                             weights_hidden_to_output)
        return deltas[0] + step_i_h, deltas[1] + step_h_o

    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = MSE(run(features, weights_input_to_hidden, weights_hidden_to_output),
                        targets)
        start = (np.zeros(weights_input_to_hidden.shape), np.zeros(weights_hidden_to_output.shape))
        delta_weights_i_h, delta_weights_h_o = functools.reduce(add_record,
                                                                zip(features, targets), start)
        weights_input_to_hidden, weights_hidden_to_output = update_weights(
            weights_input_to_hidden, weights_hidden_to_output, delta_weights_i_h,
            delta_weights_h_o, n_records, learning_rate)
    return {"weights_input_to_hidden": weights_input_to_hidden,
            "weights_hidden_to_output": weights_hidden_to_output, "loss": losses}
