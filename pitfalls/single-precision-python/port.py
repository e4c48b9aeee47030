"""A correct av_mlp port, except that it computes in numpy float32 (single precision)."""

import numpy as np


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X, y, wh, bh, wout, bout = (a.astype(np.float32) for a in (X, y, wh, bh, wout, bout))
    lr = np.float32(lr)
    loss = np.empty(epochs, dtype=np.float32)
    for i in range(epochs):
        hiddenlayer_activations = 1 / (1 + np.exp(-(X @ wh + bh)))
        output = 1 / (1 + np.exp(-(hiddenlayer_activations @ wout + bout)))
        E = y - output
        loss[i] = np.mean(E**2) / 2
        d_output = E * output * (1 - output)
        d_hiddenlayer = d_output @ wout.T * hiddenlayer_activations * (1 - hiddenlayer_activations)
        wout = wout + hiddenlayer_activations.T @ d_output * lr
        bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr
        wh = wh + X.T @ d_hiddenlayer * lr
        bh = bh + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
