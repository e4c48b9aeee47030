"""av_mlp: the 2017 article's numpy code with its broadcasting spelled out by a vector of ones,
as a porter coming from R's ones %*% b writes it: each bias is laid over the samples with
np.outer(ones, b) and moved by the product ones @ d, the sums over the samples; the epoch's
loss is ones @ E ** 2 / (2 * n), the half mean of the squared errors. The article's names
and order, its np.dot() and .T, the parameters copied to float arrays first."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float).reshape(1, -1)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float).reshape(1, 1)
    n = X.shape[0]
    ones = np.ones(n)
    loss = np.zeros(epochs)
    for i in range(epochs):
        # Forward Propogation
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = hidden_layer_input1 + np.outer(ones, bh)
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + np.outer(ones, bout)
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + hiddenlayer_activations.T.dot(d_output) * lr
        bout = bout + (ones @ d_output) * lr
        wh = wh + X.T.dot(d_hiddenlayer) * lr
        bh = bh + (ones @ d_output) * lr
        loss[i] = (ones @ E ** 2).item() / (2 * n)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    ones = np.ones(np.shape(X)[0])
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + np.outer(ones, bh))
    return sigmoid(np.dot(hiddenlayer_activations, wout) + np.outer(ones, bout))
