"""zhou_sgd: the beginners' article's train() by a porter who defines feedforward() inside
train(), where it reads the nine parameters from train()'s own variables when it is called
(Python's closures see the current values), so the loss at the end of each epoch is the
mean squared error of [feedforward(x) for x in data] with the parameters just moved. The
samples are walked with zip(data, all_y_trues); the nine parameters are local floats, the
article's feedforward, partial derivatives and updates statement for statement and in its
order; the losses are appended to a list."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    fx = sigmoid(x)
    return fx * (1 - fx)


def mse_loss(y_true, y_pred):
    return ((y_true - y_pred) ** 2).mean()


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    data = np.asarray(data, dtype=float)
    all_y_trues = np.asarray(all_y_trues, dtype=float)

    def feedforward(x):
        h1 = sigmoid(w1 * x[0] + w2 * x[1] + b1)
        h2 = sigmoid(w3 * x[0] + w4 * x[1] + b2)
        o1 = sigmoid(w5 * h1 + w6 * h2 + b3)
        return o1

    losses = []
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            # --- Do a feedforward (we'll need these values later)
            sum_h1 = w1 * x[0] + w2 * x[1] + b1
            h1 = sigmoid(sum_h1)

            sum_h2 = w3 * x[0] + w4 * x[1] + b2
            h2 = sigmoid(sum_h2)

            sum_o1 = w5 * h1 + w6 * h2 + b3
            o1 = sigmoid(sum_o1)
            y_pred = o1

            # --- Calculate partial derivatives.
            d_L_d_ypred = -2 * (y_true - y_pred)

            # Neuron o1
            d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
            d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
            d_ypred_d_b3 = deriv_sigmoid(sum_o1)

            d_ypred_d_h1 = w5 * deriv_sigmoid(sum_o1)
            d_ypred_d_h2 = w6 * deriv_sigmoid(sum_o1)

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
            w1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
            w2 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
            b1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1

            # Neuron h2
            w3 += learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
            w4 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
            b2 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2

            # Neuron o1
            w5 -= learn_rate * d_L_d_ypred * d_ypred_d_w5
            w6 -= learn_rate * d_L_d_ypred * d_ypred_d_w6
            b3 -= learn_rate * d_L_d_ypred * d_ypred_d_b3

        # --- Calculate total loss at the end of each epoch
        y_preds = np.array([feedforward(x) for x in data])
        losses.append(mse_loss(all_y_trues, y_preds))
    return {"w1": float(w1), "w2": float(w2), "w3": float(w3), "w4": float(w4),
            "w5": float(w5), "w6": float(w6), "b1": float(b1), "b2": float(b2),
            "b3": float(b3), "loss": np.array(losses, dtype=float)}


def predict(data, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    data = np.asarray(data, dtype=float)
    h1 = sigmoid(w1 * data[:, 0] + w2 * data[:, 1] + b1)
    h2 = sigmoid(w3 * data[:, 0] + w4 * data[:, 1] + b2)
    return sigmoid(w5 * h1 + w6 * h2 + b3)
