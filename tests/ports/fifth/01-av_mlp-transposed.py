"""av_mlp with the four parameters held in a dataclass: Params.forward() returns the two
layers' activations, and Params.descend() returns a new Params one full-batch step further
(dataclasses.replace), so train() is a loop of p = p.descend(...). One sigmoid hidden
layer with biases, rows of X are samples, the error y - output, loss the mean of its
squares halved."""

from dataclasses import dataclass, replace

import numpy as np


def sigm(a):
    return np.reciprocal(1.0 + np.exp(-a))


@dataclass(frozen=True)
class Params:
    hid_w: np.ndarray        # f x h
    hid_c: np.ndarray        # 1 x h
    out_w: np.ndarray        # h x 1
    out_c: np.ndarray        # 1 x 1

    def forward(self, inputs):
        act = sigm(inputs @ self.hid_w + self.hid_c)
        return act, sigm(act @ self.out_w + self.out_c)

    def descend(self, inputs, target, rate):
        act, pred = self.forward(inputs)
        miss = target - pred
        delta_o = miss * pred * (1.0 - pred)
        delta_h = (delta_o @ self.out_w.T) * act * (1.0 - act)
        moved = replace(self,
                        out_w=self.out_w + rate * (delta_o.T @ act),
                        out_c=self.out_c + rate * delta_o.sum(axis=0, keepdims=True),
                        hid_w=self.hid_w + rate * (inputs.T @ delta_h),
                        hid_c=self.hid_c + rate * delta_h.sum(axis=0, keepdims=True))
        return moved, float(np.mean(miss ** 2)) / 2.0


def train(X, y, wh, bh, wout, bout, lr, epochs):
    inputs = np.asarray(X, dtype=np.float64)
    target = np.asarray(y, dtype=np.float64)
    p = Params(np.array(wh, dtype=np.float64), np.array(bh, dtype=np.float64),
               np.array(wout, dtype=np.float64), np.array(bout, dtype=np.float64))
    history = []
    for _ in range(epochs):
        p, cost = p.descend(inputs, target, lr)
        history.append(cost)
    return {"wh": p.hid_w, "bh": p.hid_c, "wout": p.out_w, "bout": p.out_c,
            "loss": np.array(history, dtype=np.float64)}
