"""zhou_sgd with the nine parameters in a dict and a sample's gradients in another dict of
the same keys, all taken before any is applied: per-sample SGD in data order on the squared
error; an epoch's loss is the mean squared error over the data after its updates."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(p, x):
    h1 = sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    o1 = sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])
    return h1, h2, o1


def gradients(p, x, y_true):
    h1, h2, o1 = forward(p, x)
    d_o1 = -2 * (y_true - o1) * o1 * (1 - o1)
    d_h1 = d_o1 * p["w5"] * h1 * (1 - h1)
    d_h2 = d_o1 * p["w6"] * h2 * (1 - h2)
    return {"w1": d_h1 * x[0], "w2": d_h1 * x[1], "b1": d_h1,
            "w3": d_h2 * x[0], "w4": d_h2 * x[1], "b2": d_h2,
            "w5": d_o1 * h1, "w6": d_o1 * h2, "b3": d_o1}


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    p = dict(w1=w1, w2=w2, w3=w3, w4=w4, w5=w5, w6=w6, b1=0.0, b2=0.0, b3=0.0)
    loss = []
    for epoch in range(epochs):
        for i in range(len(data)):
            g = gradients(p, data[i], all_y_trues[i])
            for k in p:
                p[k] = p[k] - learn_rate * g[k]
        y_preds = np.array([forward(p, x)[2] for x in data])
        loss.append(np.mean((all_y_trues - y_preds) ** 2))
    return {**p, "loss": np.array(loss, dtype=float)}
