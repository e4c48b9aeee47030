"""udacity_linear with each record's two weight steps returned as a pair by a map() over
the records, split into two sequences with zip(*...) and added up with sum(); the outer
products are written np.atleast_2d(a).T @ np.atleast_2d(b). One sigmoid hidden layer, a
linear output, no biases; the steps are applied once per pass as lr * total / n_records."""

import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def outer(a, b):
    return np.atleast_2d(a).T @ np.atleast_2d(b)


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    feats = np.asarray(features, dtype=float)
    goals = np.asarray(targets, dtype=float)
    V = np.array(weights_input_to_hidden, dtype=float)         # f x h
    U = np.array(weights_hidden_to_output, dtype=float)        # h x o
    count = feats.shape[0]

    def record_steps(x, t):
        act = logistic(x @ V)                                  # h
        miss = t - act @ U                                     # o
        term = (U @ miss) * act * (1.0 - act)                  # h
        return outer(x, term), outer(x, miss)

    losses = []
    for _ in range(epochs):
        losses.append(np.mean((logistic(feats @ V) @ U - goals) ** 2))
        steps_v, steps_u = zip(*map(record_steps, feats, goals))
        V = V + learning_rate * sum(steps_v) / count
        U = U + learning_rate * sum(steps_u) / count
    return {"weights_input_to_hidden": V, "weights_hidden_to_output": U,
            "loss": np.array(losses, dtype=float)}
