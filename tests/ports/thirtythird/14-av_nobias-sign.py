"""av_nobias: the 2020 article's two weight matrices carried in a typing.NamedTuple,
Weights(weights_input_hidden, weights_hidden_output); each epoch runs the article's
forward and backward statements, in its order and with its chain-rule names, reading the
weights as w.weights_input_hidden and w.weights_hidden_output, and builds the next Weights
with w._replace(), both from the gradients of the same (old) weights. The epoch's loss is
the article's np.average(error). Columns are samples."""

from typing import NamedTuple

import numpy as np


class Weights(NamedTuple):
    weights_input_hidden: np.ndarray
    weights_hidden_output: np.ndarray


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = Weights(np.array(weights_input_hidden, dtype=float),
                np.array(weights_hidden_output, dtype=float))
    losses = []
    for epoch in range(epochs):
        # Forward Propogation
        hiddenLayer_linearTransform = np.dot(w.weights_input_hidden.T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.dot(w.weights_hidden_output.T, hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)
        # Backward Propagation
        error = np.square(y - output) / 2
        error_wrt_output = y - output
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = w.weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
             * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                      (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)
        # updating the weights
        w = w._replace(
            weights_hidden_output=w.weights_hidden_output - lr * error_wrt_weights_hidden_output,
            weights_input_hidden=w.weights_input_hidden - lr * error_wrt_weights_input_hidden)
        losses.append(np.average(error))
    return {"weights_input_hidden": w.weights_input_hidden,
            "weights_hidden_output": w.weights_hidden_output, "loss": np.array(losses)}


def predict(X, weights_input_hidden, weights_hidden_output):
    hiddenLayer_activations = sigmoid(np.dot(np.asarray(weights_input_hidden).T, X))
    return sigmoid(np.dot(np.asarray(weights_hidden_output).T, hiddenLayer_activations))
