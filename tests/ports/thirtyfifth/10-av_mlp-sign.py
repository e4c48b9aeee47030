"""av_mlp: the 2017 article's numpy code by a porter who writes every product with the
arrays' own .dot() method, moves the four parameters in place with np.add(..., out=...)
(the article's wout += ...), after copying them once into float arrays, and keeps the
losses in a dict keyed by the epoch, made an array in the epochs' order when train()
returns. The article's names and order of statements; the loss, the half mean squared error
of the epoch's forward pass."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.array(X, dtype=float)
    y = np.array(y, dtype=float)
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    history = {}
    for epoch in range(epochs):
        # Forward Propogation
        hidden_layer_input1 = X.dot(wh)
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hiddenlayer_activations.dot(wout)
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        np.subtract(wout, hiddenlayer_activations.T.dot(d_output) * lr, out=wout)
        np.add(bout, d_output.sum(axis=0, keepdims=True) * lr, out=bout)
        np.add(wh, X.T.dot(d_hiddenlayer) * lr, out=wh)
        np.add(bh, d_hiddenlayer.sum(axis=0, keepdims=True) * lr, out=bh)
        history[epoch] = (E ** 2).sum() / (2 * E.shape[0])
    loss = np.array([history[epoch] for epoch in range(epochs)], dtype=float)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.asarray(X, dtype=float).dot(wh) + bh)
    return sigmoid(hiddenlayer_activations.dot(wout) + bout)
