"""One tanh hidden layer, a linear output, mean squared error, full-batch gradient descent.

X (n x f) inputs, y (n x 1) targets; W1 (f x h), b1 (1 x h), W2 (h x 1), b2 (1 x 1).
Rows are samples. Read beside tiny_mlp.R, statement for statement: same names, same order.
"""

import numpy as np


def forward(X, W1, b1, W2, b2):
    """Return the hidden activations A1 (n x h) and the output out (n x 1)."""
    A1 = np.tanh(X @ W1 + b1)                  # b1 (1 x h) broadcast over the rows
    out = A1 @ W2 + b2                         # linear output
    return A1, out


def train(X, y, W1, b1, W2, b2, lr, epochs):
    """Return the parameters after `epochs` full-batch epochs, and each epoch's loss.

    The loss of an epoch is measured on its forward pass, before its update. The arguments
    are not modified: each update makes a new array.
    """
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        # Forward pass
        A1, out = forward(X, W1, b1, W2, b2)
        loss[i] = np.sum((out - y) ** 2) / n   # mean squared error
        # Backward pass: d(loss)/dZ for each layer's pre-activation Z
        dZ2 = 2 * (out - y) / n                # (n x 1)
        dZ1 = (dZ2 @ W2.T) * (1 - A1**2)       # tanh'(Z) = 1 - tanh(Z)^2, (n x h)
        # Gradient descent, both layers from the same (old) weights
        W2 = W2 - lr * (A1.T @ dZ2)
        b2 = b2 - lr * dZ2.sum(axis=0, keepdims=True)   # sum over samples, stays 1 x 1
        W1 = W1 - lr * (X.T @ dZ1)
        b1 = b1 - lr * dZ1.sum(axis=0, keepdims=True)   # stays 1 x h
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "loss": loss}


def predict(X, W1, b1, W2, b2):
    """Return the network's output (n x 1) for X (n x f)."""
    return forward(X, W1, b1, W2, b2)[1]
