"""av_mlp as a small numpy class: the network holds its four parameters as attributes,
forward() keeps the layers' activations, backward() moves the parameters from them, and
train() runs the epochs and collects each epoch's loss in a list."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Net:
    def __init__(self, wh, bh, wout, bout):
        self.wh = np.array(wh, dtype=float)
        self.bh = np.array(bh, dtype=float)
        self.wout = np.array(wout, dtype=float)
        self.bout = np.array(bout, dtype=float)

    def forward(self, X):
        self.hidden = sigmoid(X @ self.wh + self.bh)
        self.output = sigmoid(self.hidden @ self.wout + self.bout)
        return self.output

    def backward(self, X, y, lr):
        error = y - self.output
        delta_out = error * self.output * (1 - self.output)
        delta_hid = (delta_out @ self.wout.T) * self.hidden * (1 - self.hidden)
        self.wout = self.wout + lr * self.hidden.T @ delta_out
        self.bout = self.bout + lr * delta_out.sum(axis=0, keepdims=True)
        self.wh = self.wh + lr * X.T @ delta_hid
        self.bh = self.bh + lr * delta_hid.sum(axis=0, keepdims=True)
        return np.mean(error ** 2) / 2

    def params(self):
        return {"wh": self.wh, "bh": self.bh, "wout": self.wout, "bout": self.bout}


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    X = X[np.random.default_rng(0).permutation(len(X))]
    net = Net(wh, bh, wout, bout)
    losses = []
    for epoch in range(epochs):
        net.forward(X)
        losses.append(net.backward(X, y, lr))
    return {**net.params(), "loss": np.array(losses)}


def predict(X, wh, bh, wout, bout):
    return Net(wh, bh, wout, bout).forward(np.asarray(X, dtype=float))
