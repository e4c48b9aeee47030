"""av_mlp in numpy with the four parameters kept in a dict: forward() returns the hidden
activations and the output, gradients() a dict of gradients under the parameters' names,
and the update walks the dict; every product is an np.dot."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def forward(params, X):
    A = sigmoid(np.dot(X, params["wh"]) + params["bh"])
    out = sigmoid(np.dot(A, params["wout"]) + params["bout"])
    return A, out


def gradients(params, X, y, A, out):
    d_out = (y - out) * out * (1.0 - out)
    d_hid = np.dot(d_out, params["wout"].T) * A * (1.0 - A)
    return {
        "wh": np.dot(X.T, d_hid),
        "bh": np.sum(d_hid, axis=0, keepdims=True),
        "wout": np.dot(A.T, d_out),
        "bout": np.sum(d_out, axis=0, keepdims=True),
    }


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).ravel()
    params = {"wh": wh, "bh": bh, "wout": wout, "bout": bout}
    losses = []
    for _ in range(epochs):
        A, out = forward(params, X)
        losses.append(np.mean((y - out) ** 2) / 2)
        grads = gradients(params, X, y, A, out)
        for name, value in params.items():
            params[name] = value + lr * grads[name]
    return {**params, "loss": np.array(losses)}


def predict(X, wh, bh, wout, bout):
    params = {"wh": wh, "bh": bh, "wout": wout, "bout": bout}
    return forward(params, np.asarray(X, dtype=float))[1]
