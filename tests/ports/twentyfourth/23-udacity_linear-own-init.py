"""udacity_linear: the article's NeuralNetwork class written as a @dataclass by a porter
who lets the decorator write the constructor: its fields are the two weight matrices and
the learning rate (copied to float arrays in __post_init__), and its methods are the
article's train(), forward_pass_train(), backpropagation(), update_weights() and run(),
statement for statement, the deltas added to in place and the weights moved with +=. One
epoch is one call of train(); the loss is the MSE of run(features) before it."""

from dataclasses import dataclass

import numpy as np


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


@dataclass
class NeuralNetwork:
    weights_input_to_hidden: np.ndarray
    weights_hidden_to_output: np.ndarray
    lr: float

    def __post_init__(self):
        self.weights_input_to_hidden = np.array(self.weights_input_to_hidden, dtype=float)
        self.weights_hidden_to_output = np.random.default_rng(42).normal(0.0, np.shape(self.weights_hidden_to_output)[0] ** -0.5, np.shape(self.weights_hidden_to_output))
        self.activation_function = sigmoid

    def train(self, features, targets):
        n_records = features.shape[0]
        delta_weights_i_h = np.zeros(self.weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(self.weights_hidden_to_output.shape)
        for X, y in zip(features, targets):
            final_outputs, hidden_outputs = self.forward_pass_train(X)
            delta_weights_i_h, delta_weights_h_o = self.backpropagation(
                final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o)
        self.update_weights(delta_weights_i_h, delta_weights_h_o, n_records)

    def forward_pass_train(self, X):
        hidden_inputs = np.dot(X, self.weights_input_to_hidden)
        hidden_outputs = self.activation_function(hidden_inputs)
        final_inputs = np.dot(hidden_outputs, self.weights_hidden_to_output)
        final_outputs = final_inputs
        return final_outputs, hidden_outputs

    def backpropagation(self, final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                        delta_weights_h_o):
        error = y - final_outputs
        hidden_error = np.dot(self.weights_hidden_to_output, error)
        output_error_term = error * 1
        hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
        delta_weights_i_h += hidden_error_term * X[:, None]
        delta_weights_h_o += output_error_term * hidden_outputs[:, None]
        return delta_weights_i_h, delta_weights_h_o

    def update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records):
        self.weights_hidden_to_output += self.lr * delta_weights_h_o / n_records
        self.weights_input_to_hidden += self.lr * delta_weights_i_h / n_records

    def run(self, features):
        hidden_inputs = np.dot(features, self.weights_input_to_hidden)
        hidden_outputs = self.activation_function(hidden_inputs)
        final_inputs = np.dot(hidden_outputs, self.weights_hidden_to_output)
        final_outputs = final_inputs
        return final_outputs


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    network = NeuralNetwork(weights_input_to_hidden, weights_hidden_to_output, learning_rate)
    losses = np.zeros(epochs)
    for e in range(epochs):
        losses[e] = MSE(network.run(features), targets)
        network.train(features, targets)
    return {"weights_input_to_hidden": network.weights_input_to_hidden,
            "weights_hidden_to_output": network.weights_hidden_to_output, "loss": losses}
