"""av_mlp: the 2017 article's numpy code inside train(), its comments, its names and its order
of statements, by a porter who keeps the article's np.dot() in the forward propagation but
writes the back propagation's products with the `@` operator, and builds new arrays at every
update instead of the article's `+=`. The biases stay 1 x h and 1 x 1 and are moved by
np.sum(axis=0) without keepdims: the 1-D sums broadcast back into the bias rows. Each epoch's
loss, 0.5 * np.mean(E ** 2), is appended to a list, made an array when train() returns."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh, bh, wout, bout = (np.asarray(a, dtype=float) for a in (wh, bh, wout, bout))
    losses = []
    for i in range(int(epochs)):
        #Forward Propogation
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hidden_layer_input)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output @ wout.T
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + hiddenlayer_activations.T @ d_output * lr
        bout = bout + np.sum(d_output, axis=0) * lr
        wh = wh + X.T @ d_hiddenlayer * lr
        bh = bh + np.sum(d_hiddenlayer, axis=0) * lr
        losses.append(0.5 * np.mean(E ** 2))
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(losses, dtype=float)}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X, dtype=float)
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
