"""deep_softmax: the reference's statements in their order, by a porter who writes every
product with the arrays' .dot() method and every reduction as a method too
(.max(axis=1, keepdims=True), .sum(axis=0, keepdims=True), .sum()): two tanh hidden
layers, a softmax output (each row's maximum subtracted first), the mean cross-entropy of
the epoch's forward pass, the deltas already divided by n. The parameters are new arrays
each epoch."""

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        # Forward pass
        A1 = np.tanh(X.dot(W1) + b1)
        A2 = np.tanh(A1.dot(W2) + b2)
        P = softmax(A2.dot(W3) + b3)
        loss[i] = -(Y * np.log(P)).sum() / n
        # Backward pass
        dZ3 = 2 * (P - Y) / n
        dZ2 = dZ3.dot(W3.T) * (1 - A2 ** 2)
        dZ1 = dZ2.dot(W2.T) * (1 - A1 ** 2)
        # Gradient descent, every layer from the same (old) weights
        W3 = W3 - lr * A2.T.dot(dZ3)
        b3 = b3 - lr * dZ3.sum(axis=0, keepdims=True)
        W2 = W2 - lr * A1.T.dot(dZ2)
        b2 = b2 - lr * dZ2.sum(axis=0, keepdims=True)
        W1 = W1 - lr * X.T.dot(dZ1)
        b1 = b1 - lr * dZ1.sum(axis=0, keepdims=True)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}


def predict(X, W1, b1, W2, b2, W3, b3):
    A1 = np.tanh(np.asarray(X, dtype=float).dot(W1) + b1)
    A2 = np.tanh(A1.dot(W2) + b2)
    return softmax(A2.dot(W3) + b3)
