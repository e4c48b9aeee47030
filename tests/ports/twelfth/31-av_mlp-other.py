"""av_mlp in numpy with every product written as np.einsum: "ij,jk->ik" for a layer,
"ik,jk->ij" for the error sent back through the output weights, "ij,ik->jk" for a weight's
gradient, "ij,ij->ij" for an element-wise product, "ij->j" for a bias's sum over the
samples and "ij,ij->" for the sum of squares. The biases are added by broadcasting, and the
samples are the rows of X."""

import numpy as np


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    n = X.shape[0]
    losses = []
    for _ in range(int(epochs)):
        a_hid = sigmoid(np.einsum("ij,jk->ik", X, wh) + bh)
        a_out = sigmoid(np.einsum("ij,jk->ik", a_hid, wout) + bout)
        err = y - a_out
        losses.append(np.einsum("ij,ij->", err, err) / (2 * n))
        s_out = np.einsum("ij,ij->ij", a_out, 1 - a_out)
        s_hid = np.einsum("ij,jk->ik", a_hid, 1 - a_hid)
        d_out = np.einsum("ij,ij->ij", err, s_out)
        d_hid = np.einsum("ij,ij->ij", np.einsum("ik,jk->ij", d_out, wout), s_hid)
        wout = wout + lr * np.einsum("ij,ik->jk", a_hid, d_out)
        bout = bout + lr * np.einsum("ij->j", d_out)
        wh = wh + lr * np.einsum("ij,ik->jk", X, d_hid)
        bh = bh + lr * np.einsum("ij->j", d_hid)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(losses)}


def predict(X, wh, bh, wout, bout):
    a_hid = sigmoid(np.einsum("ij,jk->ik", np.asarray(X, dtype=float), wh) + bh)
    return sigmoid(np.einsum("ij,jk->ik", a_hid, wout) + bout)
