"""A correct av_mlp port in Python that visits the samples one by one, as a reader of the
article would on paper: each sample's deltas are added up over the epoch, and the sums
applied once at its end (full batch: the parameters do not move within an epoch)."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    loss = np.empty(epochs)
    for epoch in range(epochs):
        sum_d_wh, sum_d_bh = np.zeros_like(wh), np.zeros_like(bh)
        sum_d_wout, sum_d_bout = np.zeros_like(wout), np.zeros_like(bout)
        squared_error = 0.0
        for x, target in zip(X, y):
            x = x[None, :]                                         # 1 x f
            hidden = sigmoid(x @ wh + bh)                          # 1 x h
            output = sigmoid(hidden @ wout + bout)                 # 1 x 1
            E = target - output
            squared_error += E.item() ** 2
            d_output = E * output * (1 - output)
            d_hidden = (d_output @ wout.T) * hidden * (1 - hidden)
            sum_d_wout += hidden.T @ d_output
            sum_d_bout += d_output
            sum_d_wh += x.T @ d_hidden
            sum_d_bh += d_hidden
        loss[epoch] = squared_error / len(X) / 2
        wout = wout + sum_d_wout * lr
        bout = bout + sum_d_bout * lr
        wh = wh + sum_d_wh * lr
        bh = bh + sum_d_bh * lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
