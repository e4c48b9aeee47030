"""av_mlp as a plain numpy loop: one sigmoid hidden layer with biases, full-batch gradient
descent on the half mean squared error, the parameters copied once and then moved in place
with +=. The output weights' transpose is copied before they move, for the hidden delta."""

import numpy as np


def squash(t):
    return 1.0 / (1.0 + np.exp(-t))


def slope(a):
    return a * (1.0 - a)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    inputs = np.array(X, dtype=float)
    target = np.array(y, dtype=float)
    W1 = np.array(wh, dtype=float)
    c1 = np.array(bh, dtype=float)
    W2 = np.array(wout, dtype=float)
    c2 = np.array(bout, dtype=float)
    history = np.zeros(epochs)
    for ep in range(epochs):
        hid = squash(inputs @ W1 + c1)
        out = squash(hid @ W2 + c2)
        err = target - out
        history[ep] = np.mean(err ** 2) / 2
        d_out = err * slope(out)
        back = W2.T.copy()
        W2 += lr * (hid.T @ d_out)
        c2 += lr * np.sum(d_out, axis=0, keepdims=True)
        d_hid = (d_out @ back) * slope(out)
        W1 += lr * (inputs.T @ d_hid)
        c1 += lr * np.sum(d_hid, axis=0, keepdims=True)
    return {"wh": W1, "bh": c1, "wout": W2, "bout": c2, "loss": history}
