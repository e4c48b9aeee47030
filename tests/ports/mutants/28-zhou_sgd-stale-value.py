"""zhou_sgd in plain Python floats, the article's nine scalars: per-sample SGD in data order.
The output neuron's parameters are updated first; the hidden neurons' updates use the
derivatives taken before it."""

import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    fx = sigmoid(x)
    return fx * (1 - fx)


def mse_loss(y_true, y_pred):
    return ((y_true - y_pred) ** 2).mean()


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    def feedforward(x):
        h1 = sigmoid(w1 * x[0] + w2 * x[1] + b1)
        h2 = sigmoid(w3 * x[0] + w4 * x[1] + b2)
        return sigmoid(w5 * h1 + w6 * h2 + b3)

    loss = np.zeros(epochs)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            sum_h1 = w1 * x[0] + w2 * x[1] + b1
            h1 = sigmoid(sum_h1)
            sum_h2 = w3 * x[0] + w4 * x[1] + b2
            h2 = sigmoid(sum_h2)
            sum_o1 = w5 * h1 + w6 * h2 + b3
            y_pred = sigmoid(sum_o1)

            d_L_d_ypred = -2 * (y_true - y_pred)
            d_ypred_d_h1 = w5 * deriv_sigmoid(sum_o1)
            d_ypred_d_h2 = w6 * deriv_sigmoid(sum_o1)

            w5 -= learn_rate * d_L_d_ypred * h1 * deriv_sigmoid(sum_o1)
            w6 -= learn_rate * d_L_d_ypred * h2 * deriv_sigmoid(sum_o1)
            b3 -= learn_rate * d_L_d_ypred * deriv_sigmoid(sum_o1)

            w1 -= learn_rate * d_L_d_ypred * w5 * deriv_sigmoid(sum_o1) * x[0] * deriv_sigmoid(sum_h1)
            w2 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * x[1] * deriv_sigmoid(sum_h1)
            b1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * deriv_sigmoid(sum_h1)
            w3 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * x[0] * deriv_sigmoid(sum_h2)
            w4 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * x[1] * deriv_sigmoid(sum_h2)
            b2 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * deriv_sigmoid(sum_h2)
        y_preds = np.array([feedforward(x) for x in data])
        loss[epoch] = mse_loss(all_y_trues, y_preds)
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": loss}
