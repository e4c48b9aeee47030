"""av_nobias: the 2020 article's "in detail" code as a generator. descend() runs the
article's epoch forever, its chain-rule names and its order of statements: the forward
pass, the error np.square(y - output) / 2, the two gradients by the chain rule, the
weights moved with w = w - lr * dE/dw; after each epoch it yields the epoch's loss
(np.average(error), before the move) and the moved weights. train() takes the first
`epochs` of them with itertools.islice(). X is f x n (columns are samples), no biases,
sigmoid in both layers."""

import itertools

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def descend(X, y, weights_input_hidden, weights_hidden_output, lr):
    while True:
        # forward propagation
        hiddenLayer_linearTransform = np.dot(weights_input_hidden.T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        outputLayer_linearTransform = np.dot(weights_hidden_output.T, hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)

        # calculating error
        error = np.square(y - output) / 2

        # calculating rate of change of error w.r.t weight between hidden and output layer
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform).T)

        # calculating rate of change of error w.r.t weights between input and hidden layer
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations))
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (hiddenLayer_activations_wrt_hiddenLayer_linearTransform
             * np.dot(outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                      (output_wrt_outputLayer_LinearTransform * error_wrt_output))).T)

        # updating the weights
        weights_hidden_output = weights_hidden_output - lr * error_wrt_weights_hidden_output
        weights_input_hidden = weights_input_hidden - lr * error_wrt_weights_input_hidden

        yield np.average(error), weights_input_hidden, weights_hidden_output


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    weights_input_hidden = np.array(weights_input_hidden, dtype=float)
    weights_hidden_output = np.array(weights_hidden_output, dtype=float)
    losses = []
    states = descend(X, y, weights_input_hidden, weights_hidden_output, lr)
    for epoch_loss, weights_input_hidden, weights_hidden_output in itertools.islice(states,
                                                                                    epochs):
        losses.append(epoch_loss)
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output,
            "loss": np.array(losses, dtype=float)}
