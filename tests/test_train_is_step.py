"""train() runs the article's loop inline for speed; step() is that loop's body with every
intermediate kept. They must stay the same computation: one epoch of train() gives exactly
step()'s parameters and loss, in each language, on every bundled fixture."""

import numpy as np
import pytest

from nnparity import trajectory
from nnparity.declaration import NETWORKS

from conftest import BUNDLED

ONE_EPOCH = [pytest.param(f, id=f.id) for f in BUNDLED]


def one_epoch(fixture):
    net = NETWORKS[fixture.network]
    hyper = {k: v for k, v in fixture.hyper.items() if k != net.EPOCHS}
    return net, {**fixture.data, **fixture.init, **hyper}


@pytest.mark.parametrize("fixture", ONE_EPOCH)
def test_one_epoch_of_train_is_step(fixture, r_session):
    net, args = one_epoch(fixture)
    for train, step in ((lambda **a: net.train(**a, **{net.EPOCHS: 1}), net.step),
                        (lambda **a: r_session.call(net, "train", {**a, net.EPOCHS: 1}),
                         lambda **a: r_session.call(net, "step", a))):
        trained, stepped = train(**args), step(**args)
        for name in [*net.PARAMS]:
            assert np.array_equal(np.asarray(trained[name]), np.asarray(stepped[name])), name
        assert np.asarray(trained["loss"]).ravel()[0] == np.asarray(stepped["loss"]).ravel()[0]


@pytest.mark.parametrize("fixture", ONE_EPOCH)
def test_chained_one_epoch_runs_are_train_of_all_epochs_in_python(fixture):
    """Lockstep's reference trajectory chains train(epochs = 1); a free run of a fixture that
    amplifies rounding is run that way to keep its states (checking._recording). Both stand
    for the bundled network's train(epochs = N): they must give its bits."""
    net = NETWORKS[fixture.network]
    whole = net.train(**fixture.args())
    chained = trajectory.record_python(fixture, record=[fixture.epochs])
    for name in net.PARAMS:
        assert np.array_equal(chained.params[name][0], whole[name]), name
    assert np.array_equal(chained.loss, np.asarray(whole["loss"], dtype=np.float64))
