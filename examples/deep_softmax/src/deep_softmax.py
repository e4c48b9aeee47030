"""Two tanh hidden layers, a softmax output, mean cross-entropy, full-batch gradient descent.

X (n x f) inputs, Y (n x k) one-hot targets; W1 (f x h1), b1 (1 x h1), W2 (h1 x h2),
b2 (1 x h2), W3 (h2 x k), b3 (1 x k). Rows are samples. The loss is the mean over samples of
-sum(Y * log(P)), so every gradient is a mean over samples. Read beside R/deep_softmax.R,
statement for statement.
"""

import numpy as np


def softmax(Z):
    """Return each row of Z (n x k) exponentiated and normalised to sum to 1.

    The row's maximum is subtracted first: the result is the same, and exp() cannot overflow.
    """
    E = np.exp(Z - Z.max(axis=1, keepdims=True))          # (n x k) minus (n x 1), per row
    return E / E.sum(axis=1, keepdims=True)


def forward(X, W1, b1, W2, b2, W3, b3):
    """Return the hidden activations A1 (n x h1), A2 (n x h2) and the probabilities P (n x k)."""
    A1 = np.tanh(X @ W1 + b1)                              # b1 broadcast over the rows
    A2 = np.tanh(A1 @ W2 + b2)
    P = softmax(A2 @ W3 + b3)
    return A1, A2, P


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    """Return the parameters after `epochs` full-batch epochs, and each epoch's loss.

    The loss of an epoch is measured on its forward pass, before its update. The parameters
    are new arrays; the caller's are not touched.
    """
    n = X.shape[0]
    loss = np.empty(epochs)
    for i in range(epochs):
        # Forward pass
        A1, A2, P = forward(X, W1, b1, W2, b2, W3, b3)
        loss[i] = -np.sum(Y * np.log(P)) / n              # mean cross-entropy
        # Backward pass: d(loss)/dZ for each layer's pre-activation Z
        dZ3 = (P - Y) / n                                  # softmax + cross-entropy, mean
        dZ2 = (dZ3 @ W3.T) * (1 - A2**2)                   # tanh'(Z) = 1 - tanh(Z)^2
        dZ1 = (dZ2 @ W2.T) * (1 - A1**2)
        # Gradient descent, every layer from the same (old) weights
        W3 = W3 - lr * (A2.T @ dZ3)
        b3 = b3 - lr * dZ3.sum(axis=0, keepdims=True)      # the gradients are already means
        W2 = W2 - lr * (A1.T @ dZ2)
        b2 = b2 - lr * dZ2.sum(axis=0, keepdims=True)
        W1 = W1 - lr * (X.T @ dZ1)
        b1 = b1 - lr * dZ1.sum(axis=0, keepdims=True)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}


def predict(X, W1, b1, W2, b2, W3, b3):
    """Return the class probabilities P (n x k) for X (n x f)."""
    return forward(X, W1, b1, W2, b2, W3, b3)[2]
