"""av_nobias as a chain of small layer objects: forward() keeps what backward() needs,
backward() returns the gradient for the layer below. Linear (no bias; its weight's gradient
is kept in .grad), Sigmoid, then a half squared error. Columns of X are samples (f x n);
full-batch gradient descent, the weights updated in place with -= once every gradient is
taken."""

import numpy as np


class Linear:
    def __init__(self, weight):
        self.weight = np.array(weight, dtype=float)             # fan_in x fan_out
        self.grad = np.zeros_like(self.weight)

    def forward(self, inputs):
        self.inputs = inputs
        return self.weight.T @ inputs

    def backward(self, upstream):
        self.grad = self.inputs @ upstream.T
        return self.weight @ upstream


class Sigmoid:
    def forward(self, inputs):
        self.out = 1 / (1 + np.exp(-inputs))
        return self.out

    def backward(self, upstream):
        return upstream * self.out * (1 - self.out)


class HalfSquaredError:
    def forward(self, pred, target):
        self.diff = pred - target
        return np.mean(self.diff ** 2 / 2)

    def backward(self):
        return self.diff


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    hidden = Linear(weights_input_hidden)
    layers = [hidden, Sigmoid(), Linear(weights_hidden_output), Sigmoid()]
    criterion = HalfSquaredError()
    history = []
    for _ in range(epochs):
        signal = X
        for layer in layers:
            signal = layer.forward(signal)
        history.append(criterion.forward(signal, y))
        upstream = criterion.backward()
        for layer in reversed(layers):
            upstream = layer.backward(upstream)
        for layer in layers:
            if isinstance(layer, Linear):
                layer.weight -= lr * layer.grad
    return {"weights_input_hidden": hidden.weight,
            "weights_hidden_output": layers[2].weight,
            "loss": np.array(history, dtype=float)}
