"""av_mlp ported from the 2017 article's numpy code, its names and its order of statements
kept, with np.matmul() and np.transpose() written out where the article has np.dot() and
.T. The variable initialization block takes epoch and the four parameters from the
arguments (copies, so that the article's += moves the port's own arrays)."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1/(1 + 2.71828 ** -x)


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    #Variable initialization
    epoch = epochs
    X = np.array(X, dtype=float)
    y = np.array(y, dtype=float)
    #weight and bias initialization
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    loss = np.zeros(epoch)
    for i in range(epoch):
        #Forward Propogation
        hidden_layer_input1 = np.matmul(X, wh)
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.matmul(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y - output
        loss[i] = np.mean(np.square(E)) / 2
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = np.matmul(d_output, np.transpose(wout))
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += np.matmul(np.transpose(hiddenlayer_activations), d_output) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        wh += np.matmul(np.transpose(X), d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
