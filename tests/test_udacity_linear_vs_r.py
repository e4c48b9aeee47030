"""udacity_linear: the numpy network against the R network, on every bundled fixture."""

import numpy as np
import pytest

from nnparity import checking, report
from nnparity.networks import udacity_linear
from nnparity.declaration import NETWORKS

from conftest import assert_agree, bundled


@pytest.mark.parametrize("fixture", bundled("udacity_linear"))
def test_udacity_linear(fixture, r_session):
    result = checking.check(fixture, session=r_session)
    assert [d.quantity for d in result.differences] == [*NETWORKS["udacity_linear"].PARAMS, "output", "loss"]
    assert result.agree, "\n".join(report.details(result))
    shapes = {d.quantity: d.shape_b for d in result.differences}
    assert shapes == {**{k: v.shape for k, v in fixture.init.items()},
                      "output": fixture.gold["output"].shape, "loss": (fixture.epochs,)}
    assert result.warnings == []


@pytest.mark.parametrize("fixture", bundled("udacity_linear"))
def test_udacity_linear_step_intermediates_agree(fixture, r_session):
    args = {**fixture.data, **fixture.init, "learning_rate": fixture.hyper["learning_rate"]}
    py_step = udacity_linear.step(**args)
    r_step = dict(r_session.call(NETWORKS["udacity_linear"], "step", args).items())
    assert list(r_step) == list(py_step)
    assert list(py_step)[:4] == list(NETWORKS["udacity_linear"].INTERMEDIATES)
    for name, value in py_step.items():
        r_value = np.asarray(r_step[name])
        if np.ndim(value) == 0:  # R has no scalars: the loss comes back as a length-1 vector
            r_value = r_value.reshape(())
        assert_agree(name, np.asarray(value), r_value)
