"""deep_softmax ported with np.einsum() for every product, its subscripts naming the sizes
(n samples, f features, h and g hidden units, k classes): two tanh hidden layers, a stable
softmax output, the mean cross-entropy, full-batch descent. The output delta is P - Y and
each gradient is divided by n where it is taken."""

import numpy as np


def softmax(Z):
    E = np.exp(Z - Z.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def train(X, Y, W1, b1, W2, b2, W3, b3, lr, epochs):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    W1, b1, W2, b2, W3, b3 = (np.array(a, dtype=float) for a in (W1, b1, W2, b2, W3, b3))
    n = X.shape[0]
    loss = np.zeros(epochs)
    for i in range(epochs):
        A1 = np.tanh(np.einsum("nf,fh->nh", X, W1) + b1)
        A2 = np.tanh(np.einsum("nh,hg->ng", A1, W2) + b2)
        P = softmax(np.einsum("ng,gk->nk", A2, W3) + b3)
        loss[i] = -np.einsum("nk,nk->", Y, np.log(P)) / n
        dZ3 = P - Y
        dZ2 = np.einsum("nk,gk->ng", dZ3, W3) * (1 - A2 ** 2)
        dZ1 = np.einsum("ng,hg->nh", dZ2, W2) * (1 - A1 ** 2)
        dW3 = np.einsum("ng,nk->gk", A2, dZ3) / n
        db3 = np.einsum("nk->k", dZ3)[None, :] / n
        dW2 = np.einsum("nh,ng->hg", A1, dZ2) / n
        db2 = np.einsum("ng->g", dZ2)[None, :] / n
        dW1 = np.einsum("nf,nh->fh", X, dZ1) / n
        db1 = np.einsum("nh->h", dZ1)[None, :] / n
        W3 = W3 - lr * dW3
        b3 = b3 - lr * db3
        W2 = W2 - lr * dW2
        b2 = b2 - lr * db2
        W1 = W1 - lr * dW1
        b1 = b1 - lr * db1
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2, "W3": W3, "b3": b3, "loss": loss}
