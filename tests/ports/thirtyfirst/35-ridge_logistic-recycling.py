"""ridge_logistic: the R reference ported by someone used to scipy.optimize: the objective
is one function, loss_and_grad(w, b), closed over the data and lambda, that returns the
penalised mean log-loss and its two gradients together (as a fun with jac=True does), and
train() runs plain gradient descent on it, recording each epoch's loss before the step. The
log-loss in terms of z, max(z, 0) + log1p(exp(-|z|)) - y z; the penalty lam / 2 * |w|^2 on
the weights alone."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).ravel()
    n = X.shape[0]

    def loss_and_grad(w, b):
        z = X @ w + b
        p = sigmoid(z)
        loss = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
                + lam / 2 * np.sum(w ** 2))
        dz = (p - y) / n
        dw = X.T @ dz + lam * w
        db = np.sum(dz)
        return loss, dw, db

    w = np.array(w, dtype=float).reshape(-1, 1)
    b = float(b)
    losses = np.empty(epochs)
    for i in range(epochs):
        losses[i], dw, db = loss_and_grad(w, b)
        w = w - lr * dw
        b = b - lr * db
    return {"w": w, "b": b, "loss": losses}


def predict(X, w, b):
    return sigmoid(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b)
