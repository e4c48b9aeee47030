"""ridge_logistic (examples/ridge_logistic_r_first) one sample at a time: each epoch walks
the samples with enumerate(zip(...)), keeps each one's z in a vector for the epoch's loss
and adds up its share of the gradient, then takes one full-batch step from the means, the
ridge penalty's gradient lam * w added to the weights' (not the bias's). R's `lambda` is
`lam` here (lambda is a Python keyword)."""

import math

import numpy as np


def train(X, y, w, b, lr, lam, epochs):
    X = np.asarray(X, dtype=float)
    labels = np.asarray(y, dtype=float).reshape(-1)
    coef = np.array(w, dtype=float).reshape(-1)                  # f
    bias = float(b)
    n = len(X)
    loss = np.zeros(epochs)
    for epoch in range(epochs):
        margins = np.zeros(n)
        g_coef = np.zeros_like(coef)
        g_bias = 0.0
        for i, (x, t) in enumerate(zip(X, labels)):
            margins[i] = x @ coef + bias
            p = 1.0 / (1.0 + math.exp(-margins[i]))
            g_coef += (p - t) * x
            g_bias += p - t
        loss[epoch] = (np.mean(np.logaddexp(0.0, margins) - labels * margins)
                       + lam / 2 * (coef @ coef))
        coef -= lr * (g_coef / n + lam * coef)
        bias -= lr * g_bias / n
    return {"w": coef.reshape(-1, 1), "b": bias, "loss": loss}
