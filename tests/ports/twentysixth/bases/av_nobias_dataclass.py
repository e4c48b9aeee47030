"""av_nobias: the 2020 article's "in detail" network by a porter who keeps the two weight
matrices in a frozen dataclass, Weights, and never changes one in place: every epoch
builds the next Weights with dataclasses.replace(), from the article's chain-rule
gradients. The article's names and order of statements (np.dot, np.multiply, np.square);
X is f x n (columns are samples), no biases, sigmoid in both layers; the epoch's loss is
np.average(error), before the update."""

from dataclasses import dataclass, replace

import numpy as np


@dataclass(frozen=True)
class Weights:
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
        # forward propagation
        hiddenLayer_linearTransform = np.dot(w.weights_input_hidden.T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.dot(w.weights_hidden_output.T, hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)

        # calculating error
        error = np.square(y - output) / 2

        # calculating rate of change of error w.r.t weight between hidden and output layer
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)

        # calculating rate of change of error w.r.t weights between input and hidden layer
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
        w = replace(w, weights_hidden_output=w.weights_hidden_output - lr * error_wrt_weights_hidden_output,
                    weights_input_hidden=w.weights_input_hidden - lr * error_wrt_weights_input_hidden)

        losses.append(np.average(error))
    return {"weights_input_hidden": w.weights_input_hidden,
            "weights_hidden_output": w.weights_hidden_output,
            "loss": np.array(losses, dtype=float)}


def predict(X, weights_input_hidden, weights_hidden_output):
    hiddenLayer_activations = sigmoid(np.dot(np.asarray(weights_input_hidden).T, X))
    return sigmoid(np.dot(np.asarray(weights_hidden_output).T, hiddenLayer_activations))
