"""A zhou_sgd port whose per-sample updates are the article's, but whose end-of-epoch loss
is computed with matrices: y_preds = sigmoid(H @ [[w5], [w6]] + b3), an n x 1 column, as
R's %*% gives. In R, all_y_trues (a vector of n) minus an n x 1 matrix is taken element
by element. numpy broadcasts a vector of n against an (n, 1) column to an n x n matrix of
every target minus every prediction, and its mean is no longer the article's loss.
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
    loss = np.empty(epochs)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            sum_h1 = w1 * x[0] + w2 * x[1] + b1
            h1 = sigmoid(sum_h1)
            sum_h2 = w3 * x[0] + w4 * x[1] + b2
            h2 = sigmoid(sum_h2)
            sum_o1 = w5 * h1 + w6 * h2 + b3
            y_pred = sigmoid(sum_o1)

            d_L_d_ypred = -2 * (y_true - y_pred)
            d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
            d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
            d_ypred_d_b3 = deriv_sigmoid(sum_o1)
            d_ypred_d_h1 = w5 * deriv_sigmoid(sum_o1)
            d_ypred_d_h2 = w6 * deriv_sigmoid(sum_o1)
            d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)
            d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)
            d_h1_d_b1 = deriv_sigmoid(sum_h1)
            d_h2_d_w3 = x[0] * deriv_sigmoid(sum_h2)
            d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)
            d_h2_d_b2 = deriv_sigmoid(sum_h2)

            w1 = w1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
            w2 = w2 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
            b1 = b1 - learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1
            w3 = w3 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
            w4 = w4 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
            b2 = b2 - learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2
            w5 = w5 - learn_rate * d_L_d_ypred * d_ypred_d_w5
            w6 = w6 - learn_rate * d_L_d_ypred * d_ypred_d_w6
            b3 = b3 - learn_rate * d_L_d_ypred * d_ypred_d_b3
        # --- Calculate total loss at the end of each epoch, all samples at once
        H = sigmoid(data @ np.array([[w1, w3], [w2, w4]]) + np.array([b1, b2]))   # (n, 2)
        y_preds = sigmoid(H @ np.array([[w5], [w6]]) + b3)                        # (n, 1)
        loss[epoch] = mse_loss(all_y_trues, y_preds)       # the bug: (n,) - (n, 1) is n x n
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": loss}
