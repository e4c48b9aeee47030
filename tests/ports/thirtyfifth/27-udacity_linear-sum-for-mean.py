"""udacity_linear: the Udacity-style network by a porter who keeps each record's weight
steps in two lists, steps_i_h and steps_h_o, appended in the article's loop over
zip(features, targets), and sums them with np.sum(..., axis=0) when the pass ends, where
the article adds them into delta_weights_i_h and delta_weights_h_o as it goes;
update_weights() divides the sums by n_records. The article's names and order of
statements; the loss of a pass, the MSE of run(features) against targets, is taken before
the pass's update."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def MSE(y, Y):
    return np.mean(np.sum((y - Y) ** 2, axis=1))


def run(features, weights_input_to_hidden, weights_hidden_to_output):
    hidden_outputs = sigmoid(np.dot(features, weights_input_to_hidden))
    return np.dot(hidden_outputs, weights_hidden_to_output)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float)
    weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float)
    n_records = features.shape[0]
    loss = np.empty(epochs)
    for e in range(epochs):
        loss[e] = MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
        steps_i_h, steps_h_o = [], []
        for X, y in zip(features, targets):
            # forward_pass_train
            hidden_inputs = np.dot(X, weights_input_to_hidden)
            hidden_outputs = sigmoid(hidden_inputs)
            final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
            final_outputs = final_inputs
            # backpropagation
            error = y - final_outputs
            hidden_error = np.dot(weights_hidden_to_output, error)
            output_error_term = error * 1
            hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)
            steps_i_h.append(hidden_error_term * X[:, None])
            steps_h_o.append(output_error_term * hidden_outputs[:, None])
        delta_weights_i_h = np.sum(steps_i_h, axis=0)
        delta_weights_h_o = np.sum(steps_h_o, axis=0)
        # update_weights
        weights_hidden_to_output = (weights_hidden_to_output
                                    + learning_rate * delta_weights_h_o / n_records)
        weights_input_to_hidden = (weights_input_to_hidden
                                   + learning_rate * delta_weights_i_h / n_records)
    return {"weights_input_to_hidden": weights_input_to_hidden,
            "weights_hidden_to_output": weights_hidden_to_output, "loss": loss}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    return run(np.asarray(features, dtype=float), weights_input_to_hidden,
               weights_hidden_to_output)
