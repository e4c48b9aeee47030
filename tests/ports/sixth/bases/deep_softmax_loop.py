"""deep_softmax as a plain numpy loop: two tanh hidden layers and a softmax output, the mean
cross-entropy, full-batch descent. The parameters are copied once and moved in place with
-=, every layer from the deltas of the same forward pass."""

import numpy as np


def probs(S):
    S = S - S.max(axis=1, keepdims=True)
    E = np.exp(S)
    return E / E.sum(axis=1, keepdims=True)


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    Wa, ba = np.array(W1, dtype=float), np.array(b1, dtype=float)
    Wb, bb = np.array(W2, dtype=float), np.array(b2, dtype=float)
    Wc, bc = np.array(W3, dtype=float), np.array(b3, dtype=float)
    m = X.shape[0]
    costs = np.zeros(epochs)
    for ep in range(epochs):
        H1 = np.tanh(X @ Wa + ba)
        H2 = np.tanh(H1 @ Wb + bb)
        P = probs(H2 @ Wc + bc)
        costs[ep] = -np.sum(Y * np.log(P)) / m
        g3 = (P - Y) / m
        g2 = (g3 @ Wc.T) * (1.0 - H2 ** 2)
        g1 = (g2 @ Wb.T) * (1.0 - H1 ** 2)
        Wc -= lr * (H2.T @ g3)
        bc -= lr * g3.sum(axis=0, keepdims=True)
        Wb -= lr * (H1.T @ g2)
        bb -= lr * g2.sum(axis=0, keepdims=True)
        Wa -= lr * (X.T @ g1)
        ba -= lr * g1.sum(axis=0, keepdims=True)
    return {"W1": Wa, "b1": ba, "W2": Wb, "b2": bb, "W3": Wc, "b3": bc, "loss": costs}
