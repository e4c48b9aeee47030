"""av_nobias ported from the 2020 article's "in detail" code, the chain rule's long names
kept: X is f x n (columns are samples), no biases, sigmoid in both layers, the error
np.square(y - output) / 2, and plain gradient descent w = w - lr * dE/dw, written with
numpy's @ operator."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=int)
    y = np.asarray(y, dtype=float)
    weights_input_hidden = np.array(weights_input_hidden, dtype=float)
    weights_hidden_output = np.array(weights_hidden_output, dtype=float)
    losses = []
    for epoch in range(epochs):
        # forward pass
        hiddenLayer_linearTransform = weights_input_hidden.T @ X
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = weights_hidden_output.T @ hiddenLayer_activations
        output = sigmoid(outputLayer_linearTransform)
        error = np.square(y - output) / 2
        # backward pass: hidden to output
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = (
            outputLayer_LinearTransform_wrt_weights_hidden_output
            @ (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)
        # backward pass: input to hidden
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = (
            hiddenLayer_linearTransform_wrt_weights_input_hidden
            @ (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
               * (outputLayer_LinearTransform_wrt_hiddenLayer_activations
                  @ (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)
        # update the parameters
        weights_hidden_output = weights_hidden_output - lr * error_wrt_weights_hidden_output
        weights_input_hidden = weights_input_hidden - lr * error_wrt_weights_input_hidden
        losses.append(np.average(error))
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output, "loss": np.array(losses)}
