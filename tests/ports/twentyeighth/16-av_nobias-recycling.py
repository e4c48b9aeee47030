"""av_nobias ported by someone used to rows-as-samples (the 2017 article's layout): the
2020 article's X (f x n) and y (1 x n) are turned into X_rows = X.T (n x f) and y_rows =
y.T (n x 1) once, the forward and backward passes are written in that layout (samples down
the rows, products X_rows @ W), and the gradients, sums over the rows, come out f x h and
h x 1 as the weights are. The chain-rule names are kept for the backward pass; the loss is
the article's np.average(error)."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X_rows = np.asarray(X, dtype=float).T
    y_rows = np.asarray(y, dtype=float).ravel()
    weights_input_hidden = np.array(weights_input_hidden, dtype=float)
    weights_hidden_output = np.array(weights_hidden_output, dtype=float)
    losses = np.zeros(epochs)
    for epoch in range(epochs):
        hiddenLayer_linearTransform = X_rows @ weights_input_hidden           # n x h
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = hiddenLayer_activations @ weights_hidden_output  # n x 1
        output = sigmoid(outputLayer_linearTransform)
        error = np.square(y_rows - output) / 2
        losses[epoch] = np.average(error)

        error_wrt_output = -(y_rows - output)
        output_wrt_outputLayer_LinearTransform = output * (1 - output)
        delta_output = error_wrt_output * output_wrt_outputLayer_LinearTransform  # n x 1
        error_wrt_weights_hidden_output = hiddenLayer_activations.T @ delta_output

        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = (
            hiddenLayer_activations * (1 - hiddenLayer_activations))
        delta_hidden = ((delta_output @ weights_hidden_output.T)
                        * hiddenLayer_activations_wrt_hiddenLayer_linearTransform)  # n x h
        error_wrt_weights_input_hidden = X_rows.T @ delta_hidden

        weights_hidden_output = weights_hidden_output - lr * error_wrt_weights_hidden_output
        weights_input_hidden = weights_input_hidden - lr * error_wrt_weights_input_hidden
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output, "loss": losses}


def predict(X, weights_input_hidden, weights_hidden_output):
    X_rows = np.asarray(X, dtype=float).T
    return sigmoid(sigmoid(X_rows @ weights_input_hidden) @ weights_hidden_output).T
