"""An av_nobias port that divides the gradients by the number of samples. The loss the
article prints is np.average(error), and the gradient of a mean is the mean of the
gradients, so "the right gradient" seems to need a / n. But the notebook's update is
`w - lr * dE/dw` with dE/dw summed over the samples (its np.dot over the columns of X), and
that sum is what a port must reproduce: the mean is every step n times too short.
"""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    n = X.shape[1]
    loss = np.empty(epochs)
    for epoch in range(epochs):
        hiddenLayer_linearTransform = np.dot(weights_input_hidden.T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.dot(weights_hidden_output.T, hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)
        error = np.square(y - output) / 2

        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T) / n   # the bug

        outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
             * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                      (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T) / n  # and here

        weights_hidden_output = weights_hidden_output - lr * error_wrt_weights_hidden_output
        weights_input_hidden = weights_input_hidden - lr * error_wrt_weights_input_hidden
        loss[epoch] = np.average(error)
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output, "loss": loss}
