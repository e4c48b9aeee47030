"""av_mlp: the 2017 article's numpy code inside train(), its comments, its names and its order
of statements: the forward products with np.dot(), the backward ones with the `.dot()`
method and `.T`, the four parameters moved in place with the article's `+=` and the biases
by np.sum(axis=0,keepdims=True). The parameters are first copied with np.copy() into float
arrays of train()'s own, so that the `+=` does not move the caller's. The epoch's loss,
np.mean(np.square(E)) / 2, is stored in a preallocated np.zeros(epoch) right after E."""

import numpy as np


#Sigmoid Function
def sigmoid (x):
    return 1/(1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    #Variable initialization
    epoch = int(epochs)
    #weight and bias initialization
    wh = np.copy(np.asarray(wh, dtype=float))
    bh = np.copy(np.asarray(bh, dtype=float))
    wout = np.copy(np.asarray(wout, dtype=float))
    bout = np.copy(np.asarray(bout, dtype=float))
    loss = np.zeros(epoch)
    for i in range(epoch):
        #Forward Propogation
        hidden_layer_input1=np.dot(X,wh)
        hidden_layer_input=hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1=np.dot(hiddenlayer_activations,wout)
        output_layer_input= output_layer_input1+ bout
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y-output
        loss[i] = np.sum(np.square(E)) / 2
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) *lr
        bout += np.sum(d_output, axis=0,keepdims=True) *lr
        wh += X.T.dot(d_hiddenlayer) *lr
        bh += np.sum(d_hiddenlayer, axis=0,keepdims=True) *lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X, dtype=float)
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
