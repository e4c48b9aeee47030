"""av_mlp: the 2017 article's numpy code, its names and order of statements, with the
parameters kept in one list, params = [wh, bh, wout, bout], copied as float arrays. Each
epoch runs the article's forward and backward lines, gathers the four gradients in a list of
the same order, grads = [X.T.dot(d_hiddenlayer), ...], and moves every parameter in place
with one loop, `for p, g in zip(params, grads): p += g * lr`, the article's += for each.
The loss is the half mean squared error of E, before the move."""

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
    params = [np.array(p, dtype=np.float32) for p in (wh, bh, wout, bout)]
    wh, bh, wout, bout = params
    loss = np.zeros(epochs)
    for i in range(epochs):
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
        grads = [X.T.dot(d_hiddenlayer),
                 np.sum(d_hiddenlayer, axis=0, keepdims=True),
                 hiddenlayer_activations.T.dot(d_output),
                 np.sum(d_output, axis=0, keepdims=True)]
        for p, g in zip(params, grads):
            p += g * lr
        loss[i] = np.mean(E ** 2) / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
