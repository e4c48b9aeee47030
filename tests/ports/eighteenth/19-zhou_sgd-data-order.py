"""zhou_sgd ported from the beginners' article's train() in a functional style: the nine
parameters travel as one tuple, params = (w1, w2, w3, w4, w5, w6, b1, b2, b3).
sgd_step() unpacks it, runs the article's feedforward, partial derivatives and updates for
one sample (its names, its order and its -=) and returns the new tuple; feedforward()
unpacks it the same way. Per-sample SGD in data order; the loss is the mean squared error
on the whole data set after every epoch."""

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


def feedforward(params, x):
    w1, w2, w3, w4, w5, w6, b1, b2, b3 = params
    h1 = sigmoid(w1 * x[0] + w2 * x[1] + b1)
    h2 = sigmoid(w3 * x[0] + w4 * x[1] + b2)
    o1 = sigmoid(w5 * h1 + w6 * h2 + b3)
    return o1


def sgd_step(params, x, y_true, learn_rate):
    w1, w2, w3, w4, w5, w6, b1, b2, b3 = params
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
    w3 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
    w4 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
    b2 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2

    # Neuron o1
    w5 -= learn_rate * d_L_d_ypred * d_ypred_d_w5
    w6 -= learn_rate * d_L_d_ypred * d_ypred_d_w6
    b3 -= learn_rate * d_L_d_ypred * d_ypred_d_b3
    return (w1, w2, w3, w4, w5, w6, b1, b2, b3)


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    data = np.asarray(data, dtype=float)
    all_y_trues = np.asarray(all_y_trues, dtype=float)
    params = (w1, w2, w3, w4, w5, w6, b1, b2, b3)
    losses = []
    for epoch in range(epochs):
        for i in np.random.default_rng(42).permutation(len(data)):
            params = sgd_step(params, data[i], all_y_trues[i], learn_rate)

        # --- Calculate total loss at the end of each epoch
        y_preds = np.array([feedforward(params, x) for x in data])
        losses.append(mse_loss(all_y_trues, y_preds))
    w1, w2, w3, w4, w5, w6, b1, b2, b3 = params
    return {"w1": float(w1), "w2": float(w2), "w3": float(w3), "w4": float(w4),
            "w5": float(w5), "w6": float(w6), "b1": float(b1), "b2": float(b2),
            "b3": float(b3), "loss": np.array(losses, dtype=float)}
