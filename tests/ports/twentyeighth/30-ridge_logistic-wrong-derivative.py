"""ridge_logistic ported from the R reference with one-dimensional arrays: the weights are
flattened to a vector of f numbers and the labels to a vector of n, so that z = X @ w + b
and p are plain vectors, the gradients np.dot()s, and only the returned weights are put
back into R's f x 1 column. The mean log-loss in terms of z, max(z, 0) + log1p(exp(-|z|))
- y z, and the penalty lam / 2 * sum(w^2) on the weights alone."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).ravel()
    w = np.asarray(w, dtype=float).ravel().copy()
    b = float(b)
    n, f = X.shape
    loss = np.empty(epochs)
    for i in range(epochs):
        z = X @ w + b
        p = sigmoid(z)
        loss[i] = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
                   + lam / 2 * np.dot(w, w))
        dz = (p - y) / n
        dw = np.dot(X.T, dz) + lam * np.sign(w)
        db = np.sum(dz)
        w = w - lr * dw
        b = b - lr * db
    return {"w": w.reshape(f, 1), "b": b, "loss": loss}


def predict(X, w, b):
    return sigmoid(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b)
