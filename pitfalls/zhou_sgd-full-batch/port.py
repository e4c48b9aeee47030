"""A vectorized zhou_sgd port: the same derivatives, computed for all samples at once and
averaged, one update per epoch (full-batch gradient descent). The article updates after
every sample (stochastic gradient descent), so this drifts from the first epoch on n > 1."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    fx = sigmoid(x)
    return fx * (1 - fx)


def feedforward(data, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    h1 = sigmoid(w1 * data[:, 0] + w2 * data[:, 1] + b1)
    h2 = sigmoid(w3 * data[:, 0] + w4 * data[:, 1] + b2)
    return sigmoid(w5 * h1 + w6 * h2 + b3)


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    x0, x1 = data[:, 0], data[:, 1]
    loss = np.empty(epochs)
    for epoch in range(epochs):
        sum_h1 = w1 * x0 + w2 * x1 + b1                  # every sample at once, (n)
        h1 = sigmoid(sum_h1)
        sum_h2 = w3 * x0 + w4 * x1 + b2
        h2 = sigmoid(sum_h2)
        sum_o1 = w5 * h1 + w6 * h2 + b3
        y_pred = sigmoid(sum_o1)
        d_L_d_ypred = -2 * (all_y_trues - y_pred)
        d_o1 = d_L_d_ypred * deriv_sigmoid(sum_o1)
        d_h1 = d_o1 * w5 * deriv_sigmoid(sum_h1)
        d_h2 = d_o1 * w6 * deriv_sigmoid(sum_h2)
        # The bug: one update per epoch with the mean gradient, not one per sample.
        w1 = w1 - learn_rate * np.mean(d_h1 * x0)
        w2 = w2 - learn_rate * np.mean(d_h1 * x1)
        b1 = b1 - learn_rate * np.mean(d_h1)
        w3 = w3 - learn_rate * np.mean(d_h2 * x0)
        w4 = w4 - learn_rate * np.mean(d_h2 * x1)
        b2 = b2 - learn_rate * np.mean(d_h2)
        w5 = w5 - learn_rate * np.mean(d_o1 * h1)
        w6 = w6 - learn_rate * np.mean(d_o1 * h2)
        b3 = b3 - learn_rate * np.mean(d_o1)
        y_preds = feedforward(data, w1, w2, w3, w4, w5, w6, b1, b2, b3)
        loss[epoch] = ((all_y_trues - y_preds) ** 2).mean()
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": loss}
