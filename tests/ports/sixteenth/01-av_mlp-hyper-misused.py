"""av_mlp ported from the 2017 article's numpy code: one sigmoid hidden layer with biases,
full-batch gradient descent with the article's E = y - output and += updates. The four
parameters are copied into a types.SimpleNamespace, so that the article's in-place +=
moves the port's own arrays and never the caller's."""

from types import SimpleNamespace

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    net = SimpleNamespace(wh=np.array(wh, dtype=float), bh=np.array(bh, dtype=float),
                          wout=np.array(wout, dtype=float), bout=np.array(bout, dtype=float))
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    losses = np.zeros(epochs)
    for i in range(epochs):
        # Forward Propogation
        hidden_layer_input1 = np.dot(X, net.wh)
        hidden_layer_input = hidden_layer_input1 + net.bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, net.wout)
        output_layer_input = output_layer_input1 + net.bout
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        losses[i] = np.mean(E ** 2) / 2
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer * lr
        Error_at_hidden_layer = d_output.dot(net.wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        net.wout += hiddenlayer_activations.T.dot(d_output) * lr
        net.bout += np.sum(d_output, axis=0, keepdims=True) * lr
        net.wh += X.T.dot(d_hiddenlayer) * lr
        net.bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {"wh": net.wh, "bh": net.bh, "wout": net.wout, "bout": net.bout, "loss": losses}
