"""av_mlp: the 2017 article's numpy code inside train(), its names, its comments and its
order of statements; the article's "Variable initialization" block reads the sizes off the
given arrays and its "weight and bias initialization" takes float copies of them. The epochs
run in a while loop with a counter. Each bias row is laid over the samples explicitly with
np.broadcast_to(b, shape), the shape of the layer's product; the updates are the article's
in-place += with np.sum(..., axis=0, keepdims=True). The loss, np.vdot(E, E) / (2 * E.size),
half the mean squared error, is stored at the end of the epoch in an array made for all."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    #Variable initialization
    epoch = int(epochs)
    inputlayer_neurons = X.shape[1]
    hiddenlayer_neurons = np.shape(wh)[1]
    output_neurons = np.shape(wout)[1]
    #weight and bias initialization
    wh = np.array(wh, dtype=np.float64).reshape(inputlayer_neurons, hiddenlayer_neurons)
    bh = np.array(bh, dtype=np.float64).reshape(1, hiddenlayer_neurons)
    wout = np.array(wout, dtype=np.float64).reshape(hiddenlayer_neurons, output_neurons)
    bout = np.array(bout, dtype=np.float64).reshape(1, output_neurons)
    loss = np.full(epoch, np.nan)
    i = 0
    while i < epoch:
        #Forward Propogation
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = hidden_layer_input1 + np.broadcast_to(bh, hidden_layer_input1.shape)
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + np.broadcast_to(bout, output_layer_input1.shape)
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        loss[i] = np.vdot(E, E) / (2 * E.size)
        i += 1
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X, dtype=np.float64)
    hidden_layer_input1 = np.dot(X, wh)
    hiddenlayer_activations = sigmoid(hidden_layer_input1 + np.broadcast_to(bh, hidden_layer_input1.shape))
    output_layer_input1 = np.dot(hiddenlayer_activations, wout)
    return sigmoid(output_layer_input1 + np.broadcast_to(bout, output_layer_input1.shape))
