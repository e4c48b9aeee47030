"""av_mlp as a generator: descend() yields the parameters after each epoch with the epoch's
loss, every new parameter dict built by a comprehension over the gradients' dict, and
train() takes as many epochs from it as it is asked for with itertools.islice."""

import itertools

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def forward(p, X):
    hid = sigmoid(X @ p["wh"] + p["bh"])
    return hid, sigmoid(hid @ p["wout"] + p["bout"])


def gradients(p, X, y):
    hid, out = forward(p, X)
    err = y - out
    d_out = err * out * (1 - out)
    d_hid = (d_out @ p["wout"].T) * hid * (1 - hid)
    grads = {"wh": X.T @ d_hid, "bh": d_hid.sum(axis=0, keepdims=True),
             "wout": hid.T @ d_out, "bout": d_out.sum(axis=0, keepdims=True)}
    return grads, 0.5 * np.mean(err ** 2)


def descend(X, y, params, lr):
    while True:
        grads, loss = gradients(params, X, y)
        params = {k: v + lr * grads[k] for k, v in params.items()}
        yield params, loss


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    params = {"wh": wh, "bh": bh, "wout": wout, "bout": bout}
    params = {k: np.round(np.array(v, dtype=float), 4) for k, v in params.items()}
    losses = []
    for params, loss in itertools.islice(descend(X, y, params, lr), int(epochs)):
        losses.append(loss)
    return {**params, "loss": np.array(losses, dtype=float)}


def predict(X, wh, bh, wout, bout):
    p = {"wh": wh, "bh": bh, "wout": wout, "bout": bout}
    return forward(p, np.asarray(X, dtype=float))[1]
