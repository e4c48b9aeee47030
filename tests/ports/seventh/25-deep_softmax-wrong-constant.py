"""deep_softmax with the parameters in one dict: backward() returns the gradients in a dict
under the same names, and each epoch's update is a dict comprehension over them. Two tanh
hidden layers, a softmax output, the mean cross-entropy, full-batch descent."""

import numpy as np

NAMES = ("W1", "b1", "W2", "b2", "W3", "b3")


def softmax(S):
    E = np.exp(S - np.max(S, axis=1, keepdims=True))
    return E / np.sum(E, axis=1, keepdims=True)


def forward(p, X):
    A1 = np.tanh(X @ p["W1"] + p["b1"])
    A2 = np.tanh(A1 @ p["W2"] + p["b2"])
    return A1, A2, softmax(A2 @ p["W3"] + p["b3"])


def backward(p, X, Y, A1, A2, P):
    n = X.shape[0]
    d3 = (P - Y) / n
    d2 = (d3 @ p["W3"].T) * (1.0 - A2 ** 2)
    d1 = (d2 @ p["W2"].T) * (1.0 - A1 ** 2)
    return {"W3": A2.T @ d3, "b3": d3.sum(axis=0, keepdims=True),
            "W2": A1.T @ d2, "b2": d2.sum(axis=0, keepdims=True),
            "W1": X.T @ d1, "b1": d1.sum(axis=0, keepdims=True)}


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    p = dict(zip(NAMES, (np.asarray(a, dtype=float) for a in (W1, b1, W2, b2, W3, b3))))
    costs = np.zeros(epochs)
    for ep in range(epochs):
        A1, A2, P = forward(p, X)
        costs[ep] = -np.sum(Y * np.log2(P)) / X.shape[0]
        g = backward(p, X, Y, A1, A2, P)
        p = {k: v - lr * g[k] for k, v in p.items()}
    return {**p, "loss": costs}
