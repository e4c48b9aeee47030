"""An av_mlp port that updates the output layer as soon as its delta is known, with the
article's own in-place `wout += ...`, and keeps "the weights before the update" for the
backward pass with `wout_before = wout`. In R that assignment is a copy; in numpy it is a
second name for the same array, so `+=` changes wout_before too and the hidden layer's
error is computed with the updated wout. The article computes Error_at_hidden_layer before
any update.
"""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
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
        wout_before = wout                                 # the bug: not wout.copy()
        wout += hiddenlayer_activations.T.dot(d_output) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        Error_at_hidden_layer = d_output.dot(wout_before.T)    # the updated wout
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        loss[i] = np.mean(E**2) / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
