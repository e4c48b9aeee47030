"""av_mlp: the 2017 article's numpy names and order of statements, written by a porter who
reads its R code beside it: the biases stay the 1 x h and 1 x 1 rows they are given as, and
each epoch they are laid over the samples as the R code's bias matrices, np.repeat(b, n,
axis=0), one copy per sample's row, where numpy would broadcast the row; the parameters are
moved with plain assignments, as R's wout = wout + ..., not numpy's in-place +=. The epoch's
loss, the half mean of the squared errors written as np.sum(E ** 2) / (2 * E.shape[0]), is
stored right after E, in an array made for all the epochs."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    wh = np.array(wh, dtype=int)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    epoch = int(epochs)
    n = X.shape[0]
    loss = np.zeros(epoch)
    for i in range(epoch):
        # Forward Propogation
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = hidden_layer_input1 + np.repeat(bh, n, axis=0)
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + np.repeat(bout, n, axis=0)
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        loss[i] = np.sum(E ** 2) / (2 * E.shape[0])
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = np.dot(d_output, wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + np.dot(hiddenlayer_activations.T, d_output) * lr
        bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr
        wh = wh + np.dot(X.T, d_hiddenlayer) * lr
        bh = bh + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    n = np.shape(X)[0]
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + np.repeat(bh, n, axis=0))
    return sigmoid(np.dot(hiddenlayer_activations, wout) + np.repeat(bout, n, axis=0))
