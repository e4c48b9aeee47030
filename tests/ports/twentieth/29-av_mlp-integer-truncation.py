"""av_mlp ported into numpy from the 2017 article's R code, by a porter who keeps its bias
matrices: the variable initialization block is the R code's (inputlayer_neurons,
hiddenlayer_neurons, output_neurons, bias_in, bias_out), its sizes read off the given
weights, and bh and bout are made once as nrow x h and nrow x 1 arrays whose every row is
the bias, as R's matrix(rep(bias_in, nrow(X)), ...) makes them (a preallocated array filled
row by row through numpy's broadcast). The loop is the article's, with its names, its order
of statements and its += updates; each bias matrix moves by the delta's sum over the samples
(the R code's rowSums() taken the numpy way, np.sum(axis=0)), added to every row, and its
first row is returned. The loss is the article's matrix style, E.T.dot(E), over 2 * nrow."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    #Variable initialization
    epoch = epochs
    nrow = X.shape[0]
    inputlayer_neurons = X.shape[1]
    hiddenlayer_neurons = np.shape(wh)[1]
    output_neurons = np.shape(wout)[1]
    wh = np.array(wh, dtype=float)
    wout = np.array(wout, dtype=float)
    bias_in = np.array(bh, dtype=float)
    bias_out = np.array(bout, dtype=float)
    bh = np.full((nrow, hiddenlayer_neurons), 0)
    bh[:] = bias_in
    bout = np.full((nrow, output_neurons), 0.0)
    bout[:] = bias_out
    loss = np.zeros(epoch)
    for i in range(epoch):
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
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) * lr
        bout += np.sum(d_output, axis=0) * lr
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0) * lr
        loss[i] = E.T.dot(E).item() / (2 * nrow)
    return {"wh": wh, "bh": bh[:1], "wout": wout, "bout": bout[:1], "loss": loss}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
