"""udacity_linear against the article's equations, computed by hand (seeds/003).

The article prints no numbers, so its formulas are the oracle: one pass on a tiny example,
worked out below with pencil and paper from the article's equations, not by running the code.
The weights make every hidden input 0, so sigmoid gives exactly 1/2 and every value of the
pass is a short binary fraction: both languages must reproduce it exactly.

The example (fixtures hand-1 and hand-2): 2 features, 2 hidden units, 1 output, lr = 0.5,
    weights_input_to_hidden  w = [[2, -2],     (f x h: row i is input i, column j unit j)
                                  [-1, 1]]
    weights_hidden_to_output W = [[1], [-0.5]] (h x o)
Record 1: X = (1, 2), y = 1.25.
  Forward ("h_hat = sigma(W_i-h . X)", "y_hat = W_h-o . h_hat", no output activation):
    hidden_inputs  = (1*2 + 2*(-1), 1*(-2) + 2*1) = (0, 0)
    hidden_outputs = sigma(0) = 1 / (1 + e^0) = (1/2, 1/2)
    final_outputs  = 1/2 * 1 + 1/2 * (-1/2) = 1/4
  Backpropagation ("E_out = y - y_hat", "E_hidden = W_hidden-out . E_out"):
    error = 1.25 - 0.25 = 1;  hidden_error = (1 * 1, -0.5 * 1) = (1, -1/2)
    output_error_term = error * 1 = 1               (f'(z) = 1: the output is linear)
    hidden_error_term = hidden_error * h (1 - h) = (1/4, -1/8)
    Delta W_h-o += output_error_term * h_j  = [[1/2], [1/2]]
    Delta w_i-h += hidden_error_term_j * x_i = [[1/4, -1/8], [1/2, -1/4]]
hand-1 (record 1 alone, m = 1), "W_j = W_j + eta Delta W_j / m":
    W = [[1 + 0.5 * 1/2], [-1/2 + 0.5 * 1/2]] = [[1.25], [-0.25]]
    w = [[2 + 1/8, -2 - 1/16], [-1 + 1/4, 1 - 1/8]] = [[2.125, -2.0625], [-0.75, 0.875]]
    loss (MSE of run() before the update) = (1.25 - 0.25)^2 = 1
Record 2: X = (0, 0), y = 0.75 (same weights: the update waits for the end of the pass).
    hidden_outputs = (1/2, 1/2), final_outputs = 1/4, error = 1/2
    hidden_error = (1/2, -1/4), hidden_error_term = (1/8, -1/16)
    Delta W_h-o += (1/4, 1/4): now [[3/4], [3/4]];  Delta w_i-h += 0 (X = 0)
hand-2 (records 1 and 2, m = 2):
    W = [[1 + 0.5 * 3/4 / 2], [-1/2 + 0.5 * 3/4 / 2]] = [[1.1875], [-0.3125]]
    w = [[2 + 0.5 * 1/4 / 2, -2 - 0.5 * 1/8 / 2], [-1 + 0.5 * 1/2 / 2, 1 - 0.5 * 1/4 / 2]]
      = [[2.0625, -2.03125], [-0.875, 0.9375]]
    loss = (1^2 + (1/2)^2) / 2 = 0.625
"""

import numpy as np
import pytest

from nnparity import fixtures, paths
from nnparity.networks import udacity_linear
from nnparity.networks.udacity_linear import NeuralNetwork
from nnparity.declaration import NETWORKS

HAND = {name: fixtures.load(paths.FIXTURES / "udacity_linear" / f"{name}.json")
        for name in ("hand-1", "hand-2")}

# The hand computation above, per fixture.
BY_HAND = {
    "hand-1": {
        "hidden_outputs": [[0.5, 0.5]],
        "final_outputs": [[0.25]],
        "delta_weights_i_h": [[0.25, -0.125], [0.5, -0.25]],
        "delta_weights_h_o": [[0.5], [0.5]],
        "loss": 1.0,
        "weights_input_to_hidden": [[2.125, -2.0625], [-0.75, 0.875]],
        "weights_hidden_to_output": [[1.25], [-0.25]],
    },
    "hand-2": {
        "hidden_outputs": [[0.5, 0.5], [0.5, 0.5]],
        "final_outputs": [[0.25], [0.25]],
        "delta_weights_i_h": [[0.25, -0.125], [0.5, -0.25]],
        "delta_weights_h_o": [[0.75], [0.75]],
        "loss": 0.625,
        "weights_input_to_hidden": [[2.0625, -2.03125], [-0.875, 0.9375]],
        "weights_hidden_to_output": [[1.1875], [-0.3125]],
    },
}


def step_args(name):
    f = HAND[name]
    return {**f.data, **f.init, "learning_rate": f.hyper["learning_rate"]}


@pytest.mark.parametrize("name", BY_HAND)
def test_python_pass_matches_the_hand_computation_exactly(name):
    s = udacity_linear.step(**step_args(name))
    for quantity, expected in BY_HAND[name].items():
        np.testing.assert_array_equal(s[quantity], np.array(expected), err_msg=quantity,
                                      strict=True)


@pytest.mark.parametrize("name", BY_HAND)
def test_r_pass_matches_the_hand_computation_exactly(name, r_session):
    s = dict(r_session.call(NETWORKS["udacity_linear"], "step", step_args(name)).items())
    for quantity, expected in BY_HAND[name].items():
        value = np.asarray(s[quantity])
        if np.ndim(expected) == 0:  # R has no scalars: the loss is a length-1 vector
            assert value.shape == (1,), quantity
            value = value.reshape(())
        np.testing.assert_array_equal(value, np.array(expected), err_msg=quantity, strict=True)


def test_the_articles_methods_one_record_by_hand():
    """Record 1 through the article's methods, one at a time."""
    f = HAND["hand-1"]
    network = NeuralNetwork(2, 2, 1, 0.5, **f.init)
    X, y = f.data["features"][0], f.data["targets"][0]
    final_outputs, hidden_outputs = network.forward_pass_train(X)
    np.testing.assert_array_equal(hidden_outputs, [0.5, 0.5])
    np.testing.assert_array_equal(final_outputs, [0.25])
    delta_weights_i_h, delta_weights_h_o = network.backpropagation(
        final_outputs, hidden_outputs, X, y, np.zeros((2, 2)), np.zeros((2, 1)))
    np.testing.assert_array_equal(delta_weights_i_h, [[0.25, -0.125], [0.5, -0.25]])
    np.testing.assert_array_equal(delta_weights_h_o, [[0.5], [0.5]])
    network.update_weights(delta_weights_i_h, delta_weights_h_o, 1)
    np.testing.assert_array_equal(network.weights_input_to_hidden,
                                  [[2.125, -2.0625], [-0.75, 0.875]])
    np.testing.assert_array_equal(network.weights_hidden_to_output, [[1.25], [-0.25]])
    # run() after the update: the output is linear, so predict() is exactly the dot product.
    h = 1 / (1 + np.exp(-(np.array([1.0, 2.0]) @ network.weights_input_to_hidden)))
    np.testing.assert_array_equal(network.run(f.data["features"]),
                                  [[h[0] * 1.25 + h[1] * -0.25]])


def test_the_output_is_linear_not_squashed():
    """With no output activation, outputs leave (0, 1): here 4 * (1/2) - 6 * (1/2) = -1."""
    out = udacity_linear.predict(np.array([[0.0, 0.0]]), np.ones((2, 2)), np.array([[4.0], [-6.0]]))
    np.testing.assert_array_equal(out, [[-1.0]])


def test_train_and_step_leave_their_inputs_alone():
    f = HAND["hand-2"]
    before = {k: v.copy() for k, v in f.args().items() if isinstance(v, np.ndarray)}
    udacity_linear.train(**f.args())
    udacity_linear.step(**step_args("hand-2"))
    for k, v in before.items():
        np.testing.assert_array_equal(f.args()[k], v, err_msg=k)


def test_epochs_0_returns_copies_of_the_initial_weights():
    f = HAND["hand-1"]
    out = udacity_linear.train(**{**f.args(), "epochs": 0})
    for k in NETWORKS["udacity_linear"].PARAMS:
        np.testing.assert_array_equal(out[k], f.init[k])
        assert out[k] is not f.init[k]
    assert out["loss"].shape == (0,)
