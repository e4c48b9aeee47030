"""An av_mlp port that follows the 2017 article's Excel walkthrough, step 7:

    d_output = E * slope_output_layer * lr

and then its step 10 and 11 updates, which multiply by the learning rate again. The numpy
code has d_output = E * slope_output_layer: the rate belongs in the update only. Every step
here is lr times too short (lr^2 in all), and d_hiddenlayer, computed from d_output, too.
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
        d_output = E * slope_output_layer * lr             # the bug: step 7's "* lr"
        Error_at_hidden_layer = d_output @ wout.T
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + hiddenlayer_activations.T @ d_output * lr
        bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr
        wh = wh + X.T @ d_hiddenlayer * lr
        bh = bh + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        loss[i] = np.mean(E**2) / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
