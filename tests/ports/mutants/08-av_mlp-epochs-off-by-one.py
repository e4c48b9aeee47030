"""av_mlp ported to numpy with the parameters kept in one dict: one sigmoid hidden layer
with biases, full-batch gradient descent, rows of X are samples."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    p = {"wh": np.array(wh, dtype=float), "bh": np.array(bh, dtype=float),
         "wout": np.array(wout, dtype=float), "bout": np.array(bout, dtype=float)}
    loss = np.zeros(epochs)
    for i in range(1, epochs):
        hiddenlayer_activations = sigmoid(X @ p["wh"] + p["bh"])
        output = sigmoid(hiddenlayer_activations @ p["wout"] + p["bout"])
        E = y - output
        loss[i] = np.mean(E**2) / 2
        d_output = E * derivatives_sigmoid(output)
        Error_at_hidden_layer = d_output @ p["wout"].T
        d_hiddenlayer = Error_at_hidden_layer * derivatives_sigmoid(hiddenlayer_activations)
        p["wout"] = p["wout"] + hiddenlayer_activations.T @ d_output * lr
        p["bout"] = p["bout"] + np.sum(d_output, axis=0, keepdims=True) * lr
        p["wh"] = p["wh"] + X.T @ d_hiddenlayer * lr
        p["bh"] = p["bh"] + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {**p, "loss": loss}
