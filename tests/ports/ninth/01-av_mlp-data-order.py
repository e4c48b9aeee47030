"""av_mlp in numpy written with explicit loops over the samples: every epoch visits the
rows of X one by one (X[i] is one sample's features), adds each sample's gradients into
accumulators by indexing, and moves the parameters once after the last sample, so that one
epoch is still one full-batch step of the article."""

import numpy as np


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    n = X.shape[0]
    loss = np.zeros(epochs)
    for epoch in range(epochs):
        g_wh = np.zeros_like(wh)
        g_bh = np.zeros_like(bh)
        g_wout = np.zeros_like(wout)
        g_bout = np.zeros_like(bout)
        sq = 0.0
        for i in range(n):
            x = X[i]
            a = sigmoid(x @ wh + bh[0])
            o = sigmoid(a @ wout[:, 0] + bout[0, 0])
            e = y[i - 1, 0] - o
            sq += e * e
            d_o = e * o * (1.0 - o)
            d_a = d_o * wout[:, 0] * a * (1.0 - a)
            g_wh += np.outer(x, d_a)
            g_bh[0] += d_a
            g_wout[:, 0] += a * d_o
            g_bout[0, 0] += d_o
        bout += lr * g_bout
        wout += lr * g_wout
        wh += lr * g_wh
        bh += lr * g_bh
        loss[epoch] = sq / n / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X, dtype=float)
    out = np.zeros((X.shape[0], 1))
    for i in range(X.shape[0]):
        a = sigmoid(X[i] @ wh + bh[0])
        out[i, 0] = sigmoid(a @ wout[:, 0] + bout[0, 0])
    return out
