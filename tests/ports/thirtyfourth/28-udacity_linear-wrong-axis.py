"""udacity_linear: the article's NeuralNetwork.train() as module functions named after its
methods, by a porter who writes each record's outer products with numpy's ufunc method
np.multiply.outer(): forward_pass_train() returns the record's outputs, backpropagation()
adds the record's two steps to the pass's accumulators in place (+=, as the article does)
and returns nothing, update_weights() returns the two moved weight matrices,
learning_rate * delta / n_records. The loss is MSE() of run(), before the pass."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


def run(features, weights_input_to_hidden, weights_hidden_to_output):
    hidden_inputs = np.dot(features, weights_input_to_hidden)
    hidden_outputs = sigmoid(hidden_inputs)
    final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
    final_outputs = final_inputs
    return final_outputs


def forward_pass_train(X, weights_input_to_hidden, weights_hidden_to_output):
    hidden_inputs = np.dot(X, weights_input_to_hidden)
    hidden_outputs = sigmoid(hidden_inputs)
    final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
    final_outputs = final_inputs
    return final_outputs, hidden_outputs


def backpropagation(final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o,
                    weights_hidden_to_output):
    error = y - final_outputs
    hidden_error = np.dot(weights_hidden_to_output, error)
    output_error_term = error * 1
    hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
    delta_weights_i_h += np.multiply.outer(X, hidden_error_term)
    delta_weights_h_o += np.multiply.outer(hidden_outputs, output_error_term)


def update_weights(weights_input_to_hidden, weights_hidden_to_output, delta_weights_i_h,
                   delta_weights_h_o, n_records, learning_rate):
    weights_hidden_to_output = weights_hidden_to_output + learning_rate * delta_weights_h_o / n_records
    weights_input_to_hidden = weights_input_to_hidden + learning_rate * delta_weights_i_h / n_records
    return weights_input_to_hidden, weights_hidden_to_output


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float)
    weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float)
    n_records = features.shape[1]
    loss = np.zeros(epochs)
    for e in range(epochs):
        loss[e] = MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
        delta_weights_i_h = np.zeros(weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(weights_hidden_to_output.shape)
        for r in range(n_records):
            X, y = features[r], targets[r]
            final_outputs, hidden_outputs = forward_pass_train(
                X, weights_input_to_hidden, weights_hidden_to_output)
            backpropagation(final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                            delta_weights_h_o, weights_hidden_to_output)
        weights_input_to_hidden, weights_hidden_to_output = update_weights(
            weights_input_to_hidden, weights_hidden_to_output, delta_weights_i_h,
            delta_weights_h_o, n_records, learning_rate)
    return {"weights_input_to_hidden": weights_input_to_hidden,
            "weights_hidden_to_output": weights_hidden_to_output, "loss": loss}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    return run(np.asarray(features, dtype=float), weights_input_to_hidden,
               weights_hidden_to_output)
