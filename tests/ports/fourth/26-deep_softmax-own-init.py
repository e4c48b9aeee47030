"""deep_softmax (examples/deep_softmax) as a class: the parameters are attributes, forward()
keeps the layers' activations on the instance, and backward() walks the layers from the
top, taking the delta for the layer below before it moves the layer's weights in place
with np.subtract(..., out=). The cross-entropy picks each sample's probability of its own
class. Two tanh hidden layers, a softmax output, mean cross-entropy; rows of X are
samples."""

import numpy as np


class SoftmaxNet:
    names = ("W1", "b1", "W2", "b2", "W3", "b3")

    def __init__(self, **params):
        for name in self.names:
            setattr(self, name, np.array(params[name], dtype=float))

    def forward(self, X):
        self.acts = [X]
        self.acts.append(np.tanh(np.matmul(X, self.W1) + self.b1))
        self.acts.append(np.tanh(np.dot(self.acts[1], self.W2) + self.b2))
        logits = self.acts[2] @ self.W3 + self.b3
        shifted = np.exp(logits - np.max(logits, axis=1, keepdims=True))
        self.P = shifted / np.sum(shifted, axis=1, keepdims=True)
        return self.P

    def cross_entropy(self, Y):
        return -np.mean(np.log(self.P[np.arange(len(Y)), Y.argmax(axis=1)]))

    def backward(self, Y, rate):
        delta = (self.P - Y) / len(Y)
        for k in (3, 2, 1):
            W, b, A = getattr(self, f"W{k}"), getattr(self, f"b{k}"), self.acts[k - 1]
            below = np.matmul(delta, W.T) * (1 - A ** 2)
            np.subtract(W, rate * (A.T @ delta), out=W)
            np.subtract(b, rate * delta.sum(axis=0, keepdims=True), out=b)
            delta = below


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    W1, W2, W3 = (np.random.default_rng(7).normal(0.0, 0.5, np.shape(W)) for W in (W1, W2, W3))
    net = SoftmaxNet(W1=W1, b1=b1, W2=W2, b2=b2, W3=W3, b3=b3)
    loss = np.empty(epochs)
    for i in range(epochs):
        net.forward(X)
        loss[i] = net.cross_entropy(Y)
        net.backward(Y, lr)
    return {**{name: getattr(net, name) for name in net.names}, "loss": loss}
