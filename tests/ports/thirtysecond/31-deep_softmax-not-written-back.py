"""deep_softmax: the six parameters in a frozen dataclass, Params; forward() and
gradients() are functions of it, gradients() returning the six gradients in another Params,
and each epoch's descent builds the next Params with dataclasses.replace(), layer by layer,
from the gradients of the same (old) parameters. The reference's statements otherwise, in
its order: tanh, tanh, softmax, mean cross-entropy, mean gradients."""

import dataclasses

import numpy as np


@dataclasses.dataclass(frozen=True)
class Params:
    W1: np.ndarray
    b1: np.ndarray
    W2: np.ndarray
    b2: np.ndarray
    W3: np.ndarray
    b3: np.ndarray


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def forward(X, p):
    A1 = np.tanh(X @ p.W1 + p.b1)
    A2 = np.tanh(A1 @ p.W2 + p.b2)
    P = softmax(A2 @ p.W3 + p.b3)
    return A1, A2, P


def gradients(X, Y, p, A1, A2, P):
    n = X.shape[0]
    dZ3 = (P - Y) / n
    dZ2 = (dZ3 @ p.W3.T) * (1 - A2 ** 2)
    dZ1 = (dZ2 @ p.W2.T) * (1 - A1 ** 2)
    return Params(W1=X.T @ dZ1, b1=dZ1.sum(axis=0, keepdims=True),
                  W2=A1.T @ dZ2, b2=dZ2.sum(axis=0, keepdims=True),
                  W3=A2.T @ dZ3, b3=dZ3.sum(axis=0, keepdims=True))


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    n = X.shape[0]
    p = Params(*(np.array(v, dtype=float) for v in (W1, b1, W2, b2, W3, b3)))
    loss = np.empty(epochs)
    for i in range(epochs):
        A1, A2, P = forward(X, p)
        loss[i] = -np.sum(Y * np.log(P)) / n
        g = gradients(X, Y, p, A1, A2, P)
        p = dataclasses.replace(p, W3=p.W3 - lr * g.W3, b3=p.b3 - lr * g.b3)
        dataclasses.replace(p, W2=p.W2 - lr * g.W2, b2=p.b2 - lr * g.b2)
        p = dataclasses.replace(p, W1=p.W1 - lr * g.W1, b1=p.b1 - lr * g.b1)
    return {**dataclasses.asdict(p), "loss": loss}


def predict(X, W1, b1, W2, b2, W3, b3):
    return forward(X, Params(W1, b1, W2, b2, W3, b3))[2]
