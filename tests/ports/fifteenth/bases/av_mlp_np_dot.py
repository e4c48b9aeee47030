"""av_mlp translated into Python from the 2017 article's R code by a porter who keeps R's
order of operands: every %*% is an np.dot(A, B) with its operands in R's order, every t()
is np.transpose(), no @ and no .dot() method. The article's numpy names
(hiddenlayer_activations, output_layer_input1, Error_at_hidden_layer, d_hiddenlayer, ...) and
its order of statements are kept; the biases stay 1 x h and 1 x 1 rows that numpy adds to
every row, and are moved by their column sums, np.sum(axis=0, keepdims=True), where the R
code has rowSums(). Parameters are copied first and moved with plain assignments; the losses
are collected in a list."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.array(X, dtype=float)
    Y = np.array(y, dtype=float)
    epoch = int(epochs)
    hiddenlayer_neurons = wh.shape[1]
    output_neurons = wout.shape[1]
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    loss = []
    for i in range(epoch):
        # Forward Propogation
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = Y - output
        loss.append(np.mean(E ** 2) / 2)
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = np.dot(d_output, np.transpose(wout))
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + np.dot(np.transpose(hiddenlayer_activations), d_output) * lr
        bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr
        wh = wh + np.dot(np.transpose(X), d_hiddenlayer) * lr
        bh = bh + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(loss, dtype=float)}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
