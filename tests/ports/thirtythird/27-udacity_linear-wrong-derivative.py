"""udacity_linear: the article's pass with the records' steps yielded by a generator:
record_steps() runs the article's forward_pass_train() and backpropagation() record by
record and yields each record's two steps; train() adds them up as it draws them and
applies them once per pass, learning_rate * delta / n_records. The weights are given (the
article's step 2 draws them), copied to float arrays; the loss is the Udacity project's
MSE() of run(), measured before the pass."""

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


def record_steps(features, targets, weights_input_to_hidden, weights_hidden_to_output):
    for X, y in zip(features, targets):
        # forward_pass_train
        hidden_inputs = np.dot(X, weights_input_to_hidden)
        hidden_outputs = activation_function(hidden_inputs)
        final_inputs = np.dot(hidden_outputs, weights_hidden_to_output)
        final_outputs = final_inputs
        # backpropagation
        error = y - final_outputs
        output_error_term = error * 1
        hidden_error = np.dot(weights_hidden_to_output, output_error_term)
        hidden_error_term = hidden_error * hidden_inputs * (1 - hidden_inputs)
        yield hidden_error_term * X[:, None], output_error_term * hidden_outputs[:, None]


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output, learning_rate,
          epochs):
    features = np.asarray(features, dtype=float)
    targets = np.asarray(targets, dtype=float)
    weights_input_to_hidden = np.array(weights_input_to_hidden, dtype=float)
    weights_hidden_to_output = np.array(weights_hidden_to_output, dtype=float)
    n_records = features.shape[0]
    loss = np.zeros(epochs)
    for e in range(epochs):
        loss[e] = MSE(run(features, weights_input_to_hidden, weights_hidden_to_output), targets)
        delta_weights_i_h = np.zeros(weights_input_to_hidden.shape)
        delta_weights_h_o = np.zeros(weights_hidden_to_output.shape)
        for step_i_h, step_h_o in record_steps(features, targets, weights_input_to_hidden,
                                               weights_hidden_to_output):
            delta_weights_i_h += step_i_h
            delta_weights_h_o += step_h_o
        weights_hidden_to_output = (weights_hidden_to_output
                                    + learning_rate * delta_weights_h_o / n_records)
        weights_input_to_hidden = (weights_input_to_hidden
                                   + learning_rate * delta_weights_i_h / n_records)
    return {"weights_input_to_hidden": weights_input_to_hidden,
            "weights_hidden_to_output": weights_hidden_to_output, "loss": loss}


def predict(features, weights_input_to_hidden, weights_hidden_to_output):
    return run(np.asarray(features, dtype=float), weights_input_to_hidden,
               weights_hidden_to_output)
