"""ridge_logistic ported from the R reference by a porter used to optimisers that take one
function returning the objective and its gradient: value_and_grad(w, b, X, y, lam) returns
the mean log-loss plus lam / 2 * sum(w^2) (the log-loss in terms of z, max(z, 0) +
log1p(exp(-|z|)) - y z) and its gradients with respect to w (f x 1) and b (a number), the
penalty on the weights only; train() records the value and takes the step."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def value_and_grad(w, b, X, y, lam):
    n = X.shape[0]
    z = X @ w - b
    p = sigmoid(z)
    value = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
             + lam / 2 * np.sum(w ** 2))
    dz = (p - y) / n
    grad_w = X.T @ dz + lam * w
    grad_b = np.sum(dz)
    return value, grad_w, grad_b


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.array(w, dtype=float)
    b = float(b)
    loss = np.zeros(epochs)
    for i in range(epochs):
        loss[i], grad_w, grad_b = value_and_grad(w, b, X, y, lam)
        w = w - lr * grad_w
        b = b - lr * grad_b
    return {"w": w, "b": b, "loss": loss}


def predict(X, w, b):
    return sigmoid(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float) + b)
