"""The 2017 article's numpy loop, copied from its section "Implementing NN using Numpy
(Python)" (seeds/001), statement for statement; only wrapped in a function that takes the
data, the initial weights and the settings instead of drawing them, and returns `output`
(instead of printing it) with the trained weights. The article's settings: X 3 x 4, y 3 x 1,
3 hidden units, lr 0.1, 5000 epochs. The weights are copied first, because the article
updates them in place (+=).
"""

import numpy as np


#Sigmoid Function
def sigmoid (x):
    return 1/(1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epoch):
    wh, bh, wout, bout = wh.copy(), bh.copy(), wout.copy(), bout.copy()
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
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) *lr
        bout += np.sum(d_output, axis=0,keepdims=True) *lr
        wh += X.T.dot(d_hiddenlayer) *lr
        bh += np.sum(d_hiddenlayer, axis=0,keepdims=True) *lr
    return {"output": output, "wh": wh, "bh": bh, "wout": wout, "bout": bout}
