"""An av_mlp port that keeps the article's "Variable initialization" block inside train():
lr=0.1 overrides the learning rate it was given. At the article's own settings nothing shows.
Otherwise the article's numpy code, statement for statement.
"""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    lr = 0.1                          # Setting learning rate (the article's line: the bug)
    loss = np.empty(epochs)
    for i in range(epochs):
        hidden_layer_input = X @ wh + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input = hiddenlayer_activations @ wout + bout
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
