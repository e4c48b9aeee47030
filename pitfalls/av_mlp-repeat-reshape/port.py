"""An av_mlp port that translates R/av_mlp.R line by line into numpy, including

    hidden_layer_input <- X %*% wh + rep(bh, each = nrow(X))

as X @ wh + np.repeat(bh, n).reshape(n, h). In R the n copies of each bias, b1 b1 b1 b2 b2
b2 ..., land one column each, because R fills a matrix column by column. numpy's reshape
fills row by row, so row 1 gets b1 b1 b1, row 2 b2 b2 b2: each sample a different unit's
bias. Plain broadcasting, X @ wh + bh, was all numpy needed. Otherwise the article's code.
"""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    n, h = X.shape[0], wh.shape[1]
    loss = np.empty(epochs)
    for i in range(epochs):
        hidden_layer_input = X @ wh + np.repeat(bh, n).reshape(n, h)      # the bug
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input = hiddenlayer_activations @ wout + np.repeat(bout, n).reshape(n, 1)
        output = sigmoid(output_layer_input)
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output @ wout.T
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + hiddenlayer_activations.T @ d_output * lr
        bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr
        wh = wh + X.T @ d_hiddenlayer * lr
        bh = bh + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        loss[i] = np.mean(E**2) / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
