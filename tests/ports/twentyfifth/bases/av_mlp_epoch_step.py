"""av_mlp: the 2017 article's loop body as a function, epoch_step(), that takes the four
parameters and returns them moved, with the epoch's loss, as a five-element tuple; train()
unpacks it straight into the parameters and the loss array. The article's names and order of
statements are kept, with the `@` operator for its np.dot() and `.dot()`, and nothing is
changed in place: every update builds a new array (`x = x + ...`), the biases moved by
`.sum(axis=0, keepdims=True)` of the deltas."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def epoch_step(X, y, wh, bh, wout, bout, lr):
    #Forward Propogation
    hidden_layer_input1 = X @ wh
    hidden_layer_input = hidden_layer_input1 + bh
    hiddenlayer_activations = sigmoid(hidden_layer_input)
    output_layer_input1 = hiddenlayer_activations @ wout
    output_layer_input = output_layer_input1 + bout
    output = sigmoid(output_layer_input)
    #Backpropagation
    E = y - output
    slope_output_layer = derivatives_sigmoid(output)
    slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
    d_output = E * slope_output_layer
    Error_at_hidden_layer = d_output @ wout.T
    d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
    wout = wout + hiddenlayer_activations.T @ d_output * lr
    bout = bout + d_output.sum(axis=0, keepdims=True) * lr
    wh = wh + X.T @ d_hiddenlayer * lr
    bh = bh + d_hiddenlayer.sum(axis=0, keepdims=True) * lr
    return wh, bh, wout, bout, (E ** 2).mean() / 2


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh, bh, wout, bout = (np.asarray(a, dtype=float) for a in (wh, bh, wout, bout))
    loss = np.zeros(int(epochs))
    for i in range(int(epochs)):
        wh, bh, wout, bout, loss[i] = epoch_step(X, y, wh, bh, wout, bout, lr)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X, dtype=float)
    return sigmoid(sigmoid(X @ wh + bh) @ wout + bout)
