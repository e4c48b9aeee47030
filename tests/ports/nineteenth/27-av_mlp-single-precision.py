"""av_mlp as a class with methods, the article's numpy code split between feedforward() and
backprop(): the article's names kept as attributes (self.hidden_layer_input1,
self.hiddenlayer_activations, self.output, ...) and its order of statements, np.dot() for the
forward products and .dot()/.T for the backward ones as the article writes them. The
parameters are copied into float arrays in the constructor and moved in place with +=;
train() makes the network, runs the epochs and records each epoch's loss in np.zeros()."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


class NeuralNetwork:
    def __init__(self, wh, bh, wout, bout, lr):
        self.wh = np.array(wh, dtype=float)
        self.bh = np.array(bh, dtype=float)
        self.wout = np.array(wout, dtype=float)
        self.bout = np.array(bout, dtype=float)
        self.lr = lr

    def feedforward(self, X):
        self.hidden_layer_input1 = np.dot(X, self.wh)
        self.hidden_layer_input = self.hidden_layer_input1 + self.bh
        self.hiddenlayer_activations = sigmoid(self.hidden_layer_input)
        self.output_layer_input1 = np.dot(self.hiddenlayer_activations, self.wout)
        self.output_layer_input = self.output_layer_input1 + self.bout
        self.output = sigmoid(self.output_layer_input)
        return self.output

    def backprop(self, X, y):
        E = y - self.output
        slope_output_layer = derivatives_sigmoid(self.output)
        slope_hidden_layer = derivatives_sigmoid(self.hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(self.wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        self.wout += self.hiddenlayer_activations.T.dot(d_output) * self.lr
        self.bout += np.sum(d_output, axis=0, keepdims=True) * self.lr
        self.wh += X.T.dot(d_hiddenlayer) * self.lr
        self.bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * self.lr
        return E


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=np.float32)
    y = np.asarray(y, dtype=float)
    nn = NeuralNetwork(wh, bh, wout, bout, lr)
    loss = np.zeros(epochs)
    for i in range(epochs):
        nn.feedforward(X)
        E = nn.backprop(X, y)
        loss[i] = np.mean(np.square(E)) / 2
    return {"wh": nn.wh, "bh": nn.bh, "wout": nn.wout, "bout": nn.bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    return NeuralNetwork(wh, bh, wout, bout, 0.0).feedforward(np.asarray(X, dtype=float))
