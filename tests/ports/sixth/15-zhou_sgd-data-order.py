"""zhou_sgd with the nine parameters in one numpy vector p (w1..w6, b1..b3), moved in place
by p -= rate * grad after every sample: per-sample SGD in data order, and each epoch's loss
the mean squared error on the whole data after its updates."""

import numpy as np

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")


def sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def outputs(rows, p):
    a1 = sig(rows[:, 0] * p[0] + rows[:, 1] * p[1] + p[6])
    a2 = sig(rows[:, 0] * p[2] + rows[:, 1] * p[3] + p[7])
    return sig(p[4] * a1 + p[5] * a2 + p[8])


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    rows = np.asarray(data, dtype=float)
    labels = np.asarray(all_y_trues, dtype=float)
    p = np.array([w1, w2, w3, w4, w5, w6, b1, b2, b3], dtype=float)
    eta = learn_rate
    losses = np.zeros(epochs)
    for ep in range(epochs):
        for k in np.random.default_rng(ep).permutation(len(rows)):
            x1, x2 = rows[k]
            a1 = sig(p[0] * x1 + p[1] * x2 + p[6])
            a2 = sig(p[2] * x1 + p[3] * x2 + p[7])
            q = sig(p[4] * a1 + p[5] * a2 + p[8])
            gq = -2.0 * (labels[k] - q) * q * (1.0 - q)
            g1 = gq * p[4] * a1 * (1.0 - a1)
            g2 = gq * p[5] * a2 * (1.0 - a2)
            grad = np.array([g1 * x1, g1 * x2, g2 * x1, g2 * x2, gq * a1, gq * a2, g1, g2, gq])
            p -= eta * grad
        losses[ep] = np.mean((labels - outputs(rows, p)) ** 2)
    result = {name: float(v) for name, v in zip(NAMES, p)}
    result["loss"] = losses
    return result
