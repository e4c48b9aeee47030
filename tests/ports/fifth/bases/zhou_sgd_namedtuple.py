"""zhou_sgd with each neuron a Neuron namedtuple (two input weights and a bias), replaced
with _replace() after each sample; itertools.product() walks the epochs and the samples in
one loop, and the epoch's loss is taken when its last sample is done. Per-sample SGD in data
order on the squared error; an epoch's loss is the mean squared error over the data after
its updates."""

import itertools
import math
from collections import namedtuple

import numpy as np

Neuron = namedtuple("Neuron", "wa wb bias")


def fire(unit, a, b):
    s = unit.wa * a + unit.wb * b + unit.bias
    return s, 1.0 / (1.0 + math.exp(-s))


def slope(s):
    e = 1.0 / (1.0 + math.exp(-s))
    return e * (1.0 - e)


def output_of(left, right, top, a, b):
    return fire(top, fire(left, a, b)[1], fire(right, a, b)[1])[1]


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    rows = [tuple(float(v) for v in r) for r in np.asarray(data, dtype=float)]
    goals = [float(t) for t in np.asarray(all_y_trues, dtype=float).reshape(-1)]
    left, right, top = Neuron(w1, w2, b1), Neuron(w3, w4, b2), Neuron(w5, w6, b3)
    losses = np.zeros(epochs)
    last = len(rows) - 1
    for epoch, i in itertools.product(range(epochs), range(len(rows))):
        a, b = rows[i]
        s1, h1 = fire(left, a, b)
        s2, h2 = fire(right, a, b)
        s3, o = fire(top, h1, h2)
        g = -2.0 * (goals[i] - o) * slope(s3)
        g1 = g * top.wa * slope(s1)
        g2 = g * top.wb * slope(s2)
        top = top._replace(wa=top.wa - learn_rate * g * h1, wb=top.wb - learn_rate * g * h2,
                           bias=top.bias - learn_rate * g)
        left = left._replace(wa=left.wa - learn_rate * g1 * a, wb=left.wb - learn_rate * g1 * b,
                             bias=left.bias - learn_rate * g1)
        right = right._replace(wa=right.wa - learn_rate * g2 * a,
                               wb=right.wb - learn_rate * g2 * b,
                               bias=right.bias - learn_rate * g2)
        if i == last:
            preds = [output_of(left, right, top, *r) for r in rows]
            losses[epoch] = sum((t - q) ** 2 for t, q in zip(goals, preds)) / len(rows)
    return {"w1": left.wa, "w2": left.wb, "w3": right.wa, "w4": right.wb,
            "w5": top.wa, "w6": top.wb, "b1": left.bias, "b2": right.bias, "b3": top.bias,
            "loss": losses}
