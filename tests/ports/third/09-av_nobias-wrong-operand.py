"""av_nobias with np.einsum naming every index (f features, h hidden units, n samples,
o the one output): X is f x n, columns are samples; no biases, sigmoid in both layers,
full-batch gradient descent on (y - output)^2 / 2. The weights are updated in place, on
copies of the given arrays."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    lr, epochs = float(lr), int(epochs)
    W1 = np.array(weights_input_hidden, dtype=np.float64)     # f x h
    W2 = np.array(weights_hidden_output, dtype=np.float64)    # h x o
    loss = []
    for _ in range(epochs):
        A1 = sigmoid(np.einsum("fh,fn->hn", W1, X))
        A2 = sigmoid(np.einsum("ho,hn->on", W2, A1))
        err = y - A2
        loss.append(np.mean(err ** 2 / 2))
        D2 = -err * (A2 * (1 - A2))                             # o x n
        D1 = np.einsum("ho,on->hn", W2, err) * (A1 * (1 - A1))   # h x n
        W2 -= lr * np.einsum("hn,on->ho", A1, D2)
        W1 -= lr * np.einsum("fn,hn->fh", X, D1)
    return {"weights_input_hidden": W1, "weights_hidden_output": W2,
            "loss": np.array(loss, dtype=float)}
