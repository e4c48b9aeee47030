"""av_nobias: the 2020 article's "in detail" training loop as a script inside train(), by a
porter who writes numpy's matrix product with the @ operator: its chain-rule names and its
order of statements, X f x n and y 1 x n (columns are samples), the losses appended to a
list as the article's losses.append(np.average(error)) and returned as an array."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)[:, ::-1]
    weights_input_hidden = np.array(weights_input_hidden, dtype=float)
    weights_hidden_output = np.array(weights_hidden_output, dtype=float)
    losses = []
    for epoch in range(epochs):
        # forward propagation
        hiddenLayer_linearTransform = weights_input_hidden.T @ X
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = weights_hidden_output.T @ hiddenLayer_activations
        output = sigmoid(outputLayer_linearTransform)

        # calculating error
        error = np.square(y - output) / 2

        # backward propagation: the output weights
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = output * (1 - output)
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = (
            outputLayer_LinearTransform_wrt_weights_hidden_output
            @ (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)

        # backward propagation: the input weights
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = (
            hiddenLayer_activations * (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = (
            hiddenLayer_linearTransform_wrt_weights_input_hidden
            @ (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
               * (outputLayer_LinearTransform_wrt_hiddenLayer_activations
                  @ (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)

        # updating the weights
        weights_hidden_output = weights_hidden_output - lr * error_wrt_weights_hidden_output
        weights_input_hidden = weights_input_hidden - lr * error_wrt_weights_input_hidden

        # the epoch's loss
        losses.append(np.average(error))
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output,
            "loss": np.array(losses, dtype=float)}


def predict(X, weights_input_hidden, weights_hidden_output):
    return sigmoid(weights_hidden_output.T @ sigmoid(weights_input_hidden.T @ np.asarray(X)))
