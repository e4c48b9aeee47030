"""av_mlp with the four parameters in one dict: forward() returns the activations, steps()
lists each parameter's ascent direction, output layer first, and the epoch loop adds lr
times each of them in place (on copies of the given arrays), once all are taken. One
sigmoid hidden layer with biases, full-batch gradient descent, rows of X are samples."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(p, X):
    hidden = sigmoid(X @ p["wh"] + p["bh"])                     # n x h
    output = sigmoid(hidden @ p["wout"] + p["bout"])            # n x 1
    return hidden, output


def steps(p, X, y, hidden, output):
    d_out = (y - output) * (output * (1 - output))              # n x 1
    yield "wout", hidden.T @ d_out
    yield "bout", d_out.sum(axis=0, keepdims=True)
    d_hid = (d_out @ p["wout"].T) * (hidden * (1 - hidden))     # n x h
    yield "wh", X.T @ d_hid
    yield "bh", d_hid.sum(axis=0, keepdims=True)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    p = {"wh": np.array(wh, dtype=float), "bh": np.array(bh, dtype=float),
         "wout": np.array(wout, dtype=float), "bout": np.array(bout, dtype=float)}
    loss = np.zeros(epochs)
    for epoch in range(epochs):
        hidden, output = forward(p, X)
        loss[epoch] = np.mean((y - output) ** 2) / 2
        for name, step in list(steps(p, X, y, hidden, output)):
            p[name] -= lr * step
    return {**p, "loss": loss}
