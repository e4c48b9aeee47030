"""av_nobias written as a numpy porter would from the 2020 article's R code: X is f x n
(columns are samples), no biases, sigmoid in both layers, full-batch gradient descent on
the error (y - output)^2 / 2."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_slope(z):
    s = sigmoid(z)
    return s * (1 - s)


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    w_ih = weights_input_hidden.copy()
    w_ho = weights_hidden_output.copy()
    losses = []
    for epoch in range(epochs):
        z1 = w_ih.T @ X                                   # h x n
        a1 = sigmoid(z1)
        z2 = w_ho.T @ a1                                  # 1 x n
        a2 = sigmoid(z2)
        losses.append(np.mean(np.square(y - a2) / 2))

        dE_da2 = -(y - a2)
        delta2 = dE_da2 * sigmoid_slope(z2)               # 1 x n
        grad_ho = (a1 * delta2).sum(axis=1, keepdims=True)
        delta1 = (w_ho @ delta2) * sigmoid_slope(z1)      # h x n
        grad_ih = delta1 @ X.T                            # f x h

        w_ho = w_ho - lr * grad_ho
        w_ih = w_ih - lr * grad_ih
    return {"weights_input_hidden": w_ih, "weights_hidden_output": w_ho,
            "loss": np.array(losses)}
