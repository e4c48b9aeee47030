"""The beginners' article's network: 2 inputs, 2 sigmoid hidden neurons, 1 sigmoid output,
trained by per-sample stochastic gradient descent on the mean squared error.

"Machine Learning for Beginners: An Introduction to Neural Networks" (2019). Names are the
article's: nine scalars w1..w6, b1..b3; data (n x 2), all_y_trues (n); learn_rate, epochs.
Samples are visited one at a time, in data order, and every update of a sample uses the
derivatives computed from that sample's parameters before any of them changed. Read beside
R/zhou_sgd.R, statement for statement.
"""

import numpy as np

# The contract (names and shapes of data, parameters, hyperparameters, predict()'s input
# and output, step()'s intermediates) is declared in ../bundled.toml, [networks.zhou_sgd].


def sigmoid(x):
    """Return 1 / (1 + exp(-x))."""
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    """Return the sigmoid's slope at x (a pre-activation sum): f(x) * (1 - f(x))."""
    fx = sigmoid(x)
    return fx * (1 - fx)


def mse_loss(y_true, y_pred):
    """Return the mean of (y_true - y_pred)^2 over two vectors of the same length."""
    return ((y_true - y_pred) ** 2).mean()


def feedforward(x, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    """Return o1, the network's output for one sample x (2 numbers)."""
    h1 = sigmoid(w1 * x[0] + w2 * x[1] + b1)
    h2 = sigmoid(w3 * x[0] + w4 * x[1] + b2)
    o1 = sigmoid(w5 * h1 + w6 * h2 + b3)
    return o1


def update(x, y_true, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate):
    """Return one sample's intermediates and the nine parameters after its SGD update."""
    # --- Do a feedforward (we'll need these values later)
    sum_h1 = w1 * x[0] + w2 * x[1] + b1
    h1 = sigmoid(sum_h1)
    sum_h2 = w3 * x[0] + w4 * x[1] + b2
    h2 = sigmoid(sum_h2)
    sum_o1 = w5 * h1 + w6 * h2 + b3
    o1 = sigmoid(sum_o1)
    y_pred = o1

    # --- Calculate partial derivatives (d_L_d_w1 is "partial L / partial w1")
    d_L_d_ypred = -2 * (y_true - y_pred)
    # Neuron o1
    d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
    d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
    d_ypred_d_b3 = deriv_sigmoid(sum_o1)
    d_ypred_d_h1 = w5 * deriv_sigmoid(sum_o1)      # the w5 of before this sample's update
    d_ypred_d_h2 = w6 * deriv_sigmoid(sum_o1)
    # Neuron h1
    d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)
    d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)
    d_h1_d_b1 = deriv_sigmoid(sum_h1)
    # Neuron h2
    d_h2_d_w3 = x[0] * deriv_sigmoid(sum_h2)
    d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)
    d_h2_d_b2 = deriv_sigmoid(sum_h2)

    # --- Update weights and biases (new values; the caller's are left alone)
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
    return {
        "sum_h1": sum_h1, "h1": h1, "sum_h2": sum_h2, "h2": h2, "sum_o1": sum_o1, "o1": o1,
        "y_pred": y_pred, "d_L_d_ypred": d_L_d_ypred,
        "d_ypred_d_w5": d_ypred_d_w5, "d_ypred_d_w6": d_ypred_d_w6,
        "d_ypred_d_b3": d_ypred_d_b3, "d_ypred_d_h1": d_ypred_d_h1,
        "d_ypred_d_h2": d_ypred_d_h2, "d_h1_d_w1": d_h1_d_w1, "d_h1_d_w2": d_h1_d_w2,
        "d_h1_d_b1": d_h1_d_b1, "d_h2_d_w3": d_h2_d_w3, "d_h2_d_w4": d_h2_d_w4,
        "d_h2_d_b2": d_h2_d_b2,
        "w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
        "b1": b1, "b2": b2, "b3": b3,
    }


def step(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate):
    """Return one epoch: every sample's SGD update in data order.

    The intermediates (declared in ../bundled.toml) are those of the epoch's LAST sample; "loss" is
    mse_loss(all_y_trues, y_preds) on the whole data set after the epoch's updates (the
    article's "loss at the end of each epoch"); w1..b3 are the parameters after the epoch.

    The loop over the samples is the article's, its body update()'s statement for
    statement: inline, because a call and a dict per sample cost a sixth of the epoch.
    """
    for x, y_true in zip(data, all_y_trues):
        # --- Do a feedforward (we'll need these values later)
        sum_h1 = w1 * x[0] + w2 * x[1] + b1
        h1 = sigmoid(sum_h1)
        sum_h2 = w3 * x[0] + w4 * x[1] + b2
        h2 = sigmoid(sum_h2)
        sum_o1 = w5 * h1 + w6 * h2 + b3
        o1 = sigmoid(sum_o1)
        y_pred = o1

        # --- Calculate partial derivatives (d_L_d_w1 is "partial L / partial w1")
        d_L_d_ypred = -2 * (y_true - y_pred)
        # Neuron o1
        d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
        d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
        d_ypred_d_b3 = deriv_sigmoid(sum_o1)
        d_ypred_d_h1 = w5 * deriv_sigmoid(sum_o1)  # the w5 of before this sample's update
        d_ypred_d_h2 = w6 * deriv_sigmoid(sum_o1)
        # Neuron h1
        d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)
        d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)
        d_h1_d_b1 = deriv_sigmoid(sum_h1)
        # Neuron h2
        d_h2_d_w3 = x[0] * deriv_sigmoid(sum_h2)
        d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)
        d_h2_d_b2 = deriv_sigmoid(sum_h2)

        # --- Update weights and biases (new values; the caller's are left alone)
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
    y_preds = predict(data, w1, w2, w3, w4, w5, w6, b1, b2, b3)
    loss = mse_loss(all_y_trues, y_preds)
    return {
        "sum_h1": sum_h1, "h1": h1, "sum_h2": sum_h2, "h2": h2, "sum_o1": sum_o1, "o1": o1,
        "y_pred": y_pred, "d_L_d_ypred": d_L_d_ypred,
        "d_ypred_d_w5": d_ypred_d_w5, "d_ypred_d_w6": d_ypred_d_w6,
        "d_ypred_d_b3": d_ypred_d_b3, "d_ypred_d_h1": d_ypred_d_h1,
        "d_ypred_d_h2": d_ypred_d_h2, "d_h1_d_w1": d_h1_d_w1, "d_h1_d_w2": d_h1_d_w2,
        "d_h1_d_b1": d_h1_d_b1, "d_h2_d_w3": d_h2_d_w3, "d_h2_d_w4": d_h2_d_w4,
        "d_h2_d_b2": d_h2_d_b2,
        "loss": loss,
        "w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
        "b1": b1, "b2": b2, "b3": b3,
    }


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    """Return w1..b3 after `epochs` epochs of per-sample SGD, and each epoch's loss.

    loss[epoch] is mse_loss on the whole data set after that epoch's updates, recorded for
    every epoch; the article prints it only when epoch % 10 == 0 (loss[0], loss[10], ...).
    """
    p = {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
         "b1": b1, "b2": b2, "b3": b3}
    loss = np.empty(epochs)
    for epoch in range(epochs):
        s = step(data, all_y_trues, **p, learn_rate=learn_rate)
        p, loss[epoch] = {k: s[k] for k in p}, s["loss"]
    return {**p, "loss": loss}


def predict(data, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    """Return y_preds (n) for data (n x 2): feedforward applied to every row."""
    return np.apply_along_axis(feedforward, 1, data, w1, w2, w3, w4, w5, w6, b1, b2, b3)
