"""av_nobias as a plain numpy loop: the samples are the columns of X, no biases, sigmoid in
both layers, the half squared error averaged over the samples, full-batch descent. A small
helper moves each weight matrix in place."""

import numpy as np


def sig(z):
    return 1.0 / (1.0 + np.exp(-z))


def descend(W, grad, rate):
    W = W - rate * grad


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    inp = np.asarray(X, dtype=float)
    tgt = np.asarray(y, dtype=float)
    Wi = np.array(weights_input_hidden, dtype=float)
    Wo = np.array(weights_hidden_output, dtype=float)
    costs = np.zeros(epochs)
    for k in range(epochs):
        hidden = sig(Wi.T @ inp)
        pred = sig(Wo.T @ hidden)
        costs[k] = np.mean((tgt - pred) ** 2 / 2)
        g_pred = (pred - tgt) * pred * (1 - pred)
        g_hidden = (Wo @ g_pred) * hidden * (1 - hidden)
        descend(Wo, hidden @ g_pred.T, lr)
        descend(Wi, inp @ g_hidden.T, lr)
    return {"weights_input_hidden": Wi, "weights_hidden_output": Wo, "loss": costs}
