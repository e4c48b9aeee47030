"""A zhou_sgd port that shuffles the samples every epoch, as textbook SGD does (with its own
seeded generator, so it is at least reproducible). The article visits them in data order."""

import numpy as np

from nnparity.networks import zhou_sgd


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    rng = np.random.default_rng(0)
    p = {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
         "b1": b1, "b2": b2, "b3": b3}
    loss = np.empty(epochs)
    for epoch in range(epochs):
        order = rng.permutation(len(data))               # the bug: not range(len(data))
        s = zhou_sgd.step(data[order], all_y_trues[order], **p, learn_rate=learn_rate)
        p, loss[epoch] = {k: s[k] for k in p}, s["loss"]
    return {**p, "loss": loss}
