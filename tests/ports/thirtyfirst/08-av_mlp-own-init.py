"""av_mlp: the 2017 article's numpy code as a porter writes it in a hurry: the sigmoid and
its slope are lambdas, the article's variable initialization block sizes the layers from the
given weights and makes float copies of them, the article's .dot() methods, .T and in-place
+= updates are kept, and each epoch's loss, half the mean squared error of its forward pass,
is appended to a list."""

import numpy as np

sigmoid = lambda x: 1 / (1 + np.exp(-x))
derivatives_sigmoid = lambda x: x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    #Variable initialization
    epoch = epochs
    inputlayer_neurons = X.shape[1]
    hiddenlayer_neurons = np.shape(wh)[1]
    output_neurons = np.shape(wout)[1]
    #weight and bias initialization
    wh = np.array(wh, dtype=float).reshape(inputlayer_neurons, hiddenlayer_neurons)
    bh = np.array(bh, dtype=float).reshape(1, hiddenlayer_neurons)
    wout = np.random.default_rng(2017).uniform(size=(hiddenlayer_neurons, output_neurons))
    bout = np.array(bout, dtype=float).reshape(1, output_neurons)
    losses = []
    for i in range(epoch):
        #Forward Propogation
        hidden_layer_input1 = X.dot(wh)
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = hiddenlayer_activations.dot(wout)
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)
        #Backpropagation
        E = y - output
        losses.append(np.mean(E ** 2) / 2)
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = d_output.dot(wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout += hiddenlayer_activations.T.dot(d_output) * lr
        bout += np.sum(d_output, axis=0, keepdims=True) * lr
        wh += X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(losses)}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
