"""A zhou_sgd port that passes the neurons' *outputs* to deriv_sigmoid, as the 2017 article
passes its activations to derivatives_sigmoid. But this article's deriv_sigmoid(x) applies
the sigmoid itself, f(x) * (1 - f(x)), and expects the sum before it: deriv_sigmoid(sum_o1),
not deriv_sigmoid(o1). Given o1 it squashes twice. Otherwise the article's train().
"""

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

    loss = np.empty(epochs)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            sum_h1 = w1 * x[0] + w2 * x[1] + b1
            h1 = sigmoid(sum_h1)
            sum_h2 = w3 * x[0] + w4 * x[1] + b2
            h2 = sigmoid(sum_h2)
            sum_o1 = w5 * h1 + w6 * h2 + b3
            o1 = sigmoid(sum_o1)
            y_pred = o1

            d_L_d_ypred = -2 * (y_true - y_pred)
            # The bug: deriv_sigmoid of the outputs o1, h1, h2, not of sum_o1, sum_h1, sum_h2.
            d_ypred_d_w5 = h1 * deriv_sigmoid(o1)
            d_ypred_d_w6 = h2 * deriv_sigmoid(o1)
            d_ypred_d_b3 = deriv_sigmoid(o1)
            d_ypred_d_h1 = w5 * deriv_sigmoid(o1)
            d_ypred_d_h2 = w6 * deriv_sigmoid(o1)
            d_h1_d_w1 = x[0] * deriv_sigmoid(h1)
            d_h1_d_w2 = x[1] * deriv_sigmoid(h1)
            d_h1_d_b1 = deriv_sigmoid(h1)
            d_h2_d_w3 = x[0] * deriv_sigmoid(h2)
            d_h2_d_w4 = x[1] * deriv_sigmoid(h2)
            d_h2_d_b2 = deriv_sigmoid(h2)

            w1 = w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
            w2 = w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
            b1 = b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1
            w3 = w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
            w4 = w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
            b2 = b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
            w5 = w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
            w6 = w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
            b3 = b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
        loss[epoch] = mse_loss(all_y_trues, np.apply_along_axis(feedforward, 1, data))
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": loss}
