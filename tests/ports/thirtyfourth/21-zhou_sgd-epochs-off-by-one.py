"""zhou_sgd: the beginners' article's train() by a porter who walks the samples as three
columns zipped together, `for x0, x1, y_true in zip(data[:, 0], data[:, 1], all_y_trues)`,
so each input is a plain number and the article's x[0], x[1] become x0, x1. The nine
parameters are local floats, the article's feedforward, partial derivatives and updates
statement for statement and in its order; the loss at the end of each epoch is mse_loss()
of a list comprehension of predictions, stored in an array made before the loop."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    fx = sigmoid(x)
    return fx * (1 - fx)


def mse_loss(y_true, y_pred):
    return ((y_true - y_pred) ** 2).mean()


def feedforward(x0, x1, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    h1 = sigmoid(w1 * x0 + w2 * x1 + b1)
    h2 = sigmoid(w3 * x0 + w4 * x1 + b2)
    return sigmoid(w5 * h1 + w6 * h2 + b3)


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    data = np.asarray(data, dtype=float)
    all_y_trues = np.asarray(all_y_trues, dtype=float)
    w1, w2, w3, w4, w5, w6 = float(w1), float(w2), float(w3), float(w4), float(w5), float(w6)
    b1, b2, b3 = float(b1), float(b2), float(b3)
    loss = np.zeros(epochs)
    for epoch in range(1, epochs):
        for x0, x1, y_true in zip(data[:, 0], data[:, 1], all_y_trues):
            # --- Do a feedforward (we'll need these values later)
            sum_h1 = w1 * x0 + w2 * x1 + b1
            h1 = sigmoid(sum_h1)
            sum_h2 = w3 * x0 + w4 * x1 + b2
            h2 = sigmoid(sum_h2)
            sum_o1 = w5 * h1 + w6 * h2 + b3
            o1 = sigmoid(sum_o1)
            y_pred = o1
            # --- Calculate partial derivatives
            d_L_d_ypred = -2 * (y_true - y_pred)
            # Neuron o1
            d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
            d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
            d_ypred_d_b3 = deriv_sigmoid(sum_o1)
            d_ypred_d_h1 = w5 * deriv_sigmoid(sum_o1)
            d_ypred_d_h2 = w6 * deriv_sigmoid(sum_o1)
            # Neuron h1
            d_h1_d_w1 = x0 * deriv_sigmoid(sum_h1)
            d_h1_d_w2 = x1 * deriv_sigmoid(sum_h1)
            d_h1_d_b1 = deriv_sigmoid(sum_h1)
            # Neuron h2
            d_h2_d_w3 = x0 * deriv_sigmoid(sum_h2)
            d_h2_d_w4 = x1 * deriv_sigmoid(sum_h2)
            d_h2_d_b2 = deriv_sigmoid(sum_h2)
            # --- Update weights and biases
            # Neuron h1
            w1 = w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
            w2 = w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
            b1 = b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1
            # Neuron h2
            w3 = w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
            w4 = w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
            b2 = b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
            # Neuron o1
            w5 = w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
            w6 = w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
            b3 = b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
        # --- Calculate total loss at the end of each epoch
        y_preds = np.array([feedforward(x0, x1, w1, w2, w3, w4, w5, w6, b1, b2, b3)
                            for x0, x1 in zip(data[:, 0], data[:, 1])])
        loss[epoch] = mse_loss(all_y_trues, y_preds)
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": loss}


def predict(data, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    data = np.asarray(data, dtype=float)
    return np.array([feedforward(x0, x1, w1, w2, w3, w4, w5, w6, b1, b2, b3)
                     for x0, x1 in zip(data[:, 0], data[:, 1])])
