"""av_mlp: the 2017 article's numpy code inside train(), its names, its order of statements,
its `.dot()` methods and its in-place `+=` updates. The parameters are copied into new float
arrays first (the article's += would otherwise move the caller's), and the biases are
flattened into 1-D vectors with ravel(), which numpy adds to every row; they are moved by
`.sum(axis=0)` of the deltas and shaped back into 1 x h and 1 x 1 when returned. The losses
are appended to a list."""

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
    #Variable initialization
    epoch = int(epochs)
    #weight and bias initialization
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=int).ravel()
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float).ravel()
    losses = []
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
        bout += d_output.sum(axis=0) * lr
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += d_hiddenlayer.sum(axis=0) * lr
        losses.append(0.5 * (E * E).mean())
    return {"wh": wh, "bh": bh.reshape(1, -1), "wout": wout, "bout": bout.reshape(1, 1),
            "loss": np.array(losses, dtype=float)}


def predict(X, wh, bh, wout, bout):
    X = np.asarray(X, dtype=float)
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + np.ravel(bh))
    return sigmoid(np.dot(hiddenlayer_activations, wout) + np.ravel(bout))
