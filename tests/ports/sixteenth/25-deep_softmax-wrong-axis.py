"""deep_softmax ported with a log-softmax: two tanh hidden layers, a softmax output and the
mean cross-entropy, full-batch descent. The output layer's log-probabilities are taken as
Z - max - log(sum(exp(Z - max))) row by row, the loss read from them and P = exp() of
them. Each parameter is moved by a small helper that returns its new value."""

import numpy as np


def log_softmax(Z):
    m = Z.max(axis=0, keepdims=True)
    return Z - m - np.log(np.exp(Z - m).sum(axis=1, keepdims=True))


def descend(param, grad, lr):
    return param - lr * grad


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    n = X.shape[0]
    loss = np.zeros(epochs)
    for i in range(epochs):
        A1 = np.tanh(X @ W1 + b1)
        A2 = np.tanh(A1 @ W2 + b2)
        logP = log_softmax(A2 @ W3 + b3)
        P = np.exp(logP)
        loss[i] = -np.sum(Y * logP) / n
        dZ3 = (P - Y) / n
        dZ2 = (dZ3 @ W3.T) * (1 - A2 ** 2)
        dZ1 = (dZ2 @ W2.T) * (1 - A1 ** 2)
        W3 = descend(W3, A2.T @ dZ3, lr)
        b3 = descend(b3, dZ3.sum(axis=0, keepdims=True), lr)
        W2 = descend(W2, A1.T @ dZ2, lr)
        b2 = descend(b2, dZ2.sum(axis=0, keepdims=True), lr)
        W1 = descend(W1, X.T @ dZ1, lr)
        b1 = descend(b1, dZ1.sum(axis=0, keepdims=True), lr)
    return {"W1": np.asarray(W1, dtype=float), "b1": np.asarray(b1, dtype=float),
            "W2": np.asarray(W2, dtype=float), "b2": np.asarray(b2, dtype=float),
            "W3": np.asarray(W3, dtype=float), "b3": np.asarray(b3, dtype=float),
            "loss": loss}
