"""ridge_logistic as a generator of descent states: descent() yields, epoch after epoch, the
epoch's loss (before its update) and the weights and bias after it, and train() takes the
first `epochs` of them with itertools.islice. The log-loss is taken from z with np.log1p."""

import itertools

import numpy as np


def descent(A, t, w, b, lr, lam):
    n = len(t)
    while True:
        z = A @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        data_loss = np.mean(np.maximum(z, 0.0) + np.log(np.exp(-np.abs(z))) - t * z)
        loss = data_loss + lam / 2 * np.sum(w * w)
        r = (p - t) / n
        w, b = w - lr * (A.T @ r + lam * w), b - lr * np.sum(r)
        yield loss, w, b


def train(X, y, w, b, lr, lam, epochs):
    A = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float)
    w0 = np.asarray(w, dtype=float)
    states = list(itertools.islice(descent(A, t, w0, float(b), lr, lam), epochs))
    if not states:
        return {"w": w0.copy(), "b": float(b), "loss": np.zeros(0)}
    losses, ws, bs = zip(*states)
    return {"w": ws[-1], "b": float(bs[-1]), "loss": np.array(losses)}
