"""zhou_sgd with numpy arrays for the layers: W (2 x 2, one row per hidden neuron), b (2),
v (the output weights w5, w6) and c (b3). Per-sample SGD in data order; every delta of a
sample is taken before any of its updates."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    W = np.array([[w1, w2], [w3, w4]], dtype=float)
    b = np.array([b1, b2], dtype=float)
    v = np.array([w5, w6], dtype=float)
    c = float(b3)
    loss = np.zeros(epochs)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            sum_h = W @ x + b
            h = sigmoid(sum_h)
            sum_o = v @ h + c
            y_pred = sigmoid(sum_o)
            d_o = -2 * (y_true - y_pred) * (y_pred * (1 - y_pred))
            d_h = d_o * v * (h * (1 - h))
            v = v - learn_rate * d_o * h
            c = c - learn_rate * d_o
            W = W - learn_rate * np.outer(d_h, x)
            b = b - learn_rate * d_h
        y_preds = sigmoid(v @ sigmoid(W @ data.T + b[:, None]) + c)
        loss[epoch] = np.sum((all_y_trues - y_preds) ** 2) / len(data)
    return {"w1": W[0, 0], "w2": W[0, 1], "w3": W[1, 0], "w4": W[1, 1], "w5": v[0],
            "w6": v[1], "b1": b[0], "b2": b[1], "b3": c, "loss": loss}
