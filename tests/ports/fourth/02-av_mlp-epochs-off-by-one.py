"""av_mlp folded with functools.reduce: one epoch is a function from the state (the four
parameters and the losses so far) to the next state, and reduce() applies it `epochs`
times. One sigmoid hidden layer with biases, full-batch gradient descent, rows of X are
samples; np.matmul, np.dot and @ side by side, as a port grows."""

from functools import reduce

import numpy as np


def logistic(a):
    return 1.0 / (1.0 + np.exp(-a))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    inputs = np.asarray(X, dtype=float)
    target = np.asarray(y, dtype=float)

    def epoch(state, _):
        W_in, c_in, W_out, c_out, losses = state
        hid = logistic(np.matmul(inputs, W_in) + c_in)           # n x h
        out = logistic(np.dot(hid, W_out) + c_out)               # n x 1
        resid = target - out
        g_out = resid * out * (1.0 - out)
        g_hid = (g_out @ W_out.T) * hid * (1.0 - hid)
        W_out = W_out + lr * (hid.T @ g_out)
        c_out = c_out + lr * g_out.sum(axis=0, keepdims=True)
        W_in = W_in + lr * np.matmul(inputs.T, g_hid)
        c_in = c_in + lr * g_hid.sum(axis=0, keepdims=True)
        return W_in, c_in, W_out, c_out, losses + [0.5 * np.mean(resid ** 2)]

    start = (np.array(wh, dtype=float), np.array(bh, dtype=float),
             np.array(wout, dtype=float), np.array(bout, dtype=float), [])
    W_in, c_in, W_out, c_out, losses = reduce(epoch, range(1, epochs), start)
    return {"wh": W_in, "bh": c_in, "wout": W_out, "bout": c_out,
            "loss": np.array(losses, dtype=float)}
