"""ridge_logistic (examples/ridge_logistic_r_first) as itertools.accumulate(): each state is
(weights, bias, loss of the step that led to it), and one step is a function of the state
alone; the losses are read off the states after the first. The log-loss is written with
np.logaddexp(0, z) - y z, and the ridge penalty lam / 2 * |w|^2 is on the weights only.
R's `lambda` is `lam` here."""

import itertools

import numpy as np


def train(X, y, w, b, lr, lam, epochs):
    A = np.asarray(X, dtype=float)
    t = np.asarray(y, dtype=float).ravel()
    m = A.shape[0]

    def advance(state, _):
        coef, icpt, _ = state
        z = A @ coef + icpt
        prob = 0.5 * (1.0 + np.tanh(z))
        cost = np.logaddexp(0.0, z).sum() / m - t @ z / m + 0.5 * lam * np.sum(coef ** 2)
        resid = (prob - t) / m
        return coef - lr * (A.T @ resid + lam * coef), icpt - lr * resid.sum(), cost

    start = (np.asarray(w, dtype=float).ravel(), float(b), None)
    states = list(itertools.accumulate(range(epochs), advance, initial=start))
    coef, icpt, _ = states[-1]
    return {"w": coef.reshape(-1, 1), "b": float(icpt),
            "loss": np.array([s[2] for s in states[1:]], dtype=float)}
