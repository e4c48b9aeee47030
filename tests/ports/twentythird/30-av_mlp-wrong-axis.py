"""av_mlp: the 2017 article's numpy code with each operator written as numpy's named
function: np.add, np.subtract, np.multiply, np.negative, np.reciprocal for the sigmoid,
np.dot for the forward products, and np.tensordot(A, D, axes=(0, 0)) for the backward
products A.T.dot(D), the sum over the samples taken along the first axis of both. The
article's names and order of statements are kept; the article's in-place += are
np.add(p, step, out=p) on float copies of the parameters, and each epoch's loss, half the
mean squared error, is appended to a list."""

import numpy as np


def sigmoid(x):
    return np.reciprocal(np.add(1.0, np.exp(np.negative(x))))


def derivatives_sigmoid(x):
    return np.multiply(x, np.subtract(1.0, x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.array(X, dtype=float)
    y = np.array(y, dtype=float)
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    losses = []
    for i in range(epochs):
        # Forward Propagation
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = np.add(hidden_layer_input1, bh)
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = np.add(output_layer_input1, bout)
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = np.subtract(y, output)
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = np.multiply(E, slope_output_layer)
        Error_at_hidden_layer = np.dot(d_output, np.transpose(wout))
        d_hiddenlayer = np.multiply(Error_at_hidden_layer, slope_hidden_layer)
        np.add(wout, np.multiply(np.tensordot(hiddenlayer_activations, d_output, axes=(1, 0)), lr), out=wout)
        np.add(bout, np.multiply(np.sum(d_output, axis=0, keepdims=True), lr), out=bout)
        np.add(wh, np.multiply(np.tensordot(X, d_hiddenlayer, axes=(0, 0)), lr), out=wh)
        np.add(bh, np.multiply(np.sum(d_hiddenlayer, axis=0, keepdims=True), lr), out=bh)
        losses.append(np.divide(np.mean(np.square(E)), 2))
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(losses, dtype=float)}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.add(np.dot(np.asarray(X, dtype=float), wh), bh))
    return sigmoid(np.add(np.dot(hiddenlayer_activations, wout), bout))
