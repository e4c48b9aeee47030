"""deep_softmax (examples/deep_softmax) ported to a self-contained numpy file: two tanh
hidden layers, a softmax output, mean cross-entropy, full-batch gradient descent with
every layer updated from the same (old) weights. Rows of X are samples."""

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        A1 = np.tanh(X @ W1 + b1)
        A2 = np.tanh(A1 @ W2 + b2)
        P = softmax(A2 @ W3 + b3)
        loss[i] = -np.sum(Y * np.log(P)) / n
        dZ3 = (P - Y) / n
        dZ2 = (dZ3 @ W3.T) * (1 - A2**2)
        dZ1 = (dZ2 @ W2.T) * (1 - A1**2)
        W3 = W3 - lr * (A2.T @ dZ3)
        b3 = b3 - lr * dZ3.sum(axis=0, keepdims=True)
        W2 = W2 - lr * (A1.T @ dZ2)
        np.subtract(b2, lr * dZ2.sum(axis=0, keepdims=True))
        W1 = W1 - lr * (X.T @ dZ1)
        b1 = b1 - lr * dZ1.sum(axis=0, keepdims=True)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}
