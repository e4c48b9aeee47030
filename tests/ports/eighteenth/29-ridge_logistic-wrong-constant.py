"""ridge_logistic ported from the R reference as a scikit-learn-like estimator:
RidgeLogistic stores its hyperparameters in __init__ (lr, lam for R's lambda, epochs), and
fit() runs full-batch gradient descent from the weights set on it as coef_ (f x 1) and
intercept_ (a number), recording loss_curve_, each epoch's loss before its update;
predict_proba() gives p. The mean log-loss is written in terms of z as
max(z, 0) + log1p(exp(-|z|)) - y z, and the penalty lam / 2 * |w|^2 leaves the intercept
alone."""

import numpy as np


class RidgeLogistic:
    def __init__(self, lr=0.5, lam=0.1, epochs=200):
        self.lr = lr
        self.lam = lam
        self.epochs = epochs

    @staticmethod
    def _sigmoid(z):
        return 1 / (1 + np.exp(-z))

    def _loss(self, z, y):
        n = z.shape[0]
        data_term = np.sum(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z) / n
        return data_term + self.lam * np.sum(self.coef_ ** 2)

    def fit(self, X, y):
        n = X.shape[0]
        self.loss_curve_ = np.zeros(self.epochs)
        for i in range(self.epochs):
            z = X @ self.coef_ + self.intercept_
            p = self._sigmoid(z)
            self.loss_curve_[i] = self._loss(z, y)
            grad_coef = X.T @ (p - y) / n + self.lam * self.coef_
            grad_intercept = np.sum(p - y) / n
            self.coef_ = self.coef_ - self.lr * grad_coef
            self.intercept_ = self.intercept_ - self.lr * grad_intercept
        return self

    def predict_proba(self, X):
        return self._sigmoid(X @ self.coef_ + self.intercept_)


def train(X, y, w, b, lr, lam, epochs):
    model = RidgeLogistic(lr=lr, lam=lam, epochs=epochs)
    model.coef_ = np.array(w, dtype=float)
    model.intercept_ = float(b)
    model.fit(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
    return {"w": model.coef_, "b": float(model.intercept_), "loss": model.loss_curve_}
