"""av_nobias: the 2020 article's "in detail" network by a porter who keeps the two weight
matrices in a dict, params, read and written by their names, and counts the epochs with a
while loop (epoch = 0; while epoch < epochs: ...; epoch += 1). The article's chain-rule
names in its order, np.dot() and np.multiply() as it writes them; the loss of an epoch is
np.average(error) of its forward pass, stored in an array made before the loop."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    params = {"weights_input_hidden": np.array(weights_input_hidden, dtype=float),
              "weights_hidden_output": np.array(weights_hidden_output, dtype=float)}
    losses = np.zeros(epochs, dtype=np.float32)
    epoch = 0
    while epoch < epochs:
        # Forward Propagation
        hiddenLayer_linearTransform = np.dot(params["weights_input_hidden"].T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.dot(params["weights_hidden_output"].T,
                                             hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)
        # calculating error
        error = np.square(y - output) / 2
        # Backward Propagation
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = params["weights_hidden_output"]
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
             * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                      (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)
        # updating the weights
        params["weights_hidden_output"] = (params["weights_hidden_output"]
                                           - lr * error_wrt_weights_hidden_output)
        params["weights_input_hidden"] = (params["weights_input_hidden"]
                                          - lr * error_wrt_weights_input_hidden)
        losses[epoch] = np.average(error)
        epoch += 1
    return {"weights_input_hidden": params["weights_input_hidden"],
            "weights_hidden_output": params["weights_hidden_output"], "loss": losses}


def predict(X, weights_input_hidden, weights_hidden_output):
    hiddenLayer_activations = sigmoid(np.dot(np.asarray(weights_input_hidden).T, X))
    return sigmoid(np.dot(np.asarray(weights_hidden_output).T, hiddenLayer_activations))
