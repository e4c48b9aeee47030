"""ridge_logistic ported with numpy's np.logaddexp(0, z) for the log-loss's log(1 + exp(z)):
the mean log-loss log(1 + exp(z)) - y z plus the penalty lam / 2 * |w|^2 on the weights
only, full-batch gradient descent. The residual p - y is averaged by the matrix product
divided by n for the weights and by np.mean() for the bias."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w, dtype=float)
    b = float(b)
    n = X.shape[0]
    loss = np.zeros(epochs)
    for i in range(epochs):
        z = X @ w + b
        p = sigmoid(z)
        loss[i] = np.mean(np.logaddexp(0, -z) - y * z) + lam / 2 * np.sum(w ** 2)
        dw = X.T @ (p - y) / n + lam * w
        db = np.mean(p - y)
        w = w - lr * dw
        b = b - lr * db
    return {"w": w, "b": b, "loss": loss}
