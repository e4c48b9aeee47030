"""av_nobias with a tape: the forward pass pushes, for each operation, a closure that takes
the gradient of its output and returns the gradients of its inputs; the backward pass runs
the tape in reverse from dE/d(output) and collects the weights' gradients in a dict.
Columns of X are samples, no biases, sigmoid in both layers, error (y - output)^2 / 2,
full-batch gradient descent."""

import numpy as np


def forward(tape, W_a, W_b, X):
    def matmul_T(W, inp, key):
        out = W.T @ inp
        tape.append(lambda g: {key: X @ g.T, "_in": W @ g})
        return out

    def logistic(z):
        s = 1.0 / (1.0 + np.exp(-z))
        tape.append(lambda g: {"_in": g * s * (1.0 - s)})
        return s

    hidden = logistic(matmul_T(W_a, X, "W_a"))            # h x n
    return logistic(matmul_T(W_b, hidden, "W_b"))          # 1 x n


def backward(tape, grad):
    grads = {}
    for rule in reversed(tape):
        got = rule(grad)
        grad = got.pop("_in")
        grads.update(got)
    return grads


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    W_a = np.array(weights_input_hidden, dtype=float)
    W_b = np.array(weights_hidden_output, dtype=float)
    losses = np.zeros(epochs)
    for k in range(epochs):
        tape = []
        out = forward(tape, W_a, W_b, X)
        losses[k] = np.mean(np.square(y - out) / 2)
        grads = backward(tape, out - y)
        W_b = W_b - lr * grads["W_b"]
        W_a = W_a - lr * grads["W_a"]
    return {"weights_input_hidden": W_a, "weights_hidden_output": W_b, "loss": losses}
