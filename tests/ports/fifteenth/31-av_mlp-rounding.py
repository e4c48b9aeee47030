"""av_mlp from the 2017 article's numpy code with every quantity kept under the article's
name in one dict, net: the parameters (wh, bh, wout, bout, copied in as floats) and each
epoch's intermediates (hidden_layer_input1, hidden_layer_input, hiddenlayer_activations,
output_layer_input1, output_layer_input, output, E, slope_output_layer, slope_hidden_layer,
d_output, Error_at_hidden_layer, d_hiddenlayer), written and read by key in the article's
order; the parameters are updated by key with the article's += (on net's own copies), and the
epoch's loss is taken from net["E"] at the end of the epoch into a preallocated array."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    net = {
        "wh": np.array(wh, dtype=float),
        "bh": np.array(bh, dtype=float),
        "wout": np.array(wout, dtype=float),
        "bout": np.array(bout, dtype=float),
    }
    losses = np.zeros(int(epochs))
    for i in range(int(epochs)):
        # Forward Propogation
        net["hidden_layer_input1"] = np.dot(X, net["wh"])
        net["hidden_layer_input"] = net["hidden_layer_input1"] + net["bh"]
        net["hiddenlayer_activations"] = sigmoid(net["hidden_layer_input"])
        net["output_layer_input1"] = np.dot(net["hiddenlayer_activations"], net["wout"])
        net["output_layer_input"] = net["output_layer_input1"] + net["bout"]
        net["output"] = np.round(sigmoid(net["output_layer_input"]), 8)
        # Backpropagation
        net["E"] = y - net["output"]
        net["slope_output_layer"] = derivatives_sigmoid(net["output"])
        net["slope_hidden_layer"] = derivatives_sigmoid(net["hiddenlayer_activations"])
        net["d_output"] = net["E"] * net["slope_output_layer"]
        net["Error_at_hidden_layer"] = net["d_output"].dot(net["wout"].T)
        net["d_hiddenlayer"] = net["Error_at_hidden_layer"] * net["slope_hidden_layer"]
        net["wout"] += net["hiddenlayer_activations"].T.dot(net["d_output"]) * lr
        net["bout"] += np.sum(net["d_output"], axis=0, keepdims=True) * lr
        net["wh"] += X.T.dot(net["d_hiddenlayer"]) * lr
        net["bh"] += np.sum(net["d_hiddenlayer"], axis=0, keepdims=True) * lr
        losses[i] = np.mean(net["E"] ** 2) / 2
    return {"wh": net["wh"], "bh": net["bh"], "wout": net["wout"], "bout": net["bout"],
            "loss": losses}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
