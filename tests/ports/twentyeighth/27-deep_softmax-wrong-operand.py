"""deep_softmax with the parameters copied once and moved in place (W -= lr * grad), the
cross-entropy read off the one-hot targets by index: each sample's true class is
Y.argmax(axis=1) and its loss -log P[i, class], averaged over the samples. Two tanh hidden
layers, a stable softmax (each row's maximum subtracted), the mean gradients from
(P - Y) / n, every layer's delta taken before any weight moves."""

import numpy as np


def softmax(Z):
    E = np.exp(Z - np.max(Z, axis=1, keepdims=True))
    return E / np.sum(E, axis=1, keepdims=True)


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    W1, b1, W2, b2, W3, b3 = (np.array(a, dtype=float) for a in (W1, b1, W2, b2, W3, b3))
    n = X.shape[0]
    labels = Y.argmax(axis=1)
    rows = np.arange(n)
    loss = np.zeros(epochs)
    for i in range(epochs):
        # forward
        A1 = np.tanh(X @ W1 + b1)
        A2 = np.tanh(A1 @ W2 + b2)
        P = softmax(A2 @ W3 + b3)
        loss[i] = -np.mean(np.log(P.max(axis=1)))
        # backward
        dZ3 = (P - Y) / n
        dZ2 = (dZ3 @ W3.T) * (1 - A2 ** 2)
        dZ1 = (dZ2 @ W2.T) * (1 - A1 ** 2)
        # update, in place
        W3 -= lr * (A2.T @ dZ3)
        b3 -= lr * dZ3.sum(axis=0, keepdims=True)
        W2 -= lr * (A1.T @ dZ2)
        b2 -= lr * dZ2.sum(axis=0, keepdims=True)
        W1 -= lr * (X.T @ dZ1)
        b1 -= lr * dZ1.sum(axis=0, keepdims=True)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}


def predict(X, W1, b1, W2, b2, W3, b3):
    A1 = np.tanh(np.asarray(X, dtype=float) @ W1 + b1)
    A2 = np.tanh(A1 @ W2 + b2)
    return softmax(A2 @ W3 + b3)
