"""udacity_linear with every product over the records written as np.einsum, the record
axis r: the hidden activations, the outputs, and the records' steps summed in one einsum
each, then applied once per pass as learning_rate * step / n_records."""

import numpy as np


def logistic(v):
    return 1.0 / (1.0 + np.exp(-v))


def train(features, targets, weights_input_to_hidden, weights_hidden_to_output,
          learning_rate, epochs):
    F = np.asarray(features, dtype=float)
    T = np.asarray(targets, dtype=float)
    A = np.array(weights_input_to_hidden, dtype=float)
    B = np.array(weights_hidden_to_output, dtype=float)
    n_records = F.shape[0]
    history = np.zeros(epochs)
    for ep in range(epochs):
        H = logistic(np.einsum("rf,fh->rh", F, A))
        out = np.einsum("rh,ho->ro", H, B)
        miss = (T - out).astype(np.float32)
        history[ep] = np.mean(miss ** 2)
        term = np.einsum("ho,ro->rh", B, miss) * H * (1.0 - H)
        step_A = np.einsum("rf,rh->fh", F, term)
        step_B = np.einsum("rh,ro->ho", H, miss)
        A = A + learning_rate * step_A / n_records
        B = B + learning_rate * step_B / n_records
    return {"weights_input_to_hidden": A, "weights_hidden_to_output": B, "loss": history}
