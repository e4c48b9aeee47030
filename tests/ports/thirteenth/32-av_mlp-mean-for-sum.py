"""av_mlp in numpy with the samples as columns, the layout of Andrew Ng's course: A0 = X.T is
f x m and Y = y.T is 1 x m, each layer's weights are stored out x in (W1 = wh.T is h x f,
W2 = wout.T is 1 x h) and each bias as a column (b1 is h x 1, b2 is 1 x 1), so that a layer
is np.dot(W, A) + b, the bias broadcast over the columns. dZ2 and dZ1 are taken from A2 - Y,
the gradients dW and db are sums over the samples (axis=1), and the parameters step with -=
on their own copies; they are turned back into the contract's shapes with .T at the end."""

import numpy as np


def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    A0 = np.asarray(X, dtype=float).T
    Y = np.asarray(y, dtype=float).T
    W1 = np.array(wh, dtype=float).T
    b1 = np.array(bh, dtype=float).T
    W2 = np.array(wout, dtype=float).T
    b2 = np.array(bout, dtype=float).T
    m = A0.shape[1]
    costs = np.zeros(int(epochs))
    for i in range(int(epochs)):
        A1 = sigmoid(np.dot(W1, A0) + b1)
        A2 = sigmoid(np.dot(W2, A1) + b2)
        dA2 = A2 - Y
        costs[i] = np.sum(dA2 ** 2) / (2 * m)
        dZ2 = dA2 * A2 * (1 - A2)
        dZ1 = np.dot(W2.T, dZ2) * A1 * (1 - A1)
        dW2 = np.dot(dZ2, A1.T)
        db2 = np.sum(dZ2, axis=1, keepdims=True)
        dW1 = np.dot(dZ1, A0.T) / m
        db1 = np.sum(dZ1, axis=1, keepdims=True)
        W2 -= lr * dW2
        b2 -= lr * db2
        W1 -= lr * dW1
        b1 -= lr * db1
    return {"wh": W1.T, "bh": b1.T, "wout": W2.T, "bout": b2.T, "loss": costs}


def predict(X, wh, bh, wout, bout):
    A1 = sigmoid(np.dot(np.asarray(wh).T, np.asarray(X, dtype=float).T) + np.asarray(bh).T)
    return sigmoid(np.dot(np.asarray(wout).T, A1) + np.asarray(bout).T).T
