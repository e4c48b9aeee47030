"""A port of src/deep_softmax.py with one porting bug: gradients summed over samples (kind:
sum-for-mean).

The from-scratch articles sum their updates over samples (np.dot(X.T, d) with no 1 / n),
and a porter who learnt from them drops the `/ n` of dZ3. The loss is still the mean, so
its curve starts right; every update is n times the reference's, as if lr were n * lr.
Otherwise src/deep_softmax.py.
"""

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def forward(X, W1, b1, W2, b2, W3, b3):
    A1 = np.tanh(X @ W1 + b1)
    A2 = np.tanh(A1 @ W2 + b2)
    P = softmax(A2 @ W3 + b3)
    return A1, A2, P


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        A1, A2, P = forward(X, W1, b1, W2, b2, W3, b3)
        loss[i] = -np.sum(Y * np.log(P)) / n
        dZ3 = P - Y                                        # the bug: should be (P - Y) / n
        dZ2 = (dZ3 @ W3.T) * (1 - A2**2)
        dZ1 = (dZ2 @ W2.T) * (1 - A1**2)
        W3 = W3 - lr * (A2.T @ dZ3)
        b3 = b3 - lr * dZ3.sum(axis=0, keepdims=True)
        W2 = W2 - lr * (A1.T @ dZ2)
        b2 = b2 - lr * dZ2.sum(axis=0, keepdims=True)
        W1 = W1 - lr * (X.T @ dZ1)
        b1 = b1 - lr * dZ1.sum(axis=0, keepdims=True)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}


def predict(X, W1, b1, W2, b2, W3, b3):
    return forward(X, W1, b1, W2, b2, W3, b3)[2]
