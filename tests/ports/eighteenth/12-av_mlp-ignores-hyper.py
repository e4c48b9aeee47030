"""av_mlp ported from the 2017 article's numpy code by a porter who thinks in R's matrices:
the data and the four parameters are made np.matrix objects, on which * is the matrix
product (the article's np.dot and %*%), np.multiply() the element-wise product, .T the
transpose, and .sum(axis=0) keeps a 1 x h row. The article's names, its variable
initialization block, its order of statements and its += updates are kept (on the port's
own copies); plain arrays are returned."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1/(1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return np.multiply(x, 1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    #Variable initialization
    epoch = epochs
    lr = 0.1
    X = np.matrix(X, dtype=float)
    y = np.matrix(y, dtype=float)
    #weight and bias initialization
    wh = np.matrix(wh, dtype=float)
    bh = np.matrix(bh, dtype=float)
    wout = np.matrix(wout, dtype=float)
    bout = np.matrix(bout, dtype=float)
    loss = np.zeros(epoch)
    for i in range(epoch):
        #Forward Propogation
        hidden_layer_input1 = X * wh
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hiddenlayer_activations * wout
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y - output
        loss[i] = np.square(E).sum() / E.size / 2
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = np.multiply(E, slope_output_layer)
        Error_at_hidden_layer = d_output * wout.T
        d_hiddenlayer = np.multiply(Error_at_hidden_layer, slope_hidden_layer)
        wout += hiddenlayer_activations.T * d_output * lr
        bout += d_output.sum(axis=0) * lr
        wh += X.T * d_hiddenlayer * lr
        bh += d_hiddenlayer.sum(axis=0) * lr
    return {"wh": np.asarray(wh), "bh": np.asarray(bh), "wout": np.asarray(wout),
            "bout": np.asarray(bout), "loss": loss}
