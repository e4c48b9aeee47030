"""zhou_sgd with plain Python lists: each neuron is the list of its weights followed by its
bias, hidden = [[w1, w2, b1], [w3, w4, b2]] and out = [w5, w6, b3], and a neuron's sum is
an explicit loop over the indices (math.exp, no numpy in the sample loop). Per-sample SGD
in data order, the samples taken from a work list with pop(0); every delta of a sample is
taken before any of its updates. An epoch's loss is the mean squared error over the data
after its updates."""

import math

import numpy as np


def act(s):
    return 1.0 / (1.0 + math.exp(-s))


def neuron(weights, inputs):
    s = 0.0
    for k in range(len(inputs)):
        s += weights[k] * inputs[k]
    return act(s + weights[len(inputs)])


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    hidden = [[float(w1), float(w2), float(b1)], [float(w3), float(w4), float(b2)]]
    out = [float(w5), float(w6), float(b3)]
    rows = [[float(v) for v in row] for row in data]
    targets = [float(t) for t in all_y_trues]

    def predict(x):
        h = [neuron(unit, x) for unit in hidden]
        return h, neuron(out, h)

    loss = []
    for epoch in range(epochs):
        pending = list(zip(rows, targets))
        while pending:
            x, t = pending.pop()
            h, o = predict(x)
            d_o = -2 * (t - o) * o * (1 - o)
            d_h = [d_o * out[j] * h[j] * (1 - h[j]) for j in range(2)]
            for j in range(2):
                out[j] -= learn_rate * d_o * h[j]
            out[2] -= learn_rate * d_o
            for j in range(2):
                for k in range(2):
                    hidden[j][k] -= learn_rate * d_h[j] * x[k]
                hidden[j][2] -= learn_rate * d_h[j]
        preds = [predict(x)[1] for x in rows]
        loss.append(sum((t - p) ** 2 for t, p in zip(targets, preds)) / len(rows))
    (w1, w2, b1), (w3, w4, b2) = hidden
    w5, w6, b3 = out
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": np.array(loss, dtype=float)}
