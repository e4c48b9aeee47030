"""av_mlp: the 2017 article's numpy code as a closure. make_network() copies the four
parameters into its own scope and returns the article's two halves as nested functions:
feedforward() runs the forward lines (np.dot() as the article writes them) and returns the
hidden activations and the output, backpropagation() runs the backward lines, declares the
parameters nonlocal and moves them in place with the article's +=, the input layer first,
and returns the epoch's loss, half the mean squared error of E before the move.
parameters() hands the four arrays back."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def make_network(wh, bh, wout, bout, lr):
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)

    def feedforward(X):
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        return hiddenlayer_activations, output

    def backpropagation(X, y, hiddenlayer_activations, output):
        nonlocal wh, bh, wout, bout
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        wout += hiddenlayer_activations.T.dot(d_output) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        return np.mean(E ** 2) / 2

    def parameters():
        return {"wh": wh, "bh": bh, "wout": wout, "bout": bout}

    return feedforward, backpropagation, parameters


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    feedforward, backpropagation, parameters = make_network(wh, bh, wout, bout, lr)
    loss = np.zeros(epochs)
    for i in range(epochs):
        hiddenlayer_activations, output = feedforward(X)
        loss[i] = backpropagation(X, y, hiddenlayer_activations, output)
    return {**parameters(), "loss": loss}
