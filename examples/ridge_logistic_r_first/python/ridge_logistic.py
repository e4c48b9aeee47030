"""Logistic regression with an L2 penalty on the weights (not the bias), full-batch gradient
descent: the port of R/ridge_logistic.R, statement for statement.

X (n x f) inputs, y (n x 1) labels in {0, 1}, w (f x 1) weights, b a number.
p = sigmoid(X w + b); loss = mean log-loss + lam / 2 * sum(w^2). R's `lambda` is `lam`
here (lambda is a Python keyword). The log-loss in terms of z = X w + b is
log(1 + exp(z)) - y z, computed as max(z, 0) + log1p(exp(-|z|)) - y z.
"""

import numpy as np


def sigmoid(z):
    """Return 1 / (1 + exp(-z)), element-wise."""
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    """Return the parameters after `epochs` full-batch epochs, and each epoch's loss
    (measured before that epoch's update). w is a new array; b a float."""
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        z = X @ w + b                                      # (n x 1)
        p = sigmoid(z)
        loss[i] = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
                   + lam / 2 * np.sum(w**2))
        dz = (p - y) / n                                   # d(mean log-loss) / dz
        dw = X.T @ dz + lam * w                            # the penalty's gradient: lam w
        db = np.sum(dz)                                    # the bias is not penalised
        w = w - lr * dw
        b = b - lr * db
    return {"w": w, "b": float(b), "loss": loss}


def predict(X, w, b):
    """Return the probabilities p (n x 1) for X (n x f)."""
    return sigmoid(X @ w + b)
