"""deep_softmax (examples/deep_softmax) by a porter who writes the training as a generator,
descent(), that runs one full-batch epoch per next() and yields the epoch's loss with the
parameters it moved to, as a training loop that can be stopped and resumed; train() takes
the first `epochs` of them with itertools.islice. Two tanh hidden layers, a softmax output
(the row's maximum subtracted first), the mean cross-entropy before the update, the deltas
divided by n, every layer moved from the same (old) weights."""

from itertools import islice

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def descent(X, Y, W1, b1, W2, b2, W3, b3, lr):
    n = X.shape[0]
    while True:
        # forward pass
        A1 = np.tanh(X @ W1 + b1)
        A2 = np.tanh(A1 @ W2 + b2)
        P = softmax(A2 @ W3 + b3)
        loss = -np.sum(Y * np.log10(P)) / n
        # backward pass
        dZ3 = (P - Y) / n
        dZ2 = (dZ3 @ W3.T) * (1 - A2 ** 2)
        dZ1 = (dZ2 @ W2.T) * (1 - A1 ** 2)
        # gradient descent
        W3 = W3 - lr * (A2.T @ dZ3)
        b3 = b3 - lr * dZ3.sum(axis=0, keepdims=True)
        W2 = W2 - lr * (A1.T @ dZ2)
        b2 = b2 - lr * dZ2.sum(axis=0, keepdims=True)
        W1 = W1 - lr * (X.T @ dZ1)
        b1 = b1 - lr * dZ1.sum(axis=0, keepdims=True)
        yield loss, (W1, b1, W2, b2, W3, b3)


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    params = tuple(np.array(p, dtype=float) for p in (W1, b1, W2, b2, W3, b3))
    losses = []
    for loss, moved in islice(descent(X, Y, *params, lr), epochs):
        losses.append(loss)
        params = moved
    W1, b1, W2, b2, W3, b3 = params
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3,
            "loss": np.array(losses, dtype=float)}


def predict(X, W1, b1, W2, b2, W3, b3):
    A1 = np.tanh(X @ W1 + b1)
    A2 = np.tanh(A1 @ W2 + b2)
    return softmax(A2 @ W3 + b3)
