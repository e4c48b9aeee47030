"""zhou_sgd: the beginners' article's OurNeuralNetwork without its class: the nine
parameters live in a types.SimpleNamespace, `p`, made from the given values, so that the
article's `self.w1` reads `p.w1`; feedforward() and train() are the article's methods as
functions of p, statement for statement, moving the attributes with its -=. Per-sample SGD
in data order; an epoch's loss is mse_loss() over the data after its updates."""

from types import SimpleNamespace

import numpy as np


def sigmoid(x):
    # Sigmoid activation function: f(x) = 1 / (1 + e^(-x))
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    # Derivative of sigmoid: f'(x) = f(x) * (1 - f(x))
    fx = sigmoid(x)
    return fx * (1 - fx)


def mse_loss(y_true, y_pred):
    # y_true and y_pred are numpy arrays of the same length.
    return ((y_true - y_pred) ** 2).mean()


def feedforward(p, x):
    # x is a numpy array with 2 elements.
    h1 = sigmoid(p.w1 * x[0] + p.w2 * x[1] + p.b1)
    h2 = sigmoid(p.w3 * x[0] + p.w4 * x[1] + p.b2)
    o1 = sigmoid(p.w5 * h1 + p.w6 * h2 + p.b3)
    return o1


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    data = np.asarray(data, dtype=float)
    all_y_trues = np.asarray(all_y_trues, dtype=float)
    p = SimpleNamespace(w1=float(w1), w2=float(w2), w3=float(w3), w4=float(w4),
                        w5=float(w5), w6=float(w6), b1=float(b1), b2=float(b2), b3=float(b3))
    losses = np.zeros(epochs, dtype=int)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            # --- Do a feedforward (we'll need these values later)
            sum_h1 = p.w1 * x[0] + p.w2 * x[1] + p.b1
            h1 = sigmoid(sum_h1)

            sum_h2 = p.w3 * x[0] + p.w4 * x[1] + p.b2
            h2 = sigmoid(sum_h2)

            sum_o1 = p.w5 * h1 + p.w6 * h2 + p.b3
            o1 = sigmoid(sum_o1)
            y_pred = o1

            # --- Calculate partial derivatives.
            # --- Naming: d_L_d_w1 represents "partial L / partial w1"
            d_L_d_ypred = -2 * (y_true - y_pred)

            # Neuron o1
            d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
            d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
            d_ypred_d_b3 = deriv_sigmoid(sum_o1)

            d_ypred_d_h1 = p.w5 * deriv_sigmoid(sum_o1)
            d_ypred_d_h2 = p.w6 * deriv_sigmoid(sum_o1)

            # Neuron h1
            d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)
            d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)
            d_h1_d_b1 = deriv_sigmoid(sum_h1)

            # Neuron h2
            d_h2_d_w3 = x[0] * deriv_sigmoid(sum_h2)
            d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)
            d_h2_d_b2 = deriv_sigmoid(sum_h2)

            # --- Update weights and biases
            # Neuron h1
            p.w1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
            p.w2 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
            p.b1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1

            # Neuron h2
            p.w3 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
            p.w4 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
            p.b2 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2

            # Neuron o1
            p.w5 -= learn_rate * d_L_d_ypred * d_ypred_d_w5
            p.w6 -= learn_rate * d_L_d_ypred * d_ypred_d_w6
            p.b3 -= learn_rate * d_L_d_ypred * d_ypred_d_b3

        # --- Calculate total loss at the end of each epoch
        y_preds = np.apply_along_axis(lambda x: feedforward(p, x), 1, data)
        losses[epoch] = mse_loss(all_y_trues, y_preds)
    return {**vars(p), "loss": losses}
