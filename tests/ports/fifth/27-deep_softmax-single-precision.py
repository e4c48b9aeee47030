"""deep_softmax (examples/deep_softmax) with every parameter in one flat vector: theta is
np.concatenate of the six arrays raveled, each parameter a reshaped view into it, and the
gradient is built the same way, so one `theta -= lr * grad` moves every layer at once. Two
tanh hidden layers, a stable softmax over each row, mean cross-entropy."""

import numpy as np

NAMES = ("W1", "b1", "W2", "b2", "W3", "b3")


def views(flat, shapes):
    out, at = {}, 0
    for name in NAMES:
        size = int(np.prod(shapes[name]))
        out[name] = flat[at:at + size].reshape(shapes[name])
        at += size
    return out


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    given = {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3}
    shapes = {k: np.shape(v) for k, v in given.items()}
    theta = np.concatenate([np.ravel(np.asarray(given[k], dtype=np.float32)) for k in NAMES])
    p = views(theta, shapes)
    count = X.shape[0]
    loss = np.zeros(epochs)
    for e in range(epochs):
        H1 = np.tanh(X @ p["W1"] + p["b1"])
        H2 = np.tanh(H1 @ p["W2"] + p["b2"])
        S = H2 @ p["W3"] + p["b3"]
        S = S - S.max(axis=1, keepdims=True)
        prob = np.exp(S) / np.exp(S).sum(axis=1, keepdims=True)
        loss[e] = -np.sum(Y * np.log(prob)) / count
        G3 = (prob - Y) / count
        G2 = (G3 @ p["W3"].T) * (1.0 - H2 ** 2)
        G1 = (G2 @ p["W2"].T) * (1.0 - H1 ** 2)
        grads = {"W1": X.T @ G1, "b1": G1.sum(axis=0), "W2": H1.T @ G2,
                 "b2": G2.sum(axis=0), "W3": H2.T @ G3, "b3": G3.sum(axis=0)}
        theta -= lr * np.concatenate([np.ravel(grads[k]) for k in NAMES])
    return {**{k: p[k].copy() for k in NAMES}, "loss": loss}
