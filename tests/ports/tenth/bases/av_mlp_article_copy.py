"""av_mlp in the article's numpy, its names and its loop (np.dot, .dot(), .T, += updates and
np.sum(axis=0, keepdims=True) for the biases), run on copies of the given arrays so that the
in-place updates leave the caller's parameters alone; the losses go into a preallocated
array."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.array(X, dtype=float)
    y = np.array(y, dtype=float)
    wh, bh = wh.astype(float), bh.astype(float)
    wout, bout = wout.astype(float), bout.astype(float)
    loss = np.empty(epochs)
    for i in range(epochs):
        # Forward Propogation
        hidden_layer_input = np.dot(X, wh) + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input = np.dot(hiddenlayer_activations, wout) + bout
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        loss[i] = np.mean(np.square(E)) / 2
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
