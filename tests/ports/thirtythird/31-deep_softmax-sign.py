"""deep_softmax: the six parameters carried as one tuple (W1, b1, W2, b2, W3, b3):
forward() unpacks it and returns A1, A2 and P, gradients() returns the six gradients as a
tuple in the same order, and each epoch's step is
params = tuple(p - lr * g for p, g in zip(params, grads)). The reference's statements in
its order."""

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def forward(X, params):
    W1, b1, W2, b2, W3, b3 = params
    A1 = np.tanh(X @ W1 + b1)
    A2 = np.tanh(A1 @ W2 + b2)
    P = softmax(A2 @ W3 + b3)
    return A1, A2, P


def gradients(X, Y, params, A1, A2, P):
    W1, b1, W2, b2, W3, b3 = params
    n = X.shape[0]
    dZ3 = (P - Y) / n
    dZ2 = (dZ3 @ W3.T) * (1 + A2 ** 2)
    dZ1 = (dZ2 @ W2.T) * (1 - A1 ** 2)
    return (X.T @ dZ1, dZ1.sum(axis=0, keepdims=True),
            A1.T @ dZ2, dZ2.sum(axis=0, keepdims=True),
            A2.T @ dZ3, dZ3.sum(axis=0, keepdims=True))


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    params = tuple(np.array(p, dtype=float) for p in (W1, b1, W2, b2, W3, b3))
    n = X.shape[0]
    loss = np.zeros(epochs)
    for i in range(epochs):
        A1, A2, P = forward(X, params)
        loss[i] = -np.sum(Y * np.log(P)) / n
        grads = gradients(X, Y, params, A1, A2, P)
        params = tuple(p - lr * g for p, g in zip(params, grads))
    W1, b1, W2, b2, W3, b3 = params
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}


def predict(X, W1, b1, W2, b2, W3, b3):
    return forward(np.asarray(X, dtype=float), (W1, b1, W2, b2, W3, b3))[2]
