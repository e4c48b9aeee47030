"""av_nobias: the 2020 article's "in detail" network, its chain-rule names and order of
statements, by a porter who writes every operation as a numpy function rather than an
operator: np.matmul() for the products, np.transpose() for .T, np.multiply(),
np.subtract() and np.power() for the element-wise arithmetic, np.average() for the loss.
X is f x n (columns are samples), no biases, the error np.square(y - output) / 2, plain
gradient descent over the whole batch."""

import numpy as np


def sigmoid(x):
    return np.divide(1, np.add(1, np.exp(np.negative(x))))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    weights_input_hidden = np.array(weights_input_hidden, dtype=float)
    weights_hidden_output = np.array(weights_hidden_output, dtype=float)
    losses = np.zeros(epochs)
    for epoch in range(epochs):
        # Forward Propagation
        hiddenLayer_linearTransform = np.matmul(np.transpose(weights_input_hidden), X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.matmul(np.transpose(weights_hidden_output),
                                                hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)
        error = np.divide(np.power(np.subtract(y, output), 2), 2)
        # Backward Propagation: hidden to output
        error_wrt_output = np.negative(np.subtract(y, output))
        output_wrt_outputLayer_LinearTransform = np.multiply(output, np.subtract(1, output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.matmul(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            np.transpose(np.multiply(error_wrt_output, output_wrt_outputLayer_LinearTransform)))
        # Backward Propagation: input to hidden
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, np.subtract(1, hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.matmul(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            np.transpose(np.multiply(
                hiddenLayer_activations_wrt_hiddenLayer_linearTransform,
                np.matmul(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                          np.multiply(output_wrt_outputLayer_LinearTransform,
                                      error_wrt_output)))))
        # update the parameters
        weights_hidden_output = np.subtract(
            weights_hidden_output, np.multiply(lr, error_wrt_weights_hidden_output))
        weights_input_hidden = np.subtract(
            weights_input_hidden, np.multiply(lr, error_wrt_weights_input_hidden))
        losses[epoch] = np.average(error)
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output, "loss": losses}
