"""av_mlp with preallocated buffers: every array an epoch needs is allocated once before the
loop, each product and element-wise step writes into its buffer with out= (np.matmul,
np.add, np.subtract, np.multiply, np.sum), and the parameters are moved in place."""

import numpy as np


def sigmoid(x, out=None):
    out = np.negative(x, out=out)
    np.exp(out, out=out)
    np.add(out, 1.0, out=out)
    return np.divide(1.0, out, out=out)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.array(X, dtype=float)
    y = np.array(y, dtype=float)
    wh, bh = np.array(wh, dtype=float), np.array(bh, dtype=float)
    wout, bout = np.array(wout, dtype=float), np.array(bout, dtype=float)
    n, h = X.shape[0], wh.shape[1]
    a_hid = np.empty((n, h))
    s_hid = np.empty((n, h))
    d_hid = np.empty((n, h))
    out = np.empty((n, 1))
    s_out = np.empty((n, 1))
    E = np.empty((n, 1))
    d_out = E
    g_wh = np.empty_like(wh)
    g_bh = np.empty_like(bh)
    g_wout = np.empty_like(wout)
    g_bout = np.empty_like(bout)
    loss = np.zeros(int(epochs))
    for i in range(int(epochs)):
        np.matmul(X, wh, out=a_hid)
        np.add(a_hid, bh, out=a_hid)
        sigmoid(a_hid, out=a_hid)
        np.matmul(a_hid, wout, out=out)
        np.add(out, bout, out=out)
        sigmoid(out, out=out)
        np.subtract(y, out, out=E)
        np.multiply(out, 1.0 - out, out=s_out)
        np.multiply(E, s_out, out=d_out)
        np.multiply(a_hid, 1.0 - a_hid, out=s_hid)
        np.matmul(d_out, wout.T, out=d_hid)
        np.multiply(d_hid, s_hid, out=d_hid)
        np.matmul(a_hid.T, d_out, out=g_wout)
        np.sum(d_out, axis=0, keepdims=True, out=g_bout)
        np.matmul(X.T, d_hid, out=g_wh)
        np.sum(d_hid, axis=0, keepdims=True, out=g_bh)
        wout += lr * g_wout
        bout += lr * g_bout
        wh += lr * g_wh
        bh += lr * g_bh
        loss[i] = 0.5 * np.mean(E ** 2)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X, dtype=float)
    a_hid = sigmoid(X @ wh + bh)
    return sigmoid(a_hid @ wout + bout)
