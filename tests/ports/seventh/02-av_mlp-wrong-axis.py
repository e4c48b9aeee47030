"""av_mlp with each layer's bias folded into its weights: a column of ones is appended to
the inputs and to the hidden activations, so that each layer is one matrix product
(np.tensordot over the shared axis). The stacked matrices are split again at the end."""

import numpy as np


def sigmoid(t):
    return 1.0 / (1.0 + np.exp(-t))


def with_ones(A):
    return np.hstack([A, np.ones((A.shape[1], 1))])


def layer(A, M):
    return sigmoid(np.tensordot(with_ones(A), M, axes=(1, 0)))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    inputs = np.asarray(X, dtype=float)
    target = np.asarray(y, dtype=float)
    M1 = np.vstack([wh, bh]).astype(float)
    M2 = np.vstack([wout, bout]).astype(float)
    f, h = M1.shape[0] - 1, M1.shape[1]
    curve = np.zeros(epochs)
    for ep in range(epochs):
        hid = layer(inputs, M1)
        out = layer(hid, M2)
        gap = target - out
        curve[ep] = np.mean(gap ** 2) / 2
        g_out = gap * out * (1.0 - out)
        g_hid = np.tensordot(g_out, M2[:h], axes=(1, 1)) * hid * (1.0 - hid)
        M2 = M2 + lr * np.tensordot(with_ones(hid), g_out, axes=(0, 0))
        M1 = M1 + lr * np.tensordot(with_ones(inputs), g_hid, axes=(0, 0))
    return {"wh": M1[:f], "bh": M1[f:], "wout": M2[:h], "bout": M2[h:], "loss": curve}
