"""ridge_logistic: the model as a mutable dataclass Model(w, b) with a method step() that
takes the penalised mean log-loss (the stable form, max(z, 0) + log1p(exp(-|z|)) - y z),
returns it, and moves self.w and self.b by one step of gradient descent; train() makes the
Model from the given parameters and calls step() once per epoch. R's lambda is lam."""

from dataclasses import dataclass

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


@dataclass
class Model:
    w: np.ndarray
    b: float

    def logits(self, X):
        return X @ self.w + self.b

    def step(self, X, y, lr, lam):
        n = X.shape[0]
        z = self.logits(X)
        p = sigmoid(z)
        softplus = np.max(z, 0) + np.log1p(np.exp(-np.abs(z)))
        loss = np.sum(softplus - y * z) / n + lam / 2 * np.sum(self.w ** 2)
        dz = (p - y) / n
        dw = X.T @ dz + lam * self.w
        db = np.sum(dz)
        self.w = self.w - lr * dw
        self.b = self.b - lr * db
        return loss


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    model = Model(np.array(w, dtype=float), float(b))
    loss = np.zeros(epochs)
    for i in range(epochs):
        loss[i] = model.step(X, y, lr, lam)
    return {"w": model.w, "b": float(model.b), "loss": loss}


def predict(X, w, b):
    return sigmoid(np.asarray(X, dtype=float) @ w + b)
