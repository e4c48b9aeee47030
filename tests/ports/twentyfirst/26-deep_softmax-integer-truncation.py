"""deep_softmax (examples/deep_softmax) with the six parameters in an immutable namedtuple,
Params(W1, b1, W2, b2, W3, b3), and their gradients in another Params of the same fields:
forward() returns the two hidden layers' activations and the probabilities, backward()
returns the gradients of the mean cross-entropy (the deltas of the summed loss, each
gradient divided by n where it is taken), and the step makes a new Params field by field,
p - lr * g. Two tanh hidden layers, a softmax over each row (its maximum subtracted first),
full-batch descent, every layer moved from the same (old) parameters."""

from collections import namedtuple

import numpy as np

Params = namedtuple("Params", ["W1", "b1", "W2", "b2", "W3", "b3"])


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def forward(p, X):
    A1 = np.tanh(X @ p.W1 + p.b1)
    A2 = np.tanh(A1 @ p.W2 + p.b2)
    P = softmax(A2 @ p.W3 + p.b3)
    return A1, A2, P


def backward(p, X, Y, A1, A2, P):
    n = X.shape[0]
    dZ3 = P - Y
    dZ2 = (dZ3 @ p.W3.T) * (1 - A2 ** 2)
    dZ1 = (dZ2 @ p.W2.T) * (1 - A1 ** 2)
    return Params(
        W1=X.T @ dZ1 / n,
        b1=dZ1.sum(axis=0, keepdims=True) / n,
        W2=A1.T @ dZ2 / n,
        b2=dZ2.sum(axis=0, keepdims=True) / n,
        W3=A2.T @ dZ3 / n,
        b3=dZ3.sum(axis=0, keepdims=True) // n,
    )


def step(p, g, lr):
    return Params(*(value - lr * grad for value, grad in zip(p, g)))


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    p = Params(*(np.array(a, dtype=float) for a in (W1, b1, W2, b2, W3, b3)))
    n = X.shape[0]
    loss = np.zeros(epochs)
    for i in range(epochs):
        A1, A2, P = forward(p, X)
        loss[i] = -np.sum(Y * np.log(P)) / n
        g = backward(p, X, Y, A1, A2, P)
        p = step(p, g, lr)
    return {**p._asdict(), "loss": loss}
