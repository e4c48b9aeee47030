"""ridge_logistic as a plain numpy loop: logistic regression, the mean log-loss written with
np.logaddexp, an L2 penalty lam / 2 * |w|^2 on the weights only, full-batch descent with the
weights moved in place."""

import numpy as np


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def log_loss(z, t):
    return np.mean(np.logaddexp(0.0, z) - t * z)


def train(X, y, w, b, lr, lam, epochs):
    A = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    coef = np.array(w, dtype=float)
    bias = float(b)
    n = A.shape[0]
    history = np.zeros(epochs)
    for ep in range(epochs):
        z = A @ coef + bias
        history[ep] = log_loss(z, t) + lam / 2 * np.sum(coef ** 2)
        resid = sigmoid(z) - t
        grad_w = A.T @ resid / n + lam / 2 * coef
        grad_b = np.mean(resid)
        coef -= lr * grad_w
        bias -= lr * grad_b
    return {"w": coef, "b": bias, "loss": history}
