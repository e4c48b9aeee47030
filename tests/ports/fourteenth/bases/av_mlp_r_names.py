"""av_mlp translated into Python from the 2017 article's R code, keeping R's names and habits:
Y for the targets, hidden_layer_activations with R's underscore, nrow for the number of
samples, the biases kept as the vectors bias_in and bias_out and laid out over the samples
every epoch as the article's matrices bh and bout (np.tile of the vector, one row per
sample), %*% written as @ and t() as .T, and the loop counted from 1 as R's 1:epoch, each
loss stored at i - 1. Where the article's R code moves the biases by rowSums(), the sums over
the samples are taken down the columns, sum(axis=0), as its numpy code does."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.array(X, dtype=float)
    Y = np.array(y, dtype=float)
    epoch = int(epochs)
    nrow = X.shape[0]
    hiddenlayer_neurons = wh.shape[1]
    wh = np.array(wh, dtype=float)
    wout = np.array(wout, dtype=float)
    bias_in = np.array(bh, dtype=float).reshape(hiddenlayer_neurons)
    bias_out = np.array(bout, dtype=float).reshape(1)
    loss = np.zeros(epoch)
    for i in range(1, epoch + 1):
        bh = np.tile(bias_in, (nrow, 1))
        bout = np.tile(bias_out, (nrow, 1))
        # forward propagation
        hidden_layer_input1 = X @ wh
        hidden_layer_input = hidden_layer_input1 + bh
        hidden_layer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hidden_layer_activations @ wout
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        # Back Propagation
        E = Y - output
        loss[i - 1] = np.mean(E ** 2) / 2
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hidden_layer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output @ wout.T
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + (hidden_layer_activations.T @ d_output) * lr
        bias_out = bias_out + d_output.sum(axis=0) * lr
        wh = wh + (X.T @ d_hiddenlayer) * lr
        bias_in = bias_in + d_hiddenlayer.sum(axis=0) * lr
    return {"wh": wh, "bh": bias_in.reshape(1, -1), "wout": wout,
            "bout": bias_out.reshape(1, 1), "loss": loss}


def predict(X, wh, bh, wout, bout):
    hidden_layer_activations = sigmoid(X @ wh + bh)
    return sigmoid(hidden_layer_activations @ wout + bout)
