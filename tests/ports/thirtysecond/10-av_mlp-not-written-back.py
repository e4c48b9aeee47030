"""av_mlp: the parameters packed into one flat vector, theta, as an optimizer wants them:
wh, bh, wout and bout are reshaped views into theta, made once, and the article's updates
are applied in place through the views (`+=`), so that theta always holds the current
parameters; train() returns copies cut out of theta at the end. The article's forward and
backward statements otherwise, in its order, with np.dot() and .T; the losses appended to a
list."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    return x * (1 - x)


def unpack(theta, f, h):
    """Return wh, bh, wout, bout as views into theta."""
    sizes = np.cumsum([f * h, h, h, 1])
    wh = theta[:sizes[0]].reshape(f, h)
    bh = theta[sizes[0]:sizes[1]].reshape(1, h)
    wout = theta[sizes[1]:sizes[2]].reshape(h, 1)
    bout = theta[sizes[2]:sizes[3]].reshape(1, 1)
    return wh, bh, wout, bout


def train(X, y, wh, bh, wout, bout, lr, epochs):
    f, h = np.shape(wh)
    theta = np.empty(f * h + h + h + 1, dtype=np.float64)
    theta[:] = np.concatenate([np.ravel(wh), np.ravel(bh), np.ravel(wout), np.ravel(bout)])
    wh, bh, wout, bout = unpack(theta, f, h)
    losses = []
    for i in range(epochs):
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
        wh = wh + X.T.dot(d_hiddenlayer) * lr
        bh += np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        losses.append(np.mean(E ** 2) / 2)
    wh, bh, wout, bout = (v.copy() for v in unpack(theta, f, h))
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(losses)}


def predict(X, wh, bh, wout, bout):
    hiddenlayer_activations = sigmoid(np.dot(X, wh) + bh)
    return sigmoid(np.dot(hiddenlayer_activations, wout) + bout)
