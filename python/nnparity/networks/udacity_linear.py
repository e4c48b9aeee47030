"""The Udacity-style network: one sigmoid hidden layer, a linear output, no biases.

"Neural network from scratch" (seeds/003, after Udacity's Deep Learning Nanodegree). Names and
shapes are the article's: features (n x f), targets (n x o), weights_input_to_hidden (f x h),
weights_hidden_to_output (h x o). Rows are records. The weight steps are accumulated record
by record and applied once per pass as learning_rate * delta / n_records. Read beside
R/udacity_linear.R, statement for statement.

The article's class is kept (NeuralNetwork with run, train, forward_pass_train,
backpropagation, update_weights), with two changes: the constructor takes the initial weights
instead of drawing them (fixtures/recipes/udacity_linear.py draws them, as the article's step
2 does, from a seeded generator), and train() returns what one pass computed, for step().
The text of the article garbles some lines (`hidden_inputs =, self.weights_input_to_hidden)`);
each is rebuilt from the article's equations, and a comment says so.
"""

import numpy as np

# The contract (names and shapes of data, parameters, hyperparameters, predict()'s input
# and output, step()'s intermediates) is declared in ../bundled.toml, [networks.udacity_linear].


def MSE(y, Y):
    """Return the mean squared error over every element, as the Udacity project defines it."""
    return np.mean((y - Y)**2)


class NeuralNetwork(object):
    """The article's network; the weights are given, copied, and updated in place."""

    def __init__(self, input_nodes, hidden_nodes, output_nodes, learning_rate, *,
                 weights_input_to_hidden, weights_hidden_to_output):
        # Step 1
        self.input_nodes = input_nodes
        self.hidden_nodes = hidden_nodes
        self.output_nodes = output_nodes

        # Step 2: the article draws np.random.normal(0.0, self.input_nodes**-0.5,
        # (input_nodes, hidden_nodes)) and np.random.normal(0.0, self.hidden_nodes**-0.5,
        # (hidden_nodes, output_nodes)) here; we take them as drawn by the fixture's recipe,
        # copied so that the caller's arrays are never updated in place.
        self.weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=np.float64)
        self.weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=np.float64)
        assert self.weights_input_to_hidden.shape == (input_nodes, hidden_nodes)
        assert self.weights_hidden_to_output.shape == (hidden_nodes, output_nodes)
        # Step 3
        self.lr = learning_rate
        # Step 4
        self.activation_function = lambda x: (1 / (1 + np.exp(-x)))

    def train(self, features, targets):
        """Make one pass over the records (n x f, n x o); update the weights once, at its end.

        Returns the pass's intermediates (declared in ../bundled.toml); the article's train() returns nothing.
        """
        n_records = features.shape[0]

        # Step 1
        delta_weights_i_h = np.zeros(self.weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(self.weights_hidden_to_output.shape)
        hidden_outputs_by_record, final_outputs_by_record = [], []

        for X, y in zip(features, targets):
            # Step 2
            final_outputs, hidden_outputs = self.forward_pass_train(X)
            # Step 3
            delta_weights_i_h, delta_weights_h_o = self.backpropagation(
                final_outputs, hidden_outputs, X, y, delta_weights_i_h, delta_weights_h_o)
            hidden_outputs_by_record.append(hidden_outputs)
            final_outputs_by_record.append(final_outputs)

        # Step 4
        self.update_weights(delta_weights_i_h, delta_weights_h_o, n_records)
        return {"hidden_outputs": np.array(hidden_outputs_by_record),        # (n x h)
                "final_outputs": np.array(final_outputs_by_record),          # (n x o)
                "delta_weights_i_h": delta_weights_i_h, "delta_weights_h_o": delta_weights_h_o}

    def forward_pass_train(self, X):
        """Return final_outputs (o) and hidden_outputs (h) for one record X (f)."""
        # Not printed in the article: "the same as the run() function", for one record,
        # "should also return the hidden_ouput along with the final_output".
        # Step 1: h_hat = sigmoid(W_i-h . X)
        hidden_inputs = np.dot(X, self.weights_input_to_hidden)             # (h)
        hidden_outputs = self.activation_function(hidden_inputs)
        # Step 2: y_hat = W_h-o . h_hat, no activation on the output
        final_inputs = np.dot(hidden_outputs, self.weights_hidden_to_output)  # (o)
        final_outputs = final_inputs
        return final_outputs, hidden_outputs

    def backpropagation(self, final_outputs, hidden_outputs, X, y, delta_weights_i_h,
                        delta_weights_h_o):
        """Add one record's weight steps to delta_weights_i_h (f x h) and delta_weights_h_o
        (h x o), in place, and return them."""
        # Step 1
        error = y - final_outputs                                           # E_out = y - y_hat, (o)
        # E_hidden = W_hidden-out . E_out; the text's `hidden_error =, error)`
        hidden_error = np.dot(self.weights_hidden_to_output, error)         # (h)
        # Step 2
        output_error_term = error * 1                                       # f'(z) = 1: linear output
        hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
        # Step 3
        delta_weights_i_h += hidden_error_term * X[:, None]                 # (f x h)
        delta_weights_h_o += (output_error_term * hidden_outputs[:, None])  # (h x o)
        return delta_weights_i_h, delta_weights_h_o

    def update_weights(self, delta_weights_i_h, delta_weights_h_o, n_records):
        """Update the weights in place: W += lr * delta / n_records."""
        # W_j = W_j + eta Delta W_j / m; the text's `+= * delta_weights_h_o/n_records`
        self.weights_hidden_to_output += self.lr * delta_weights_h_o / n_records
        # w_ij = w_ij + eta Delta w_ij / m; garbled the same way
        self.weights_input_to_hidden += self.lr * delta_weights_i_h / n_records

    def run(self, features):
        """Return the network's output (n x o) for features (n x f)."""
        # Step 1: h_hat = sigmoid(W_i-h . X); the text's `hidden_inputs =, self.weights_...)`
        hidden_inputs = np.dot(features, self.weights_input_to_hidden)      # (n x h)
        hidden_outputs = self.activation_function(hidden_inputs)
        # Step 2: y_hat = W_h-o . h_hat; the text's `final_inputs =, self.weights_...)`
        final_inputs = np.dot(hidden_outputs, self.weights_hidden_to_output)  # (n x o)
        final_outputs = final_inputs
        return final_outputs


def _network(weights_input_to_hidden, weights_hidden_to_output, learning_rate=None):
    """Return a NeuralNetwork holding copies of the given weights, sized by their shapes."""
    input_nodes, hidden_nodes = np.shape(weights_input_to_hidden)
    output_nodes = np.shape(weights_hidden_to_output)[1]
    return NeuralNetwork(input_nodes, hidden_nodes, output_nodes, learning_rate,
                         weights_input_to_hidden=weights_input_to_hidden,
                         weights_hidden_to_output=weights_hidden_to_output)


def step(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate):
    """Return one epoch's intermediates, its loss and the updated weights (new arrays).

    One epoch is one pass, one call of the article's train(): every record's weight steps
    are accumulated, then applied once. The loss is MSE(run(features), targets) before the
    update.
    """
    network = _network(weights_input_to_hidden, weights_hidden_to_output, learning_rate)
    loss = MSE(network.run(features), targets)
    intermediates = network.train(features, targets)
    return {**intermediates, "loss": loss,
            "weights_input_to_hidden": network.weights_input_to_hidden,
            "weights_hidden_to_output": network.weights_hidden_to_output}


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    """Return the weights after `epochs` passes, and each pass's loss.

    The loss of a pass is the Udacity project's MSE of run(features) against targets,
    measured before the pass's update. (The project's notebook prints it after each train()
    call: its value after pass k is our loss of pass k + 1, and the last one is the MSE of
    predict() on the final weights.)
    """
    loss = np.empty(epochs)
    for i in range(epochs):
        s = step(features, targets, weights_input_to_hidden, weights_hidden_to_output,
                 learning_rate)
        weights_input_to_hidden, weights_hidden_to_output, loss[i] = \
            s["weights_input_to_hidden"], s["weights_hidden_to_output"], s["loss"]
    return {"weights_input_to_hidden": np.array(weights_input_to_hidden, dtype=np.float64),
            "weights_hidden_to_output": np.array(weights_hidden_to_output, dtype=np.float64),
            "loss": loss}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    """Return the network's output (n x o) for features (n x f): the article's run()."""
    return _network(weights_input_to_hidden, weights_hidden_to_output).run(features)
