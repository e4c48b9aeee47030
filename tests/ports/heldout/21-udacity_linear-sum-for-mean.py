"""udacity_linear as the article writes it: a NeuralNetwork class holding the weights,
train() making one pass record by record and update_weights() applying the summed steps
once, divided by the number of records. The output unit is linear."""

import numpy as np


class NeuralNetwork:
    def __init__(self, weights_input_to_hidden, weights_hidden_to_output, learning_rate):
        self.weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=np.float64)
        self.weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=np.float64)
        self.lr = learning_rate
        self.activation_function = lambda x: 1 / (1 + np.exp(-x))

    def train(self, features, targets):
        n_records = features.shape[0]
        delta_weights_i_h = np.zeros(self.weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(self.weights_hidden_to_output.shape)
        for X, y in zip(features, targets):
            hidden_outputs = self.activation_function(np.dot(X, self.weights_input_to_hidden))
            final_outputs = np.dot(hidden_outputs, self.weights_hidden_to_output)
            error = y - final_outputs
            hidden_error = np.dot(self.weights_hidden_to_output, error)
            output_error_term = error
            hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
            delta_weights_i_h += hidden_error_term * X[:, None]
            delta_weights_h_o += output_error_term * hidden_outputs[:, None]
        self.update_weights(delta_weights_i_h, delta_weights_h_o, n_records)

    def update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records):
        self.weights_hidden_to_output += self.lr * delta_weights_h_o / n_records
        self.weights_input_to_hidden += self.lr * delta_weights_i_h / n_records

    def run(self, features):
        hidden_outputs = self.activation_function(np.dot(features, self.weights_input_to_hidden))
        return np.dot(hidden_outputs, self.weights_hidden_to_output)


def MSE(y, Y):
    return np.sum((y - Y) ** 2)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    network = NeuralNetwork(weights_input_to_hidden, weights_hidden_to_output, learning_rate)
    loss = np.zeros(epochs)
    for e in range(epochs):
        loss[e] = MSE(network.run(features), targets)
        network.train(features, targets)
    return {"weights_input_to_hidden": network.weights_input_to_hidden,
            "weights_hidden_to_output": network.weights_hidden_to_output, "loss": loss}
