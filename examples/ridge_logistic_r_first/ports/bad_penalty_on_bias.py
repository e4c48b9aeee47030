"""A Python port of R/ridge_logistic.R with one porting bug: the bias penalised too (kind:
wrong-operand).

The porter stacks b under w as one parameter vector, as many textbooks write logistic
regression (theta = [w; b], X with a column of ones), and penalises all of theta: the loss
gains lam / 2 * b^2 and db gains lam * b. The R reference penalises only w. Otherwise
python/ridge_logistic.py; the loss differs from the first epoch unless b = 0.
"""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        z = X @ w + b
        p = sigmoid(z)
        loss[i] = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
                   + lam / 2 * (np.sum(w**2) + b**2))     # the bug: b in the penalty
        dz = (p - y) / n
        dw = X.T @ dz + lam * w
        db = np.sum(dz) + lam * b                          # the bug: should be np.sum(dz)
        w = w - lr * dw
        b = b - lr * db
    return {"w": w, "b": float(b), "loss": loss}


def predict(X, w, b):
    return sigmoid(X @ w + b)
