"""udacity_linear: the article's class with its weights kept the way its equations write
them, W_i-h as hidden x input and W_h-o as output x hidden, so that a record's pass is
h = sigmoid(W_i-h . x) and y = W_h-o . h: the given weights are transposed on the way in and
back on the way out. The article's methods otherwise (forward_pass_train, backpropagation,
update_weights, run), one record at a time, the steps accumulated over the pass and applied
once as lr * delta / n_records; the loss of a pass is MSE(run(features), targets) before
it."""

import numpy as np


def MSE(y, Y):
    return np.mean((y - Y) ** 2)


class NeuralNetwork(object):
    def __init__(self, weights_input_to_hidden, weights_hidden_to_output, learning_rate):
        # W_i-h (hidden x input) and W_h-o (output x hidden), as the equations write them
        self.weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float).T
        self.weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float).T
        self.lr = learning_rate
        self.activation_function = lambda x: 1 / (1 + np.exp(-x))

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
        hidden_inputs = np.dot(self.weights_input_to_hidden, X)             # W_i-h . x, (h)
        hidden_outputs = self.activation_function(hidden_inputs)
        final_inputs = np.dot(self.weights_hidden_to_output, hidden_outputs)  # W_h-o . h, (o)
        final_outputs = final_inputs
        return final_outputs, hidden_outputs

    def backpropagation(self, final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                        delta_weights_h_o):
        error = y - final_outputs                                           # (o)
        hidden_error = np.dot(self.weights_hidden_to_output.T, error)       # (h)
        output_error_term = error * 1
        hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
        delta_weights_i_h += np.outer(hidden_error_term, X)                 # (h x f)
        delta_weights_h_o += np.outer(output_error_term, hidden_outputs)    # (o x h)
        return delta_weights_i_h, delta_weights_h_o

    def update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records):
        self.weights_hidden_to_output += self.lr * delta_weights_h_o / n_records
        self.weights_input_to_hidden += self.lr * delta_weights_i_h / n_records

    def run(self, features):
        hidden_outputs = self.activation_function(np.dot(features, self.weights_input_to_hidden.T))
        final_outputs = np.dot(hidden_outputs, self.weights_hidden_to_output.T)
        return final_outputs


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    network = NeuralNetwork(weights_input_to_hidden, weights_hidden_to_output, learning_rate)
    loss = np.empty(epochs)
    for e in range(epochs):
        loss[e] = MSE(network.run(features), targets)
        network.train(features, targets)
    return {"weights_input_to_hidden": network.weights_input_to_hidden.copy(),
            "weights_hidden_to_output": network.weights_hidden_to_output.T.copy(),
            "loss": loss}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    return NeuralNetwork(weights_input_to_hidden, weights_hidden_to_output, None).run(
        np.asarray(features, dtype=float))
