"""av_mlp as a small numpy class: forward() keeps the activations, step() takes the deltas
and applies them. One sigmoid hidden layer with biases, full-batch gradient descent, rows
of X are samples; the hidden delta uses the output weights from before the step."""

import numpy as np


class MLP:
    def __init__(self, wh, bh, wout, bout, lr):
        self.wh = np.array(wh, dtype=float)
        self.bh = np.array(bh, dtype=float)
        self.wout = np.array(wout, dtype=float)
        self.bout = np.array(bout, dtype=float)
        self.lr = lr

    @staticmethod
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def forward(self, X):
        self.hidden = self.sigmoid(X @ self.wh + self.bh)
        self.output = self.sigmoid(self.hidden @ self.wout + self.bout)
        return self.output

    def step(self, X, y):
        E = y - self.forward(X)
        d_output = E * (self.output * (1 - self.output))
        wout_old = self.wout.copy()
        self.wout += self.lr * (self.hidden.T @ d_output)
        self.bout += self.lr * d_output.sum(axis=0, keepdims=True)
        d_hidden = (d_output @ wout_old.T) * (self.hidden * (1 - self.hidden))
        self.wh += self.lr * (X.T @ d_hidden)
        self.bh += self.lr * d_output.sum(axis=0, keepdims=True)
        return np.mean(E**2) / 2


def train(X, y, wh, bh, wout, bout, lr, epochs):
    net = MLP(wh, bh, wout, bout, lr)
    loss = [net.step(np.asarray(X, dtype=float), y) for _ in range(epochs)]
    return {"wh": net.wh, "bh": net.bh, "wout": net.wout, "bout": net.bout,
            "loss": np.array(loss, dtype=float)}
