"""av_nobias: the 2020 article's "in detail" network by a porter who keeps the two weight
matrices in one Python list, W = [weights_input_hidden, weights_hidden_output], read as
W[0] and W[1] and written back by index; the gradients go into a list of the same order,
grads, and the step is one loop over the indices. X is f x n (columns are samples), no
biases, sigmoid in both layers, the article's chain-rule names and order of statements; the
losses np.average(error) are appended to a list."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    W = [np.random.RandomState(0).uniform(size=np.shape(weights_input_hidden)), np.array(weights_hidden_output, dtype=float)]
    losses = []
    for epoch in range(epochs):
        # forward propagation
        hiddenLayer_linearTransform = np.dot(W[0].T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.dot(W[1].T, hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)
        error = np.square(y - output) / 2
        # error w.r.t. weights_hidden_output
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)
        # error w.r.t. weights_input_hidden
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = W[1]
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
             * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                      (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)
        # gradient descent, both from the same (old) weights
        grads = [error_wrt_weights_input_hidden, error_wrt_weights_hidden_output]
        for k in range(len(W)):
            W[k] = W[k] - lr * grads[k]
        losses.append(np.average(error))
    return {"weights_input_hidden": W[0], "weights_hidden_output": W[1],
            "loss": np.array(losses, dtype=float)}


def predict(X, weights_input_hidden, weights_hidden_output):
    X = np.asarray(X, dtype=float)
    return sigmoid(np.dot(np.asarray(weights_hidden_output).T,
                          sigmoid(np.dot(np.asarray(weights_input_hidden).T, X))))
