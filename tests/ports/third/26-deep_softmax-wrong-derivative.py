"""deep_softmax (examples/deep_softmax) with the layers as a list of [W, b] pairs: the
forward pass keeps each layer's input, the backward pass walks the list in reverse, and the
updates are applied in place once every gradient is taken, on copies of the given arrays.
Two tanh hidden layers, a softmax output, mean cross-entropy; rows of X are samples."""

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    layers = [[np.array(W, dtype=float), np.array(b, dtype=float)]
              for W, b in ((W1, b1), (W2, b2), (W3, b3))]
    n = len(X)
    loss = np.zeros(epochs)
    for epoch in range(epochs):
        acts = [X]
        for W, b in layers[:-1]:
            acts.append(np.tanh(acts[-1] @ W + b))
        P = softmax(acts[-1] @ layers[-1][0] + layers[-1][1])
        loss[epoch] = -np.sum(Y * np.log(P)) / n
        delta = (P - Y) / n
        grads = []
        for k in reversed(range(len(layers))):
            grads.insert(0, (acts[k].T @ delta, delta.sum(axis=0, keepdims=True)))
            if k > 0:
                delta = (delta @ layers[k][0].T) * (1 - np.tanh(acts[k]) ** 2)
        for (W, b), (dW, db) in zip(layers, grads):
            W -= lr * dW
            b -= lr * db
    (W1, b1), (W2, b2), (W3, b3) = layers
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}
