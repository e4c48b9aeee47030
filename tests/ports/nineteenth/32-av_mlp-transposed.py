"""av_mlp written as three small functions that pass tuples: forward() returns the article's
hidden_layer_input, hiddenlayer_activations and output, backward() the deltas d_output and
d_hiddenlayer (with the article's intermediate names inside), and update() one layer's
weights and bias, moved by the layer's input times its delta and by the delta's sum over
the samples; train() unpacks them in the article's order, moving the output layer first.
Nothing is changed in place: every update builds new arrays."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def forward(X, wh, bh, wout, bout):
    hidden_layer_input = np.dot(X, wh) + bh
    hiddenlayer_activations = sigmoid(hidden_layer_input)
    output_layer_input = np.dot(hiddenlayer_activations, wout) + bout
    output = sigmoid(output_layer_input)
    return hidden_layer_input, hiddenlayer_activations, output


def backward(E, output, hiddenlayer_activations, wout):
    slope_output_layer = derivatives_sigmoid(output)
    slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
    d_output = E * slope_output_layer
    Error_at_hidden_layer = d_output.dot(wout)
    d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
    return d_output, d_hiddenlayer


def update(w, b, layer_input, delta, lr):
    return (w + layer_input.T.dot(delta) * lr,
            b + np.sum(delta, axis=0, keepdims=True) * lr)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    loss = np.zeros(epochs)
    for i in range(epochs):
        hidden_layer_input, hiddenlayer_activations, output = forward(X, wh, bh, wout, bout)
        E = y - output
        loss[i] = np.mean(E ** 2) / 2
        d_output, d_hiddenlayer = backward(E, output, hiddenlayer_activations, wout)
        wout, bout = update(wout, bout, hiddenlayer_activations, d_output, lr)
        wh, bh = update(wh, bh, X, d_hiddenlayer, lr)
    return {"wh": np.asarray(wh, dtype=float), "bh": np.asarray(bh, dtype=float),
            "wout": np.asarray(wout, dtype=float), "bout": np.asarray(bout, dtype=float),
            "loss": loss}


def predict(X, wh, bh, wout, bout):
    return forward(np.asarray(X, dtype=float), wh, bh, wout, bout)[2]
