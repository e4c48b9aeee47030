"""av_mlp: the 2017 article's numpy code by a porter who writes every product as np.matmul()
and every bias addition as np.add(), and walks the epochs with itertools.repeat(None,
epochs), appending each epoch's loss to a list that becomes an array at the end. The biases
stay 1 x h and 1 x 1; their sums over the samples are taken with np.sum(..., axis=0) and put
back into a row with [None, :]. The article's names and order of statements."""

import itertools

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh, bh = np.array(wh, dtype=float), np.array(bh, dtype=float)
    wout, bout = np.array(wout, dtype=float), np.array(bout, dtype=float)
    losses = []
    for _ in itertools.repeat(None, epochs):
        # Forward Propogation
        hidden_layer_input1 = np.matmul(X, wh)
        hidden_layer_input = np.add(hidden_layer_input1, bh)
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.matmul(hiddenlayer_activations, wout)
        output_layer_input = np.add(output_layer_input1, bout)
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = np.matmul(d_output, wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = np.add(wout, np.matmul(hiddenlayer_activations.T, d_output) * lr)
        bout = np.add(bout, np.sum(d_output, axis=0)[None, :] * lr)
        wh = np.add(wh, np.matmul(X.T, d_hiddenlayer) * lr)
        bh = np.add(bh, np.sum(d_hiddenlayer, axis=0)[None, :] * lr)
        losses.append(np.sum(E ** 2) / (2 * E.shape[0]))
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout,
            "loss": np.array(losses, dtype=float)}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.add(np.matmul(np.asarray(X, dtype=float), wh), bh))
    return sigmoid(np.add(np.matmul(hiddenlayer_activations, wout), bout))
