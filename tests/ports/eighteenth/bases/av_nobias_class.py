"""av_nobias ported from the 2020 article's "in detail" code as a small class, the way a
notebook gets tidied up: NeuralNetwork keeps the two weight matrices (copies of the given
ones), the learning rate and the losses as attributes; forward() keeps the forward pass on
the object under the article's names, backward() returns the two gradients by the
article's chain rule, and fit() runs the epochs, recording np.average(error) of each before
its update. X is f x n (columns are samples), no biases, sigmoid in both layers."""

import numpy as np


class NeuralNetwork:
    def __init__(self, weights_input_hidden, weights_hidden_output, lr):
        self.weights_input_hidden = np.array(weights_input_hidden, dtype=float)
        self.weights_hidden_output = np.array(weights_hidden_output, dtype=float)
        self.lr = lr
        self.losses = []

    @staticmethod
    def sigmoid(x):
        return 1 / (1 + np.exp(-x))

    def forward(self, X):
        self.hiddenLayer_linearTransform = np.dot(self.weights_input_hidden.T, X)
        self.hiddenLayer_activations = self.sigmoid(self.hiddenLayer_linearTransform)
        self.outputLayer_linearTransform = np.dot(self.weights_hidden_output.T,
                                                  self.hiddenLayer_activations)
        self.output = self.sigmoid(self.outputLayer_linearTransform)
        return self.output

    def backward(self, X, y):
        # rate of change of error w.r.t. the weights between hidden and output layer
        error_wrt_output = -(y - self.output)
        output_wrt_outputLayer_LinearTransform = np.multiply(self.output, (1 - self.output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = self.hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)
        # rate of change of error w.r.t. the weights between input and hidden layer
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = self.weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            self.hiddenLayer_activations, (1 - self.hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
             * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                      (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)
        return error_wrt_weights_input_hidden, error_wrt_weights_hidden_output

    def fit(self, X, y, epochs):
        for epoch in range(epochs):
            output = self.forward(X)
            error = np.square(y - output) / 2
            error_wrt_weights_input_hidden, error_wrt_weights_hidden_output = self.backward(X, y)
            self.weights_hidden_output = (self.weights_hidden_output
                                          - self.lr * error_wrt_weights_hidden_output)
            self.weights_input_hidden = (self.weights_input_hidden
                                         - self.lr * error_wrt_weights_input_hidden)
            self.losses.append(np.average(error))
        return self


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    nn = NeuralNetwork(weights_input_hidden, weights_hidden_output, lr)
    nn.fit(np.asarray(X, dtype=float), np.asarray(y, dtype=float), epochs)
    return {"weights_input_hidden": nn.weights_input_hidden,
            "weights_hidden_output": nn.weights_hidden_output,
            "loss": np.array(nn.losses, dtype=float)}
