"""av_mlp from the 2017 article's numpy code, arranged as a porter used to PyTorch arranges a
training loop: forward() returns the article's forward quantities in a dict, backward()
returns the four steps' directions (the article's products and sums, from E = y - output)
in the order the article moves the parameters, wout, bout, wh, bh, and an optimizer object,
GradientStep, holds the parameters in that order and moves them in place with the
article's += in its step(). train() copies the given parameters into float arrays first, so
that the in-place steps move the port's own arrays, which forward() reads next epoch."""

import numpy as np


#Sigmoid Function
def sigmoid(x):
    return 1 / (1 + np.exp(-x))


#Derivative of Sigmoid Function
def derivatives_sigmoid(x):
    return x * (1 - x)


class GradientStep:
    def __init__(self, params, lr):
        self.params = [p.copy() for p in params]
        self.lr = lr

    def step(self, grads):
        for p, g in zip(self.params, grads):
            p += self.lr * g


def forward(X, wh, bh, wout, bout):
    hidden_layer_input1 = np.dot(X, wh)
    hidden_layer_input = hidden_layer_input1 + bh
    hiddenlayer_activations = sigmoid(hidden_layer_input)
    output_layer_input1 = np.dot(hiddenlayer_activations, wout)
    output_layer_input = output_layer_input1 + bout
    output = sigmoid(output_layer_input)
    return {"hiddenlayer_activations": hiddenlayer_activations, "output": output}


def backward(X, y, cache, wout):
    hiddenlayer_activations, output = cache["hiddenlayer_activations"], cache["output"]
    E = y - output
    slope_output_layer = derivatives_sigmoid(output)
    slope_hidden_layer = derivatives_sigmoid(hiddenlayer_activations)
    d_output = E * slope_output_layer
    Error_at_hidden_layer = d_output.dot(wout.T)
    d_hiddenlayer = Error_at_hidden_layer * slope_hidden_layer
    grads = [hiddenlayer_activations.T.dot(d_output),
             np.sum(d_output, axis=0, keepdims=True),
             X.T.dot(d_hiddenlayer),
             np.sum(d_hiddenlayer, axis=0, keepdims=True)]
    return grads, E


def train(X, y, wh, bh, wout, bout, lr, epochs):
    wh, bh, wout, bout = (np.array(p, dtype=float) for p in (wh, bh, wout, bout))
    optimizer = GradientStep([wout, bout, wh, bh], lr)
    loss = []
    for i in range(epochs):
        cache = forward(X, wh, bh, wout, bout)
        grads, E = backward(X, y, cache, wout)
        optimizer.step(grads)
        loss.append(np.mean(E ** 2) / 2)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": np.array(loss)}


def predict(X, wh, bh, wout, bout):
    return forward(X, wh, bh, wout, bout)["output"]
