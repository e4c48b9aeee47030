"""av_mlp: the 2017 article's numpy code with its names and its order of statements, the
forward propagation in a function feedforward() that returns the article's
hiddenlayer_activations and output (np.dot() as in the article's forward lines), shared by
train() and predict(). train() counts its epochs in a while loop and builds new arrays at
every update (no in-place +=, so the caller's arrays are left alone); the biases stay 1 x h
and 1 x 1 and are moved by the deltas' .sum(axis=0, keepdims=True). The losses go into a
preallocated array, half the mean of the squared errors, stored right after E."""

import numpy as np


# Sigmoid Function
def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


# Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1.0 - x)


# Forward Propogation
def feedforward(X, wh, bh, wout, bout):
    hidden_layer_input1 = np.dot(X, wh)
    hidden_layer_input = hidden_layer_input1 + bh
    hiddenlayer_activations = sigmoid(hidden_layer_input)
    output_layer_input1 = np.dot(hiddenlayer_activations, wout)
    output_layer_input = output_layer_input1 + bout
    output = sigmoid(output_layer_input)
    return hiddenlayer_activations, output


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.array(X, dtype=np.float64)
    y = np.array(y, dtype=np.float64)
    wh, bh = np.array(wh, dtype=np.float64), np.array(bh, dtype=np.float64)
    wout, bout = np.array(wout, dtype=np.float64), np.array(bout, dtype=np.float64)
    loss = np.zeros(epochs)
    i = 0
    while i < epochs:
        hiddenlayer_activations, output = feedforward(X, wh, bh, wout, bout)
        # Backpropagation
        E = y - output
        loss[i] = np.mean(E ** 2) / 2
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = np.dot(d_output, wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + np.dot(hiddenlayer_activations.T, d_output) * lr
        bout = bout + d_output.sum(axis=0, keepdims=True) * lr
        wh = wh + np.dot(X.T, d_hiddenlayer) * lr
        bh = bh + d_hiddenlayer.sum(axis=0, keepdims=True).T * lr
        i += 1
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    return feedforward(np.array(X, dtype=np.float64), wh, bh, wout, bout)[1]
