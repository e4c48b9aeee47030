"""The article's class with one indentation slip: update_weights() inside the record loop.

Every record then applies the steps accumulated so far (delta_weights_* are not reset), and
the later records see weights the earlier ones already moved. Everything else is the article's.
"""

import numpy as np


class NeuralNetwork(object):
    def __init__(self, weights_input_to_hidden, weights_hidden_to_output, learning_rate):
        self.weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=np.float64)
        self.weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=np.float64)
        self.lr = learning_rate
        self.activation_function = lambda x: (1 / (1 + np.exp(-x)))

    def train(self, features, targets):
        n_records = features.shape[0]
        delta_weights_i_h = np.zeros(self.weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(self.weights_hidden_to_output.shape)
        for X, y in zip(features, targets):
            final_outputs, hidden_outputs = self.forward_pass_train(X)
            delta_weights_i_h, delta_weights_h_o = self.backpropagation(
                final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o)
            self.update_weights(delta_weights_i_h, delta_weights_h_o, n_records)  # the bug

    def forward_pass_train(self, X):
        hidden_outputs = self.activation_function(np.dot(X, self.weights_input_to_hidden))
        final_outputs = np.dot(hidden_outputs, self.weights_hidden_to_output)
        return final_outputs, hidden_outputs

    def backpropagation(self, final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                        delta_weights_h_o):
        error = y - final_outputs
        hidden_error = np.dot(self.weights_hidden_to_output, error)
        output_error_term = error * 1
        hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
        delta_weights_i_h += hidden_error_term * X[:, None]
        delta_weights_h_o += (output_error_term * hidden_outputs[:, None])
        return delta_weights_i_h, delta_weights_h_o

    def update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records):
        self.weights_hidden_to_output += self.lr * delta_weights_h_o / n_records
        self.weights_input_to_hidden += self.lr * delta_weights_i_h / n_records

    def run(self, features):
        hidden_outputs = self.activation_function(np.dot(features, self.weights_input_to_hidden))
        return np.dot(hidden_outputs, self.weights_hidden_to_output)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    network = NeuralNetwork(weights_input_to_hidden, weights_hidden_to_output, learning_rate)
    loss = np.empty(epochs)
    for i in range(epochs):
        loss[i] = np.mean((network.run(features) - targets)**2)
        network.train(features, targets)
    return {"weights_input_to_hidden": network.weights_input_to_hidden,
            "weights_hidden_to_output": network.weights_hidden_to_output, "loss": loss}
