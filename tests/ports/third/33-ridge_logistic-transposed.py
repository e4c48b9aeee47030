"""ridge_logistic (examples/ridge_logistic_r_first) in numpy with the data's gradient as a
closure over X and y, and the ridge penalty's step written as weight decay: the weights
shrink by lr * lam before the data's step (the bias is not penalised). Full-batch gradient
descent. R's `lambda` is `lam` here (lambda is a Python keyword)."""

import numpy as np


def make_gradient(X, y):
    n = X.shape[0]

    def gradient(w, b):
        z = X @ w + b                                         # n x 1
        p = 1 / (1 + np.exp(-z))
        dz = (p - y) / n
        return z, dz.T @ X, dz.sum()
    return gradient


def train(X, y, w, b, lr, lam, epochs):
    gradient = make_gradient(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
    w = np.array(w, dtype=float)
    b = float(b)
    loss = np.array([0.0] * epochs)
    for i in range(epochs):
        z, dw, db = gradient(w, b)
        loss[i] = np.mean(np.logaddexp(0, z) - y * z) + lam / 2 * np.sum(w ** 2)
        w = w * (1 - lr * lam) - lr * dw
        b -= lr * db
    return {"w": w, "b": b, "loss": loss}
