"""deep_softmax: the six parameters in a types.SimpleNamespace, p, read as p.W1, p.b1, ...;
the gradients of an epoch in another namespace, g, under the same names, each one taken
from the undivided output delta P - Y and divided by n on its own line; the step is one loop
over the names, setattr(p, name, getattr(p, name) - lr * getattr(g, name)). Two tanh hidden
layers, a softmax output with each row's maximum subtracted, the mean cross-entropy,
full-batch descent."""

from types import SimpleNamespace

import numpy as np

NAMES = ("W3", "b3", "W2", "b2", "W1", "b1")


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def forward(X, p):
    A1 = np.tanh(X @ p.W1 + p.b1)
    A2 = np.tanh(A1 @ p.W2 + p.b2)
    P = softmax(A2 @ p.W3 + p.b3)
    return A1, A2, P


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    p = SimpleNamespace(W1=np.array(W1, dtype=float), b1=np.array(b1, dtype=float),
                        W2=np.array(W2, dtype=float), b2=np.array(b2, dtype=float),
                        W3=np.array(W3, dtype=float), b3=np.array(b3, dtype=float))
    n = X.shape[0]
    loss = np.zeros(epochs)
    for i in range(epochs):
        # Forward pass
        A1, A2, P = forward(X, p)
        loss[i] = -np.sum(Y * np.log(P)) / n
        # Backward pass
        g = SimpleNamespace()
        dZ3 = P - Y
        dZ2 = (dZ3 @ p.W3.T) * (1 - A2 ** 2)
        dZ1 = (dZ2 @ p.W2.T) * (1 - A1 ** 2)
        g.W3 = A2.T @ dZ3 / n
        g.b3 = dZ3.sum(axis=0, keepdims=True) / n
        g.W2 = A1.T @ dZ2 / n
        g.b2 = dZ2.sum(axis=0, keepdims=True)
        g.W1 = X.T @ dZ1 / n
        g.b1 = dZ1.sum(axis=0, keepdims=True) / n
        # Gradient descent, every layer from the same (old) weights
        for name in NAMES:
            setattr(p, name, getattr(p, name) - lr * getattr(g, name))
    return {"W1": p.W1, "b1": p.b1, "W2": p.W2, "b2": p.b2, "W3": p.W3, "b3": p.b3,
            "loss": loss}


def predict(X, W1, b1, W2, b2, W3, b3):
    p = SimpleNamespace(W1=W1, b1=b1, W2=W2, b2=b2, W3=W3, b3=b3)
    return forward(np.asarray(X, dtype=float), p)[2]
