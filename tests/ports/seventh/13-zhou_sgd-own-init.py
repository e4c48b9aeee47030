"""zhou_sgd with the three neurons as the rows of one 3 x 3 array N: row j holds neuron j's
two weights and its bias (h1: w1, w2, b1; h2: w3, w4, b2; o1: w5, w6, b3), and each neuron
is one dot product with its inputs and a trailing 1. Per-sample SGD in data order; each
epoch's loss is the mean squared error on the whole data after its updates."""

import numpy as np


def sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def feed(N, x):
    h = sig(N[:2] @ np.append(x, 1.0))
    return h, sig(N[2] @ np.append(h, 1.0))


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    rows = np.asarray(data, dtype=float)
    ys = np.asarray(all_y_trues, dtype=float)
    N = np.random.default_rng(0).normal(size=(3, 3))
    losses = np.zeros(epochs)
    for ep in range(epochs):
        for x, t in zip(rows, ys):
            h, o = feed(N, x)
            g_o = -2.0 * (t - o) * o * (1.0 - o)
            g_h = g_o * N[2, :2] * h * (1.0 - h)
            steps = np.vstack([np.outer(g_h, np.append(x, 1.0)), g_o * np.append(h, 1.0)])
            N = N - learn_rate * steps
        losses[ep] = np.mean([(t - feed(N, x)[1]) ** 2 for x, t in zip(rows, ys)])
    (w1, w2, b1), (w3, w4, b2), (w5, w6, b3) = N.tolist()
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": losses}
