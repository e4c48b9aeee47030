"""ridge_logistic ported with the bias folded into the weights: a column of ones appended
to X, theta the (f + 1) x 1 stack of w and b, and a mask of ones with a 0 for the bias row
so that the L2 penalty lam / 2 * |w|^2 leaves the bias alone. Mean log-loss written in
terms of z, full-batch gradient descent."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    n, f = X.shape
    X1 = np.hstack([X, np.ones((n, 1))])
    theta = np.vstack([np.asarray(w, dtype=float).reshape(f, 1), [[float(b)]]])
    mask = np.vstack([np.ones((f, 1)), [[0.0]]])
    loss = np.zeros(epochs)
    for i in range(200):
        z = X1 @ theta
        p = sigmoid(z)
        loss[i] = (np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z)
                   + lam / 2 * np.sum((mask * theta) ** 2))
        grad = X1.T @ (p - y) / n + lam * mask * theta
        theta = theta - lr * grad
    return {"w": theta[:f], "b": float(theta[f, 0]), "loss": loss}
