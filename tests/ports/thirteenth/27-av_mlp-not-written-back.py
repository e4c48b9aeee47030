"""av_mlp in plain Python: the data and the parameters are turned into lists (X and wh into
lists of rows), every sum is written out as a loop or a sum() over a generator, and the
sigmoid is math.exp(). Each epoch visits the samples one by one, adds their gradients into
accumulators and moves the parameters once after the last sample, the article's full-batch
step; the results go back into numpy arrays of the given shapes."""

import math

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-z))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float).tolist()
    t = [row[0] for row in np.asarray(y, dtype=float).tolist()]
    W = np.asarray(wh, dtype=float).tolist()
    b = np.asarray(bh, dtype=float).ravel().tolist()
    v = np.asarray(wout, dtype=float).ravel().tolist()
    c = float(np.asarray(bout, dtype=float).ravel()[0])
    n, f, h = len(X), len(W), len(b)
    lr = float(lr)
    losses = []
    for _ in range(int(epochs)):
        gW = [[0.0] * h for _ in range(f)]
        gb = [0.0] * h
        gv = [0.0] * h
        gc = 0.0
        sse = 0.0
        for i in range(n):
            x = X[i]
            a = [sigmoid(sum(x[k] * W[k][j] for k in range(f)) + b[j]) for j in range(h)]
            o = sigmoid(sum(a[j] * v[j] for j in range(h)) + c)
            e = t[i] - o
            sse += e * e
            d_o = e * o * (1 - o)
            gc += d_o
            for j in range(h):
                d_j = d_o * v[j] * a[j] * (1 - a[j])
                gv[j] += a[j] * d_o
                gb[j] += d_j
                for k in range(f):
                    gW[k][j] += x[k] * d_j
        losses.append(sse / n / 2)
        for row, grow in zip(W, gW):
            row = [w + lr * g for w, g in zip(row, grow)]
        for j in range(h):
            b[j] += lr * gb[j]
            v[j] += lr * gv[j]
        c += lr * gc
    return {"wh": np.array(W).reshape(f, h), "bh": np.array(b).reshape(1, h),
            "wout": np.array(v).reshape(h, 1), "bout": np.array([[c]]),
            "loss": np.array(losses)}


def predict(X, wh, bh, wout, bout):
    out = []
    for x in np.asarray(X, dtype=float).tolist():
        a = [sigmoid(sum(xk * wk for xk, wk in zip(x, col)) + bj)
             for col, bj in zip(np.asarray(wh).T.tolist(), np.asarray(bh).ravel())]
        out.append([sigmoid(sum(aj * vj for aj, vj in zip(a, np.asarray(wout).ravel()))
                            + float(np.asarray(bout).ravel()[0]))])
    return np.array(out)
