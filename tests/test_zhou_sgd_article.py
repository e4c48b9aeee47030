"""The beginners' article's printed numbers, reproduced through zhou_sgd in Python and in R.

Every expected value below is printed in the article (seeds/002), quoted beside it. Where the
article's printed numbers come from already-rounded numbers and so contradict the exact
computation, the test says so and checks both facts.
"""

import contextlib
import io

import numpy as np
import pytest

from nnparity import compare, fixtures, paths
from nnparity.networks import zhou_sgd
from nnparity.declaration import NETWORKS

from conftest import assert_agree

FIXTURES = paths.FIXTURES / "zhou_sgd"
ALL_W_0_1 = dict(w1=0.0, w2=1.0, w3=0.0, w4=1.0, w5=0.0, w6=1.0, b1=0.0, b2=0.0, b3=0.0)
ALL_1_BIASES_0 = dict(w1=1.0, w2=1.0, w3=1.0, w4=1.0, w5=1.0, w6=1.0, b1=0.0, b2=0.0, b3=0.0)
ALICE = {"data": np.array([[-2.0, -1.0]]), "all_y_trues": np.array([1.0])}


@pytest.fixture(params=["python", "r"])
def net(request):
    """Call zhou_sgd's step/train/predict/mse_loss in one language. R has no scalars: its
    parameters and intermediates (vectors of one) come back as 0-d arrays, as numpy's are."""
    if request.param == "python":
        return lambda name, **args: getattr(zhou_sgd, name)(**args)
    r = request.getfixturevalue("r_session")

    def call(name, **args):
        out = r.call(NETWORKS["zhou_sgd"], f"zhou_sgd_{name}", args)
        if hasattr(out, "keys"):
            scalars = (*NETWORKS["zhou_sgd"].PARAMS, *NETWORKS["zhou_sgd"].INTERMEDIATES)
            return {k: np.asarray(out[k]).reshape(()) if k in scalars else np.asarray(out[k])
                    for k in out.keys()}
        return np.asarray(out)
    return call


def test_a_single_neuron(net):
    # "print(n.feedforward(x)) # 0.9990889488055994": weights [0, 1], bias 4, x = [2, 3].
    # Neuron h1 of our network is that neuron when w1 = 0, w2 = 1, b1 = 4.
    s = net("step", data=np.array([[2.0, 3.0]]), all_y_trues=np.array([1.0]),
            **{**ALL_W_0_1, "b1": 4.0}, learn_rate=0.1)
    assert s["sum_h1"] == 7          # "= 0 * 2 + 1 * 3 + 4 = 7"
    assert float(s["h1"]) == pytest.approx(0.9990889488055994, rel=4e-16, abs=0)


def test_the_network_with_all_weights_0_1(net):
    # "print(network.feedforward(x)) # 0.7216325609518421": every neuron w = [0, 1], b = 0.
    y_preds = net("predict", data=np.array([[2.0, 3.0]]), **ALL_W_0_1)
    assert y_preds.shape == (1,)
    assert float(y_preds[0]) == pytest.approx(0.7216325609518421, rel=4e-16, abs=0)


def test_the_mse_loss_example(net):
    # "print(mse_loss(y_true, y_pred)) # 0.5" for y_true [1, 0, 0, 1], y_pred [0, 0, 0, 0].
    loss = net("mse_loss", y_true=np.array([1.0, 0.0, 0.0, 1.0]), y_pred=np.zeros(4))
    assert np.asarray(loss).item() == 0.5


def alice_step(net):
    return net("step", **ALICE, **ALL_1_BIASES_0, learn_rate=0.1)


def within(value, printed, decimals):
    """Return whether `value` rounds to `printed` at `decimals` places."""
    return abs(float(value) - printed) <= 0.5 * 10.0**-decimals + 1e-12


def test_the_backprop_example_for_alice(net):
    # "Let's initialize all the weights to 1 and all the biases to 0", Alice alone.
    s = alice_step(net)
    assert s["sum_h1"] == -3                            # "f(-2 + -1 + 0)", "f(-3)"
    assert within(s["h1"], 0.0474, 4)                   # "h1 = ... = 0.0474"
    assert within(s["h2"], 0.0474, 4)                   # "h2 = ... = 0.0474"
    assert within(s["o1"], 0.524, 3)                    # "= 0.524"
    assert within(s["d_ypred_d_h1"], 0.249, 3)          # "= 0.249"
    assert within(s["d_h1_d_w1"], -0.0904, 4)           # "= -0.0904"
    d_L_d_w1 = s["d_L_d_ypred"] * s["d_ypred_d_h1"] * s["d_h1_d_w1"]
    assert abs(float(d_L_d_w1) - 0.0214) < 1e-4         # "= 0.0214" (see the next test)
    # The update the example leads to: w1 <- w1 - learn_rate * dL/dw1.
    assert float(s["w1"]) == pytest.approx(1 - 0.1 * float(d_L_d_w1), rel=1e-15)


def test_the_backprop_example_rounds_before_it_multiplies(net):
    # The article carries rounded numbers forward, so three of its printed results are not the
    # exact values rounded:
    s = alice_step(net)
    # "f(0.0474 + 0.0474 + 0)" and "f(0.0948)": 2 x 0.0474, but 2 h1 = 0.09485 -> 0.0949.
    assert 2 * 0.0474 == pytest.approx(0.0948) and round(float(s["sum_o1"]), 4) == 0.0949
    # "-2(1 - 0.524) = -0.952": from the rounded o1; the exact -0.95261 rounds to -0.953.
    assert -2 * (1 - 0.524) == pytest.approx(-0.952) and round(float(s["d_L_d_ypred"]), 3) == -0.953
    # "-0.952 * 0.249 * -0.0904 = 0.0214": the product of the rounded factors (0.021429);
    # the exact dL/dw1 is 0.021470, which rounds to 0.0215.
    assert round(-0.952 * 0.249 * -0.0904, 4) == 0.0214
    d_L_d_w1 = float(s["d_L_d_ypred"] * s["d_ypred_d_h1"] * s["d_h1_d_w1"])
    assert round(d_L_d_w1, 4) == 0.0215


def test_the_alice_walkthrough_fixture_is_the_articles_example():
    f = fixtures.load(FIXTURES / "alice-walkthrough-1.json")
    assert f.init == ALL_1_BIASES_0 and f.hyper == {"learn_rate": 0.1, "epochs": 1}
    assert np.array_equal(f.data["data"], ALICE["data"])
    # Alice's prediction after one update has moved towards her label, 1.
    assert f.gold["output"][0] > 0.524


# ---- The article's training run: its code, verbatim, against ours --------------------------

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


class OurNeuralNetwork:
    """The article's class, verbatim but for __init__, which takes the weights (the article
    draws them from the unseeded global np.random.normal())."""

    def __init__(self, w1, w2, w3, w4, w5, w6, b1, b2, b3):
        self.w1, self.w2, self.w3, self.w4, self.w5, self.w6 = w1, w2, w3, w4, w5, w6
        self.b1, self.b2, self.b3 = b1, b2, b3

    def feedforward(self, x):
        # x is a numpy array with 2 elements.
        h1 = sigmoid(self.w1 * x[0] + self.w2 * x[1] + self.b1)
        h2 = sigmoid(self.w3 * x[0] + self.w4 * x[1] + self.b2)
        o1 = sigmoid(self.w5 * h1 + self.w6 * h2 + self.b3)
        return o1

    def train(self, data, all_y_trues):
        learn_rate = 0.1
        epochs = 1000 # number of times to loop through the entire dataset

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
                # --- Naming: d_L_d_w1 represents "partial L / partial w1"
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

                # --- Update weights and biases
                # Neuron h1
                self.w1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
                self.w2 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
                self.b1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_b1

                # Neuron h2
                self.w3 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
                self.w4 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
                self.b2 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_b2

                # Neuron o1
                self.w5 -= learn_rate * d_L_d_ypred * d_ypred_d_w5
                self.w6 -= learn_rate * d_L_d_ypred * d_ypred_d_w6
                self.b3 -= learn_rate * d_L_d_ypred * d_ypred_d_b3

            # --- Calculate total loss at the end of each epoch
            if epoch % 10 == 0:
                y_preds = np.apply_along_axis(self.feedforward, 1, data)
                loss = mse_loss(all_y_trues, y_preds)
                print("Epoch %d loss: %.3f" % (epoch, loss))


def article_1000():
    return fixtures.load(FIXTURES / "article-1000.json")


def test_the_articles_own_code_gives_the_article_1000_fixture():
    f = article_1000()
    network = OurNeuralNetwork(**{k: float(v) for k, v in f.init.items()})
    # The article's data set, as it defines it: integer arrays.
    data = np.array([[-2, -1], [25, 6], [17, 4], [-15, -6]])
    all_y_trues = np.array([1, 0, 0, 1])
    assert np.array_equal(data, f.data["data"])
    assert np.array_equal(all_y_trues, f.data["all_y_trues"])
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        network.train(data, all_y_trues)
    for name, gold in f.gold["params"].items():
        assert_agree(name, getattr(network, name), gold)
    # The article prints the loss at every 10th epoch; we record every epoch: loss[0], loss[10],
    # ... are its printed lines.
    assert printed.getvalue().splitlines() == [
        "Epoch %d loss: %.3f" % (epoch, f.gold["loss"][epoch]) for epoch in range(0, 1000, 10)]


def test_the_trained_network_predicts_emily_and_frank_as_the_article_does(net):
    # "print("Emily: %.3f" % network.feedforward(emily)) # 0.951 - F" and
    # "print("Frank: %.3f" % network.feedforward(frank)) # 0.039 - M". The article's weights are
    # unseeded, so its exact numbers cannot be reproduced; the seeded run (article-1000) must
    # call Emily female (> 0.5) and Frank male (< 0.5), as the article's run does.
    f = article_1000()
    fit = net("train", **f.args())
    params = {k: fit[k] for k in NETWORKS["zhou_sgd"].PARAMS}
    emily, frank = net("predict", data=np.array([[-7.0, -3.0], [20.0, 2.0]]), **params)
    assert emily > 0.5 > frank


def test_per_sample_sgd_depends_on_the_order_of_the_samples():
    # Same four people, same initial weights, reverse order: a different trained network,
    # every parameter far outside the comparison rule's tolerance (rtol 1e-10).
    f, r = article_1000(), fixtures.load(FIXTURES / "article-order-reversed.json")
    assert f.init == r.init and np.array_equal(f.data["data"][::-1], r.data["data"])
    for name in NETWORKS["zhou_sgd"].PARAMS:
        d = compare.compare(name, f.gold["params"][name], r.gold["params"][name])
        assert d.worst_rel > 1e-5, name
