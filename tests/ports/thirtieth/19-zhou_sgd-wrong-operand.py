"""zhou_sgd: the beginners' article's OurNeuralNetwork, its names and its statements for one
sample, by a porter who moves the nine parameters by name: __init__ sets them with
setattr() from the given values, each sample's partial derivatives of the loss are
gathered in a dict grads keyed by the parameters' names (the article's products, d_L_d_w1 =
d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1 and so on), and one loop moves them all,
setattr(self, name, getattr(self, name) - learn_rate * g). The loss is the article's
mse_loss over the data after each epoch."""

import numpy as np

NAMES = ("w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3")


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    fx = sigmoid(x)
    return fx * (1 - fx)


def mse_loss(y_true, y_pred):
    return ((y_true - y_pred) ** 2).mean()


class OurNeuralNetwork:
    def __init__(self, **params):
        for name in NAMES:
            setattr(self, name, float(params[name]))

    def feedforward(self, x):
        h1 = sigmoid(self.w1 * x[0] + self.w2 * x[1] + self.b1)
        h2 = sigmoid(self.w3 * x[0] + self.w4 * x[1] + self.b2)
        o1 = sigmoid(self.w5 * h1 + self.w6 * h2 + self.b3)
        return o1

    def train(self, data, all_y_trues, learn_rate, epochs):
        losses = np.zeros(epochs)
        for epoch in range(epochs):
            for x, y_true in zip(data, all_y_trues):
                # --- Do a feedforward (we'll need these values later)
                sum_h1 = self.w1 * x[0] + self.w2 * x[1] + self.b1
                h1 = sigmoid(sum_h1)
                sum_h2 = self.w3 * x[0] + self.w4 * x[1] + self.b2
                h2 = sigmoid(sum_h2)
                sum_o1 = self.w5 * h1 + self.w6 * h2 + self.b3
                o1 = sigmoid(sum_o1)
                y_pred = o1

                # --- Calculate partial derivatives.
                d_L_d_ypred = -2 * (y_true - y_pred)
                # Neuron o1
                d_ypred_d_w5 = h1 * deriv_sigmoid(sum_o1)
                d_ypred_d_w6 = h2 * deriv_sigmoid(sum_o1)
                d_ypred_d_b3 = deriv_sigmoid(sum_o1)
                d_ypred_d_h1 = self.w5 * deriv_sigmoid(sum_o1)
                d_ypred_d_h2 = self.w6 * deriv_sigmoid(sum_o1)
                # Neuron h1
                d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)
                d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)
                d_h1_d_b1 = deriv_sigmoid(sum_h1)
                # Neuron h2
                d_h2_d_w3 = x[0] * deriv_sigmoid(sum_h2)
                d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)
                d_h2_d_b2 = deriv_sigmoid(sum_h2)

                # --- The loss's partial derivatives, by parameter
                grads = {
                    "w1": d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1,
                    "w2": d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2,
                    "b1": d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1,
                    "w3": d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3,
                    "w4": d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3,
                    "b2": d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2,
                    "w5": d_L_d_ypred * d_ypred_d_w5,
                    "w6": d_L_d_ypred * d_ypred_d_w6,
                    "b3": d_L_d_ypred * d_ypred_d_b3,
                }
                # --- Update weights and biases
                for name, g in grads.items():
                    setattr(self, name, getattr(self, name) - learn_rate * g)

            # --- Calculate total loss at the end of each epoch
            y_preds = np.apply_along_axis(self.feedforward, 1, data)
            losses[epoch] = mse_loss(all_y_trues, y_preds)
        return losses


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    data = np.asarray(data, dtype=float)
    all_y_trues = np.asarray(all_y_trues, dtype=float)
    network = OurNeuralNetwork(w1=w1, w2=w2, w3=w3, w4=w4, w5=w5, w6=w6, b1=b1, b2=b2, b3=b3)
    loss = network.train(data, all_y_trues, learn_rate, epochs)
    return {**{name: getattr(network, name) for name in NAMES}, "loss": loss}


def predict(data, w1, w2, w3, w4, w5, w6, b1, b2, b3):
    network = OurNeuralNetwork(w1=w1, w2=w2, w3=w3, w4=w4, w5=w5, w6=w6, b1=b1, b2=b2, b3=b3)
    return np.apply_along_axis(network.feedforward, 1, np.asarray(data, dtype=float))
