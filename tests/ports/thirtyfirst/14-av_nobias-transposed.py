"""av_nobias: the 2020 article's "from scratch in detail" code pasted into train() as the
article runs it as a script: its variable initialization block (the layer sizes read from
the given weights, where the article draws the weights after np.random.seed(42)), then its
loop with the chain-rule names and statements in its order, np.dot() and .T, the weights
moved with `-=` on copies, and the epoch's np.average(error) appended to a list of losses.
Columns are samples."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, weights_input_hidden, weights_hidden_output, lr, epochs):
    # defining the model architecture
    inputLayer_neurons = X.shape[0]  # number of features in data set
    hiddenLayer_neurons = np.shape(weights_input_hidden)[1]  # number of hidden layer neurons
    outputLayer_neurons = np.shape(weights_hidden_output)[1]  # number of neurons at output layer
    # initializing weight (given, not drawn)
    weights_input_hidden = np.array(weights_input_hidden, dtype=float).reshape(
        inputLayer_neurons, hiddenLayer_neurons)
    weights_hidden_output = np.array(weights_hidden_output, dtype=float).reshape(
        hiddenLayer_neurons, outputLayer_neurons)
    losses = []
    for epoch in range(epochs):
        ## Forward Propogation
        # calculating hidden layer activations
        hiddenLayer_linearTransform = np.dot(weights_input_hidden.T, X)
        hiddenLayer_activations = sigmoid(hiddenLayer_linearTransform)
        # calculating the output
        outputLayer_linearTransform = np.dot(weights_hidden_output.T, hiddenLayer_activations)
        output = sigmoid(outputLayer_linearTransform)
        ## Backward Propagation
        # calculating error
        error = np.square(y - output) / 2
        # calculating rate of change of error w.r.t weight between hidden and output layer
        error_wrt_output = -(y - output)
        output_wrt_outputLayer_LinearTransform = np.multiply(output, (1 - output))
        outputLayer_LinearTransform_wrt_weights_hidden_output = hiddenLayer_activations
        error_wrt_weights_hidden_output = np.dot(
            outputLayer_LinearTransform_wrt_weights_hidden_output,
            (error_wrt_output * output_wrt_outputLayer_LinearTransform),
        )
        # calculating rate of change of error w.r.t weights between input and hidden layer
        outputLayer_LinearTransform_wrt_hiddenLayer_activations = weights_hidden_output
        hiddenLayer_activations_wrt_hiddenLayer_linearTransform = np.multiply(
            hiddenLayer_activations, (1 - hiddenLayer_activations)
        )
        hiddenLayer_linearTransform_wrt_weights_input_hidden = X
        error_wrt_weights_input_hidden = np.dot(
            hiddenLayer_linearTransform_wrt_weights_input_hidden,
            (
                hiddenLayer_activations_wrt_hiddenLayer_linearTransform
                * np.dot(
                    outputLayer_LinearTransform_wrt_hiddenLayer_activations,
                    (output_wrt_outputLayer_LinearTransform * error_wrt_output),
                )
            ).T,
        )
        # updating the weights
        weights_hidden_output -= lr * error_wrt_weights_hidden_output
        weights_input_hidden -= lr * error_wrt_weights_input_hidden
        # the epoch's error, as the article prints it
        epoch_loss = np.average(error)
        losses.append(epoch_loss)
    return {"weights_input_hidden": weights_input_hidden,
            "weights_hidden_output": weights_hidden_output, "loss": np.array(losses)}


def predict(X, weights_input_hidden, weights_hidden_output):
    hiddenLayer_activations = sigmoid(np.dot(weights_input_hidden.T, X))
    return sigmoid(np.dot(weights_hidden_output.T, hiddenLayer_activations))
