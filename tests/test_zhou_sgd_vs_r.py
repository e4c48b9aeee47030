"""zhou_sgd: the numpy network against the R network, on every bundled fixture."""

import numpy as np
import pytest

from nnparity import checking, report
from nnparity.networks import zhou_sgd
from nnparity.declaration import NETWORKS

from conftest import assert_agree, bundled


@pytest.mark.parametrize("fixture", bundled("zhou_sgd"))
def test_zhou_sgd(fixture, r_session):
    result = checking.check(fixture, session=r_session)
    assert [d.quantity for d in result.differences] == [*NETWORKS["zhou_sgd"].PARAMS, "output", "loss"]
    assert result.agree, "\n".join(report.details(result))
    shapes = {d.quantity: d.shape_b for d in result.differences}
    n = fixture.data["all_y_trues"].shape
    assert shapes == {**dict.fromkeys(NETWORKS["zhou_sgd"].PARAMS, ()), "output": n,
                      "loss": (fixture.epochs,)}
    assert result.warnings == []


@pytest.mark.parametrize("fixture", bundled("zhou_sgd"))
def test_zhou_sgd_one_epoch_intermediates_agree(fixture, r_session):
    # step() is one epoch; its intermediates are the last sample's, in both languages.
    args = {**fixture.data, **fixture.init, "learn_rate": fixture.hyper["learn_rate"]}
    py_step = zhou_sgd.step(**args)
    r_step = r_session.call(NETWORKS["zhou_sgd"], "step", args)
    assert list(r_step.keys()) == list(py_step) == [*NETWORKS["zhou_sgd"].INTERMEDIATES, "loss",
                                                     *NETWORKS["zhou_sgd"].PARAMS]
    for name in py_step:
        # R has no scalars: each comes back as a vector of one, and must be exactly that.
        assert np.shape(r_step[name]) == (1,), name
        assert_agree(name, py_step[name], np.asarray(r_step[name]).reshape(()))


def test_zhou_sgd_step_returns_the_last_samples_intermediates():
    f = next(p.values[0] for p in bundled("zhou_sgd") if p.id == "article-epochs-1")
    args = {**f.data, **f.init, "learn_rate": f.hyper["learn_rate"]}
    s = zhou_sgd.step(**args)
    p = dict(f.init)
    for x, y_true in zip(f.data["data"], f.data["all_y_trues"]):
        u = zhou_sgd.update(x, y_true, **p, learn_rate=f.hyper["learn_rate"])
        p = {k: u[k] for k in NETWORKS["zhou_sgd"].PARAMS}
    assert all(s[k] == u[k] for k in (*NETWORKS["zhou_sgd"].INTERMEDIATES, *NETWORKS["zhou_sgd"].PARAMS))
    y_preds = zhou_sgd.predict(f.data["data"], **p)
    assert s["loss"] == zhou_sgd.mse_loss(f.data["all_y_trues"], y_preds)


def test_zhou_sgd_train_mutates_nothing():
    f = next(p.values[0] for p in bundled("zhou_sgd") if p.id == "article-epochs-1")
    before = {k: np.copy(v) for k, v in f.args().items()}
    state = np.random.get_state()[1].copy()
    zhou_sgd.train(**f.args())
    for k, v in before.items():
        assert np.array_equal(f.args()[k], v), k
    assert np.array_equal(np.random.get_state()[1], state)
