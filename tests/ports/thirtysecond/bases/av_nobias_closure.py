"""av_nobias: the 2020 article's loop body made a closure: make_epoch(X, y, lr) binds the
data and the rate and returns epoch(weights_input_hidden, weights_hidden_output), which runs
the article's forward and backward statements, in its order and with its chain-rule names,
and returns the moved weights with the epoch's np.average(error); train() calls it epochs
times. Columns are samples."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def make_epoch(X, y, lr):
    def epoch(weights_input_hidden, weights_hidden_output):
        # Forward Propogation
        hiddenLayer_linearTransform = np.dot(weights_input_hidden.T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.dot(weights_hidden_output.T, hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)
        # Backward Propagation
        error = np.square(y - output) / 2
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
             * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                      (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)
        # updating the weights
        weights_hidden_output = weights_hidden_output - lr * error_wrt_weights_hidden_output
        weights_input_hidden = weights_input_hidden - lr * error_wrt_weights_input_hidden
        return weights_input_hidden, weights_hidden_output, np.average(error)
    return epoch


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    weights_input_hidden = np.array(weights_input_hidden, dtype=float)
    weights_hidden_output = np.array(weights_hidden_output, dtype=float)
    epoch = make_epoch(X, y, lr)
    loss = np.zeros(epochs)
    for i in range(epochs):
        weights_input_hidden, weights_hidden_output, loss[i] = epoch(
            weights_input_hidden, weights_hidden_output)
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output, "loss": loss}


def predict(X, weights_input_hidden, weights_hidden_output):
    hiddenLayer_activations = sigmoid(np.dot(weights_input_hidden.T, X))
    return sigmoid(np.dot(weights_hidden_output.T, hiddenLayer_activations))
