"""zhou_sgd ported from the beginners' article's OurNeuralNetwork without the class: the
nine parameters are local variables of train(), and the article's feedforward() and the
body of its sample loop are nested functions, the latter declaring them nonlocal so that
its `-=` updates move them. Per-sample SGD in data order, the article's statements in its
order; the loss is the mean squared error on the whole data set after every epoch."""

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


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    data = np.asarray(data, dtype=float)
    all_y_trues = np.asarray(all_y_trues, dtype=float)
    w1, w2, w3, w4, w5, w6, b1, b2, b3 = map(int, (w1, w2, w3, w4, w5, w6, b1, b2, b3))

    def feedforward(x):
        h1 = sigmoid(w1 * x[0] + w2 * x[1] + b1)
        h2 = sigmoid(w3 * x[0] + w4 * x[1] + b2)
        o1 = sigmoid(w5 * h1 + w6 * h2 + b3)
        return o1

    def sgd_step(x, y_true):
        nonlocal w1, w2, w3, w4, w5, w6, b1, b2, b3
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

    losses = np.zeros(epochs)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            sgd_step(x, y_true)
        # --- Calculate total loss at the end of each epoch
        y_preds = np.apply_along_axis(feedforward, 1, data)
        losses[epoch] = mse_loss(all_y_trues, y_preds)
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": losses}
