"""udacity_linear as a plain loop over the records: one sigmoid hidden layer, a linear
output, no biases. Each record's steps are added in place to two accumulators, and after the
pass both weight matrices are moved in place by lr * step / n_records."""

import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def mse(pred, goal):
    return np.mean((pred - goal) ** 2)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    feats = np.asarray(features, dtype=float)
    goals = np.asarray(targets, dtype=float)
    V = np.array(weights_input_to_hidden, dtype=float)         # f x h
    U = np.array(weights_hidden_to_output, dtype=float)        # h x o
    count = feats.shape[0]
    losses = np.zeros(epochs)
    for ep in range(epochs):
        losses[ep] = mse(logistic(feats @ V) @ U, goals)
        dV = np.zeros_like(V)
        dU = np.zeros_like(U)
        for r in range(count):
            x = feats[r]
            act = logistic(x @ V)                              # h
            miss = goals[r] - act @ U                          # o
            term = (U @ miss) * act * (1.0 - act)              # h
            dV += np.outer(x, term)
            dU += np.outer(act, miss)
        for W, D in ((V, dV), (U, dU)):
            W += learning_rate * D // count
    return {"weights_input_to_hidden": V, "weights_hidden_to_output": U, "loss": losses}
