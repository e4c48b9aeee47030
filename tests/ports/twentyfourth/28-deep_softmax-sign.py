"""deep_softmax (examples/deep_softmax) as a closure: make_model() copies the six
parameters into its scope and returns forward(), descend() and params(). descend()
declares the parameters nonlocal, walks back from the output layer and moves each layer
in place (-=) as soon as its delta is known, so the delta of the layer below is taken
from a copy of the weights kept before their step (W3_old, W2_old). tanh hidden layers, a
softmax output, the mean cross-entropy over the samples; each epoch's loss is measured on
its forward pass, before its update."""

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def make_model(W1, b1, W2, b2, W3, b3):
    W1, b1, W2, b2, W3, b3 = (np.array(a, dtype=float) for a in (W1, b1, W2, b2, W3, b3))

    def forward(X):
        A1 = np.tanh(X @ W1 + b1)
        A2 = np.tanh(A1 @ W2 + b2)
        P = softmax(A2 @ W3 + b3)
        return A1, A2, P

    def descend(X, Y, A1, A2, P, lr):
        nonlocal W1, b1, W2, b2, W3, b3
        n = X.shape[0]
        dZ3 = (P - Y) / n
        W3_old = W3.copy()
        W3 -= lr * (A2.T @ dZ3)
        b3 -= lr * dZ3.sum(axis=0, keepdims=True)
        dZ2 = (dZ3 @ W3_old.T) * (1 - A2 ** 2)
        W2_old = W2.copy()
        W2 -= lr * (A1.T @ dZ2)
        b2 += lr * dZ2.sum(axis=0, keepdims=True)
        dZ1 = (dZ2 @ W2_old.T) * (1 - A1 ** 2)
        W1 -= lr * (X.T @ dZ1)
        b1 -= lr * dZ1.sum(axis=0, keepdims=True)

    def params():
        return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}

    return forward, descend, params


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    forward, descend, params = make_model(W1, b1, W2, b2, W3, b3)
    n = X.shape[0]
    loss = np.zeros(epochs)
    for i in range(epochs):
        A1, A2, P = forward(X)
        loss[i] = -np.sum(Y * np.log(P)) / n
        descend(X, Y, A1, A2, P, lr)
    return {**params(), "loss": loss}
