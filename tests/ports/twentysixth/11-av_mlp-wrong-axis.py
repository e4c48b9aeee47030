"""av_mlp: the 2017 article's numpy code by a porter who writes every product with
np.tensordot() and names the axes it contracts: X (n x f) with wh (f x h) over f,
axes=(1, 0); the hidden layer's error from d_output (n x 1) and wout (h x 1) over their
second axes, axes=(1, 1); the weights' gradients contract the samples, axes=(0, 0). The
article's names and order of statements and its in-place += updates on copies of the
given parameters; the biases are summed over the samples with keepdims=True. The loss is
the half mean squared error, written as the contraction of E with itself."""

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
    loss = np.zeros(epochs)
    for i in range(epochs):
        # Forward Propagation
        hidden_layer_input1 = np.tensordot(X, wh, axes=(1, 0))
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.tensordot(hiddenlayer_activations, wout, axes=(1, 0))
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)

        # Backpropagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = np.tensordot(d_output, wout, axes=(1, 1))
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += np.tensordot(hiddenlayer_activations, d_output, axes=(1, 0)) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        wh += np.tensordot(X, d_hiddenlayer, axes=(0, 0)) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        loss[i] = np.tensordot(E, E, axes=2) / E.size / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.tensordot(X, wh, axes=(1, 0)) + bh)
    return sigmoid(np.tensordot(hiddenlayer_activations, wout, axes=(1, 0)) + bout)
