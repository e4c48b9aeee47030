"""ridge_logistic: the port of R/ridge_logistic.R by a porter who copies the weights once
and then moves them in place, w -= lr * dw (and b -= lr * db on the float bias), and builds
the weights' gradient in two in-place steps, the data's part X.T @ dz and then
dw += lam * w, the penalty's. The loss of an epoch, the penalised mean log-loss in its
stable form, is taken before the step."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    w = np.array(w, dtype=float).reshape(-1, 1)
    b = float(b)
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        z = X @ w + b
        p = sigmoid(z)
        loss[i] = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
                   + lam / 2 * np.sum(w ** 2))
        dz = (p - y) / n
        dw = X.T @ dz
        dw += lam * w
        db = dz.sum()
        w -= lr * dw
        b -= lr * db
    return {"w": w, "b": b, "loss": loss}


def predict(X, w, b):
    return sigmoid(np.asarray(X, dtype=float) @ w + b)
