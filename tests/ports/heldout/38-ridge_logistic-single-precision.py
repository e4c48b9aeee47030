"""ridge_logistic (examples/ridge_logistic_r_first) ported to a self-contained numpy file:
logistic regression with an L2 penalty on the weights (not the bias), full-batch gradient
descent. R's `lambda` is `lam` here (lambda is a Python keyword)."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        z = X @ w + b
        p = sigmoid(z).astype(np.float32)
        loss[i] = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
                   + lam / 2 * np.sum(w**2))
        dz = (p - y) / n
        dw = X.T @ dz + lam * w
        db = np.sum(dz)
        w = w - lr * dw
        b = b - lr * db
    return {"w": w, "b": float(b), "loss": loss}
