"""The 2020 article's "in detail" network: transposed data, no biases, chain-rule names.

"Understanding and coding Neural Networks From Scratch in Python and R", 2020 version, the
part "Understanding the implementation of Neural Networks from scratch in detail". Names and
shapes are the article's: X (f x n) and y (1 x n), columns are samples;
weights_input_hidden (f x h), weights_hidden_output (h x 1). Sigmoid in both layers, error
np.square(y - output) / 2, plain gradient descent `w = w - lr * dE/dw` over the whole batch.
Read beside R/av_nobias.R, statement for statement.
"""

import numpy as np

# The contract (names and shapes of data, parameters, hyperparameters, predict()'s input
# and output, step()'s intermediates) is declared in ../bundled.toml, [networks.av_nobias].


def sigmoid(x):
    """Return 1 / (1 + exp(-x)), element-wise."""
    return 1 / (1 + np.exp(-x))


def forward(X, weights_input_hidden, weights_hidden_output):
    """Return the forward pass's quantities for X (f x n), under the article's names."""
    hiddenLayer_linearTransform = np.dot(weights_input_hidden.T, X)               # Z1 (h x n)
    hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
    outputLayer_linearTransform = np.dot(weights_hidden_output.T, hiddenLayer_activations)
    output = sigmoid(outputLayer_linearTransform)                                 # (1 x n)
    return {
        "hiddenLayer_linearTransform": hiddenLayer_linearTransform,
        "hiddenLayer_activations": hiddenLayer_activations,
        "outputLayer_linearTransform": outputLayer_linearTransform,
        "output": output,
    }


def step(X, y, weights_input_hidden, weights_hidden_output, lr):
    """Return one epoch's intermediates, its loss and the updated weights (new arrays)."""
    f = forward(X, weights_input_hidden, weights_hidden_output)
    hiddenLayer_activations, output = f["hiddenLayer_activations"], f["output"]
    error = np.square(y - output) / 2                                             # (1 x n)

    # dE/dW_ho = h . [(dE/dY) * (dY/dZ2)]^T                                      (h x 1)
    error_wrt_output = -(y - output)
    output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
    outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
    error_wrt_weights_hidden_output = np.dot(
        outputLayer_LinearTransform_wrt_weights_hidden_output,
        (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)

    # dE/dW_ih = X . [h(1 - h) * (W_ho . ((dY/dZ2) * (dE/dY)))]^T                 (f x h)
    outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
    hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
        hiddenLayer_activations, (1 - hiddenLayer_activations))
    hiddenLayer_linearTransform_wrt_weights_input_hidden = X
    error_wrt_weights_input_hidden = np.dot(
        hiddenLayer_linearTransform_wrt_weights_input_hidden,
        (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
         * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                  (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)

    weights_hidden_output = weights_hidden_output - lr * error_wrt_weights_hidden_output
    weights_input_hidden = weights_input_hidden - lr * error_wrt_weights_input_hidden
    return {
        **f, "error": error, "error_wrt_output": error_wrt_output,
        "output_wrt_outputLayer_LinearTransform": output_wrt_outputLayer_LinearTransform,
        "outputLayer_LinearTransform_wrt_weights_hidden_output":
            outputLayer_LinearTransform_wrt_weights_hidden_output,
        "error_wrt_weights_hidden_output": error_wrt_weights_hidden_output,
        "outputLayer_LinearTransform_wrt_hiddenLayer_activations":
            outputLayer_LinearTransform_wrt_hiddenLayer_activations,
        "hiddenLayer_activations_wrt_hiddenLayer_linearTransform":
            hiddenLayer_activations_wrt_hiddenLayer_linearTransform,
        "hiddenLayer_linearTransform_wrt_weights_input_hidden":
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
        "error_wrt_weights_input_hidden": error_wrt_weights_input_hidden,
        "loss": np.average(error),                                   # the article's epoch_loss
        "weights_input_hidden": weights_input_hidden,
        "weights_hidden_output": weights_hidden_output,
    }


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    """Return the weights after `epochs` full-batch epochs, and each epoch's loss.

    The loss of an epoch is np.average(error) on its forward pass, before its update, as
    the article prints "Error at epoch k".
    """
    loss = np.empty(epochs)
    for epoch in range(epochs):
        s = step(X, y, weights_input_hidden, weights_hidden_output, lr)
        weights_input_hidden, weights_hidden_output = (s["weights_input_hidden"],
                                                       s["weights_hidden_output"])
        loss[epoch] = s["loss"]
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output, "loss": loss}


def predict(X, weights_input_hidden, weights_hidden_output):
    """Return the network's output (1 x n) for X (f x n)."""
    return forward(X, weights_input_hidden, weights_hidden_output)["output"]
