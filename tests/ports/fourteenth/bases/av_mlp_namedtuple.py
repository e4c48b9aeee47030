"""av_mlp with the parameters in an immutable namedtuple, Params(wh, bh, wout, bout): the
forward pass returns a second namedtuple, Forward(hidden, output), the gradients come back as
a Params of the same fields, and each epoch builds the next Params from a generator over
zip(p, g), field by field. Every product is np.matmul, the sums over the samples are
np.add.reduce(..., axis=0, keepdims=True), and the error is taken as output - y, so the step
is a descent, w - lr * dw."""

from collections import namedtuple

import numpy as np

Params = namedtuple("Params", ["wh", "bh", "wout", "bout"])
Forward = namedtuple("Forward", ["hidden", "output"])


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(p, X):
    hidden = sigmoid(np.matmul(X, p.wh) + p.bh)
    output = sigmoid(np.matmul(hidden, p.wout) + p.bout)
    return Forward(hidden, output)


def gradients(p, X, y, fw):
    delta_out = (fw.output - y) * fw.output * (1.0 - fw.output)
    delta_hid = np.matmul(delta_out, p.wout.T) * fw.hidden * (1.0 - fw.hidden)
    return Params(
        wh=np.matmul(X.T, delta_hid),
        bh=np.add.reduce(delta_hid, axis=0, keepdims=True),
        wout=np.matmul(fw.hidden.T, delta_out),
        bout=np.add.reduce(delta_out, axis=0, keepdims=True),
    )


def half_mse(fw, y):
    return float(np.mean(np.square(fw.output - y))) / 2.0


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    p = Params(*(np.asarray(a, dtype=np.float64) for a in (wh, bh, wout, bout)))
    losses = []
    for _ in range(int(epochs)):
        fw = forward(p, X)
        losses.append(half_mse(fw, y))
        g = gradients(p, X, y, fw)
        p = Params(*(w - lr * dw for w, dw in zip(p, g)))
    return {**p._asdict(), "loss": np.array(losses, dtype=np.float64)}


def predict(X, wh, bh, wout, bout):
    return forward(Params(wh, bh, wout, bout), np.asarray(X, dtype=np.float64)).output
