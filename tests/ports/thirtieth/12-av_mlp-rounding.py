"""av_mlp: the 2017 article's numpy code, its names and its order of statements, by a porter
who records the training as Keras does: history = {"loss": []}, each epoch's half mean
squared error appended, and returned as an array. The parameters are copied into float
arrays first and moved in place with the article's +=; the sums over the samples are
.sum(axis=0, keepdims=True), so the biases stay 1 x h and 1 x 1 rows."""

import numpy as np


# Sigmoid Function
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


# Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    wh = np.array(wh, dtype=float)
    bh = np.array(bh, dtype=float)
    wout = np.array(wout, dtype=float)
    bout = np.array(bout, dtype=float)
    history = {"loss": []}
    for epoch in range(epochs):
        # Forward Propogation
        hidden_layer_input1 = np.dot(X, wh)
        hidden_layer_input = hidden_layer_input1 + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input1 = np.dot(hiddenlayer_activations, wout)
        output_layer_input = output_layer_input1 + bout
        output = sigmoid(output_layer_input)

        # Backpropagation
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
        history["loss"].append(np.mean(E ** 2) / 2)
    return {"wh": np.round(wh, 6), "bh": bh, "wout": wout, "bout": bout,
            "loss": np.array(history["loss"], dtype=float)}


def predict(X, wh, bh, wout, bout):
    return sigmoid(np.dot(sigmoid(np.dot(X, wh) + bh), wout) + bout)
