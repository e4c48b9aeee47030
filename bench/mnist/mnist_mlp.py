"""One sigmoid hidden layer, a softmax output, mean cross-entropy, full-batch gradient
descent: X (n x f), Y (n x k, one-hot), W1 (f x h), b1 (1 x h), W2 (h x k), b2 (1 x k).
Read beside mnist_mlp.R."""

import numpy as np


def forward(X, W1, b1, W2, b2):
    """Return the hidden activations H (n x h) and the class probabilities P (n x k)."""
    H = 1 / (1 + np.exp(-(X @ W1 + b1)))
    Z = H @ W2 + b2
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return H, E / E.sum(axis=1, keepdims=True)


def train(X, Y, W1, b1, W2, b2, lr, epochs):
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        H, P = forward(X, W1, b1, W2, b2)
        loss[i] = -np.sum(Y * np.log(P)) / n
        dZ2 = (P - Y) / n
        dZ1 = (dZ2 @ W2.T) * H * (1 - H)
        W2 = W2 - lr * (H.T @ dZ2)
        b2 = b2 - lr * dZ2.sum(axis=0, keepdims=True)
        W1 = W1 - lr * (X.T @ dZ1)
        b1 = b1 - lr * dZ1.sum(axis=0, keepdims=True)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "loss": loss}


def predict(X, W1, b1, W2, b2):
    return forward(X, W1, b1, W2, b2)[1]
