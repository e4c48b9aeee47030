"""av_nobias ported from the 2020 article's "in detail" code, its chain-rule names kept
(X is f x n, columns are samples; no biases; sigmoid in both layers; the error
np.square(y - output) / 2), split into the functions from-scratch tutorials write:
forward_propagation() returns a cache of the forward pass, backward_propagation() the two
gradients under the weights' names, update_parameters() the moved weights. The weights
travel in a dict `parameters`."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward_propagation(X, parameters):
    hiddenLayer_linearTransform = np.dot(parameters["weights_input_hidden"].T, X)
    hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform = np.dot(parameters["weights_hidden_output"].T,
                                         hiddenLayer_activations)
    output = sigmoid(outputLayer_linearTransform)
    return {"hiddenLayer_activations": hiddenLayer_activations, "output": output}


def compute_error(y, cache):
    error = np.square(y - cache["output"]) / 2
    return np.average(error)


def backward_propagation(X, y, parameters, cache):
    output = cache["output"]
    hiddenLayer_activations = cache["hiddenLayer_activations"]
    # hidden to output
    error_wrt_output = -(y - output)
    output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
    outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
    error_wrt_weights_hidden_output = np.dot(
        outputLayer_LinearTransform_wrt_weights_hidden_output,
        (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)
    # input to hidden
    outputLayer_LinearTransform_wrt_hiddenLayer_activations = parameters["weights_hidden_output"]
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
        hiddenLayer_activations, (1 - hiddenLayer_activations))
    hiddenLayer_linearTransform_wrt_weights_input_hidden = X
    error_wrt_weights_input_hidden = np.dot(
        hiddenLayer_linearTransform_wrt_weights_input_hidden,
        (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
         * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                  (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)
    return {"weights_input_hidden": error_wrt_weights_input_hidden,
            "weights_hidden_output": error_wrt_weights_hidden_output}


def update_parameters(parameters, grads, lr):
    return {name: parameters[name] - lr * grads[name] for name in parameters}


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    parameters = {"weights_input_hidden": np.array(weights_input_hidden, dtype=float),
                  "weights_hidden_output": np.array(weights_hidden_output, dtype=float)}
    losses = np.zeros(epochs)
    for epoch in range(epochs):
        cache = forward_propagation(X, parameters)
        losses[epoch] = compute_error(y, cache)
        grads = backward_propagation(X, y, parameters, cache)
        parameters = update_parameters(parameters, grads, lr)
    return {"weights_input_hidden": parameters["weights_input_hidden"],
            "weights_hidden_output": parameters["weights_hidden_output"], "loss": losses}
