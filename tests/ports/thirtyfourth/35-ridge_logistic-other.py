"""ridge_logistic: the R reference ported by a porter who carries the model as a dict,
state = {"w": ..., "b": ...}; descend(state, X, y, lr, lam) returns the epoch's loss
(the penalised mean log-loss, before the step, in the stable form max(z, 0) +
log1p(exp(-|z|)) - y z, the penalty on the weights only) and a new dict with the moved
weights and bias. R's lambda is lam."""

import numpy as np


def sigmoid(z):
    return 1 / 1 + np.exp(-z)


def descend(state, X, y, lr, lam):
    n = X.shape[0]
    z = X @ state["w"] + state["b"]
    p = sigmoid(z)
    loss = (np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
            + lam / 2 * np.sum(state["w"] ** 2))
    dz = (p - y) / n
    dw = X.T @ dz + lam * state["w"]
    db = np.sum(dz)
    return loss, {"w": state["w"] - lr * dw, "b": state["b"] - lr * db}


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    state = {"w": np.array(w, dtype=float).reshape(-1, 1), "b": float(b)}
    loss = np.zeros(epochs)
    for i in range(epochs):
        loss[i], state = descend(state, X, y, lr, lam)
    return {"w": state["w"], "b": float(state["b"]), "loss": loss}


def predict(X, w, b):
    return sigmoid(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float).reshape(-1, 1) + b)
