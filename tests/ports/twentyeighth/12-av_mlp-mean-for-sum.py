"""av_mlp with the activation as a callable object: Sigmoid() is called on a layer's input
and its slope() takes the layer's output, as the article's derivatives_sigmoid() does. The
article's names and order of statements in one train() function, the products with the
@ operator, the parameters copied into float arrays and moved in place with np.add(...,
out=...); the losses gathered in a list and returned as an array."""

import numpy as np


class Sigmoid:
    def __call__(self, x):
        return 1 / (1 + np.exp(-x))

    @staticmethod
    def slope(x):
        return x * (1 - x)


sigmoid = Sigmoid()


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    losses = []
    for i in range(epochs):
        # Forward Propogation
        hidden_layer_input1 = X @ wh
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hiddenlayer_activations @ wout
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        losses.append(np.mean(E ** 2) / 2)
        slope_output_layer = sigmoid.slope(output)
        slope_hidden_layer = sigmoid.slope(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output @ wout.T
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        np.add(wout, hiddenlayer_activations.T @ d_output * lr, out=wout)
        np.add(bout, np.sum(d_output, axis=0, keepdims=True) * lr, out=bout)
        np.add(wh, X.T @ d_hiddenlayer * lr, out=wh)
        np.add(bh, np.mean(d_hiddenlayer, axis=0, keepdims=True) * lr, out=bh)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(losses)}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.asarray(X, dtype=float) @ wh + bh)
    return sigmoid(hiddenlayer_activations @ wout + bout)
