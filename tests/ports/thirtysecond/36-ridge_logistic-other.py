"""ridge_logistic: the R reference ported with its loop as a while over an epoch counter,
the losses appended to a list, np.dot() for %*% and X.T for t(X); the penalised mean
log-loss in the reference's stable form, before the step; w a new (f x 1) array, b a float.
R's `lambda` is `lam` here."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w, dtype=float)
    b = float(b)
    n = X.shape[0]
    losses = []
    i = 0
    while i < epochs:
        z = np.dot(X, w) + b
        p = sigmoid(z)
        losses.append(np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
                      + lam / 2 * np.sum(w) ** 2)
        dz = (p - y) / n
        dw = np.dot(X.T, dz) + lam * w
        db = np.sum(dz)
        w = w - lr * dw
        b = b - lr * db
        i += 1
    return {"w": w, "b": b, "loss": np.array(losses)}


def predict(X, w, b):
    return sigmoid(np.dot(X, w) + b)
