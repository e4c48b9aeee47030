"""av_mlp as a scikit-learn-like estimator: AvMLPRegressor's __init__ only stores its
hyperparameters, fit() trains from the weights set on the object (coefs_ and intercepts_,
one entry per layer, as scikit-learn's MLPRegressor keeps them) and records loss_curve_,
the forward and the backward pass each a loop over the layers. The deltas are taken from
output - y, and the parameters step against the gradients. train() builds the estimator,
sets the given weights on it, fits it and returns the contract's dict."""

import numpy as np


def logistic(z):
    return 1.0 / (1.0 + np.exp(-z))


class AvMLPRegressor:
    def __init__(self, learning_rate_init=0.001, max_iter=200, alpha=0.0):
        self.learning_rate_init = learning_rate_init
        self.max_iter = max_iter
        self.alpha = alpha

    def _forward_pass(self, activations):
        for i in range(self.n_layers_ - 1):
            z = activations[i] @ self.coefs_[i] + self.intercepts_[i]
            activations[i + 1] = logistic(z)
        return activations

    def _backprop(self, y, activations, deltas, coef_grads, intercept_grads):
        last = self.n_layers_ - 2
        out = activations[-1]
        deltas[last] = (out - y) * out * (1.0 - out)
        for i in range(last, -1, -1):
            coef_grads[i] = activations[i].T @ deltas[i] + self.alpha * self.coefs_[i]
            intercept_grads[i] = deltas[i].sum(axis=0)
            if i > 0:
                a = activations[i]
                deltas[i - 1] = (deltas[i] @ self.coefs_[i].T) * a * (1.0 - a)
        return coef_grads, intercept_grads

    def fit(self, X, y):
        X = np.asarray(X, dtype=float)
        y = np.asarray(y, dtype=float).reshape(-1, 1)
        self.n_layers_ = len(self.coefs_) + 1
        self.loss_curve_ = []
        activations = [X] + [None] * (self.n_layers_ - 1)
        deltas = [None] * (self.n_layers_ - 1)
        coef_grads = [None] * (self.n_layers_ - 1)
        intercept_grads = [None] * (self.n_layers_ - 1)
        for _ in range(self.max_iter):
            activations = self._forward_pass(activations)
            loss = np.mean((activations[-1] - y) ** 2) / 2
            self.loss_curve_.append(float(loss))
            self._backprop(y, activations, deltas, coef_grads, intercept_grads)
            for i in range(self.n_layers_ - 1):
                self.coefs_[i] -= self.learning_rate_init * coef_grads[i]
                self.intercepts_[i] -= self.learning_rate_init * intercept_grads[i]
        return self

    def predict(self, X):
        activations = [np.asarray(X, dtype=float)] + [None] * (self.n_layers_ - 1)
        return self._forward_pass(activations)[-1]


def train(X, y, wh, bh, wout, bout, lr, epochs):
    est = AvMLPRegressor(learning_rate_init=lr, max_iter=int(epochs), alpha=lr)
    est.coefs_ = [np.array(wh, dtype=float), np.array(wout, dtype=float)]
    est.intercepts_ = [np.array(bh, dtype=float), np.array(bout, dtype=float)]
    est.fit(X, y)
    return {"wh": est.coefs_[0], "bh": est.intercepts_[0], "wout": est.coefs_[1],
            "bout": est.intercepts_[1], "loss": np.array(est.loss_curve_, dtype=float)}


def predict(X, wh, bh, wout, bout):
    est = AvMLPRegressor()
    est.coefs_ = [np.array(wh, dtype=float), np.array(wout, dtype=float)]
    est.intercepts_ = [np.array(bh, dtype=float), np.array(bout, dtype=float)]
    est.n_layers_ = 3
    return est.predict(X)
