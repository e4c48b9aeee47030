"""The Udacity-style article's NeuralNetwork class, copied from "Neural network from
scratch" (seeds/003), statement for statement, with its garbled lines rebuilt from its
equations exactly as python/nnparity/networks/udacity_linear.py rebuilds them
(`hidden_inputs =, self.weights_input_to_hidden)` is np.dot(X, self.weights_input_to_hidden),
`+= * delta/n_records` is += self.lr * delta/n_records).

Two changes: the constructor takes the initial weights instead of drawing them from
np.random.normal(), and a train loop is added (the article's usage is in its next post, not
printed): one train() call per pass, as the Udacity project's notebook does, without the
notebook's per-pass loss printing.
"""

import numpy as np


class NeuralNetwork(object):
    def __init__(self, input_nodes, hidden_nodes, output_nodes, learning_rate,
                 weights_input_to_hidden, weights_hidden_to_output):
        # Step 1
        self.input_nodes = input_nodes
        self.hidden_nodes = hidden_nodes
        self.output_nodes = output_nodes

        # Step 2 (given, copied: the article draws them here)
        self.weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=np.float64)
        self.weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=np.float64)
        # Step 3
        self.lr = learning_rate
        # Step 4
        self.activation_function = lambda x : (1/(1+np.exp(-x)))

    def train(self, features, targets):
        n_records = features.shape[0]

        # Step 1
        delta_weights_i_h = np.zeros(self.weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(self.weights_hidden_to_output.shape)

        for X, y in zip(features, targets):
            # Step 2
            final_outputs, hidden_outputs = self.forward_pass_train(X)
            # Step 3
            delta_weights_i_h, delta_weights_h_o = self.backpropagation(final_outputs,
                                                                        hidden_outputs, X, y,
                                                                        delta_weights_i_h,
                                                                        delta_weights_h_o)

        # Step 4
        self.update_weights(delta_weights_i_h, delta_weights_h_o, n_records)

    def forward_pass_train(self, X):
        # Step 1
        hidden_inputs = np.dot(X, self.weights_input_to_hidden)
        hidden_outputs = self.activation_function(hidden_inputs)
        # Step 2
        final_inputs = np.dot(hidden_outputs, self.weights_hidden_to_output)
        final_outputs = final_inputs
        return final_outputs, hidden_outputs

    def backpropagation(self, final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                        delta_weights_h_o):
        # Step 1
        error = y-final_outputs
        hidden_error = np.dot(self.weights_hidden_to_output, error)
        # Step 2
        output_error_term = error * 1
        hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
        # Step 3
        delta_weights_i_h += hidden_error_term * X[:,None]
        delta_weights_h_o += (output_error_term * hidden_outputs[:,None])

        return delta_weights_i_h, delta_weights_h_o

    def update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records):
        # update hidden-to-output weights with gradient descent step
        self.weights_hidden_to_output += self.lr * delta_weights_h_o/n_records
        # update input-to-hidden weights with gradient descent step
        self.weights_input_to_hidden += self.lr * delta_weights_i_h/n_records

    def run(self, features):
        # Step 1
        hidden_inputs = np.dot(features, self.weights_input_to_hidden)
        hidden_outputs = self.activation_function(hidden_inputs)
        # Step 2
        final_inputs = np.dot(hidden_outputs, self.weights_hidden_to_output)
        final_outputs = final_inputs
        return final_outputs


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    """Make `epochs` passes of the article's train() from the given weights; return the network."""
    network = NeuralNetwork(features.shape[1], weights_input_to_hidden.shape[1],
                            weights_hidden_to_output.shape[1], learning_rate,
                            weights_input_to_hidden, weights_hidden_to_output)
    for _ in range(epochs):
        network.train(features, targets)
    return network
