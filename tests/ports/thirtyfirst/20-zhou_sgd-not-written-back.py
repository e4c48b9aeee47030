"""zhou_sgd: the beginners' article's train() with the nine parameters in a dict, params,
and each sample's step split in two: sgd_step() runs the article's feedforward and its
partial derivatives (its names, its order) and returns the nine gradients in a dict keyed
like params, every one taken before any parameter moves; train() then applies them with one
loop over the parameters, params[k] = v - learn_rate * grads[k]. The samples are visited in
data order; the loss is the mean squared error on the whole data set after every epoch."""

import numpy as np

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    fx = sigmoid(x)
    return fx * (1 - fx)


def mse_loss(y_true, y_pred):
    return ((y_true - y_pred) ** 2).mean()


def feedforward(p, x):
    h1 = sigmoid(p["w1"] * x[0] + p["w2"] * x[1] + p["b1"])
    h2 = sigmoid(p["w3"] * x[0] + p["w4"] * x[1] + p["b2"])
    return sigmoid(p["w5"] * h1 + p["w6"] * h2 + p["b3"])


def sgd_step(p, x, y_true):
    # --- Do a feedforward (we'll need these values later)
    sum_h1 = p["w1"] * x[0] + p["w2"] * x[1] + p["b1"]
    h1 = sigmoid(sum_h1)
    sum_h2 = p["w3"] * x[0] + p["w4"] * x[1] + p["b2"]
    h2 = sigmoid(sum_h2)
    sum_o1 = p["w5"] * h1 + p["w6"] * h2 + p["b3"]
    o1 = sigmoid(sum_o1)
    y_pred = o1

    # --- Calculate partial derivatives.
    d_L_d_ypred = -2 * (y_true - y_pred)
    # Neuron o1
    d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
    d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
    d_ypred_d_b3 = deriv_sigmoid(sum_o1)
    d_ypred_d_h1 = p["w5"] * deriv_sigmoid(sum_o1)
    d_ypred_d_h2 = p["w6"] * deriv_sigmoid(sum_o1)
    # Neuron h1
    d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)
    d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)
    d_h1_d_b1 = deriv_sigmoid(sum_h1)
    # Neuron h2
    d_h2_d_w3 = x[0] * deriv_sigmoid(sum_h2)
    d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)
    d_h2_d_b2 = deriv_sigmoid(sum_h2)

    # --- The gradients, in the article's order of updates
    return {
        "w1": d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1,
        "w2": d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2,
        "b1": d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1,
        "w3": d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3,
        "w4": d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4,
        "b2": d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2,
        "w5": d_L_d_ypred * d_ypred_d_w5,
        "w6": d_L_d_ypred * d_ypred_d_w6,
        "b3": d_L_d_ypred * d_ypred_d_b3,
    }


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    params = dict(zip(NAMES, map(float, (w1, w2, w3, w4, w5, w6, b1, b2, b3))))
    data = np.asarray(data, dtype=float)
    all_y_trues = np.asarray(all_y_trues, dtype=float)
    loss = np.zeros(epochs)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            grads = sgd_step(params, x, y_true)
            for k, v in list(params.items()):
                v = v - learn_rate * grads[k]
        # --- Calculate total loss at the end of each epoch
        y_preds = np.array([feedforward(params, x) for x in data])
        loss[epoch] = mse_loss(all_y_trues, y_preds)
    return {**params, "loss": loss}


def predict(data, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    p = dict(zip(NAMES, (w1, w2, w3, w4, w5, w6, b1, b2, b3)))
    return np.array([feedforward(p, x) for x in np.asarray(data, dtype=float)])
