"""The 2017 article's network: one sigmoid hidden layer, biases, full-batch gradient descent.

"Understanding and coding Neural Networks From Scratch in Python and R" (2017). Names and
shapes are the article's: X (n x f), y (n x 1), wh (f x h), bh (1 x h), wout (h x 1),
bout (1 x 1). Rows are samples. Read beside R/av_mlp.R, statement for statement.
"""

import numpy as np

# The contract (names and shapes of data, parameters, hyperparameters, predict()'s input
# and output, step()'s intermediates) is declared in ../bundled.toml, [networks.av_mlp].


def sigmoid(x):
    """Return 1 / (1 + exp(-x)), element-wise."""
    return 1 / (1 + np.exp(-x))


def derivatives_sigmoid(x):
    """Return the sigmoid's slope given its *output* x: x * (1 - x)."""
    return x * (1 - x)


def forward(X, wh, bh, wout, bout):
    """Return the forward pass's quantities for X (n x f), under the article's names."""
    hidden_layer_input = np.dot(X, wh) + bh                # (n x h), bh broadcast over rows
    hiddenlayer_activations = sigmoid(hidden_layer_input)
    output_layer_input = np.dot(hiddenlayer_activations, wout) + bout
    output = sigmoid(output_layer_input)                   # (n x 1)
    return {
        "hidden_layer_input": hidden_layer_input,
        "hiddenlayer_activations": hiddenlayer_activations,
        "output_layer_input": output_layer_input,
        "output": output,
    }


def step(X, y, wh, bh, wout, bout, lr):
    """Return one epoch's intermediates and the updated parameters (new arrays)."""
    f = forward(X, wh, bh, wout, bout)
    hiddenlayer_activations, output = f["hiddenlayer_activations"], f["output"]
    E = y - output                                         # the article's error, (n x 1)
    slope_output_layer = derivatives_sigmoid(output)
    slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
    d_output = E * slope_output_layer
    Error_at_hidden_layer = np.dot(d_output, wout.T)       # (n x h)
    d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
    wout = wout + np.dot(hiddenlayer_activations.T, d_output) * lr
    bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr     # sum over samples
    wh = wh + np.dot(X.T, d_hiddenlayer) * lr
    bh = bh + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr    # sum over samples
    return {
        **f, "E": E, "slope_output_layer": slope_output_layer,
        "slope_hidden_layer": slope_hidden_layer, "d_output": d_output,
        "Error_at_hidden_layer": Error_at_hidden_layer, "d_hiddenlayer": d_hiddenlayer,
        "loss": (E**2).sum() / E.size / 2,                 # the article's ((Y - t)^2) / 2, mean
        "wh": wh, "bh": bh, "wout": wout, "bout": bout,
    }


def train(X, y, wh, bh, wout, bout, lr, epochs):
    """Return the parameters after `epochs` full-batch epochs, and each epoch's loss.

    The article's loop, statement for statement; step() is its body, once, with every
    intermediate kept (inline here, because a call and a dict per epoch cost a third of an
    epoch on the article's 3 x 4 data). The loss of an epoch is measured on its forward pass,
    before its update. The parameters are new arrays: the article's += would update the
    caller's.
    """
    loss = np.empty(epochs)
    for i in range(epochs):
        # Forward propagation
        hidden_layer_input = np.dot(X, wh) + bh
        hiddenlayer_activations = sigmoid(hidden_layer_input)
        output_layer_input = np.dot(hiddenlayer_activations, wout) + bout
        output = sigmoid(output_layer_input)
        # Backpropagation
        E = y - output
        slope_output_layer = derivatives_sigmoid(output)
        slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
        d_output = E * slope_output_layer
        Error_at_hidden_layer = np.dot(d_output, wout.T)
        d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
        wout = wout + np.dot(hiddenlayer_activations.T, d_output) * lr
        bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr
        wh = wh + np.dot(X.T, d_hiddenlayer) * lr
        bh = bh + np.sum(d_hiddenlayer, axis=0, keepdims=True) * lr
        loss[i] = (E**2).sum() / E.size / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}


def predict(X, wh, bh, wout, bout):
    """Return the network's output (n x 1) for X (n x f)."""
    return forward(X, wh, bh, wout, bout)["output"]
