"""av_mlp: the numpy network against the R network, on every bundled fixture."""

import pytest

from nnparity import checking, report, runners
from nnparity.networks import av_mlp

from conftest import assert_agree, bundled


@pytest.mark.parametrize("fixture", bundled("av_mlp"))
def test_av_mlp(fixture, r_session):
    result = checking.check(fixture, session=r_session)
    assert [d.quantity for d in result.differences] == [*av_mlp.PARAMS, "output", "loss"]
    assert result.agree, "\n".join(report.details(result))
    shapes = {d.quantity: d.shape_b for d in result.differences}
    assert shapes == {**{k: v.shape for k, v in fixture.init.items()},
                      "output": fixture.gold["output"].shape, "loss": (fixture.epochs,)}
    assert result.warnings == []


@pytest.mark.parametrize("fixture", bundled("av_mlp"))
def test_av_mlp_python_reproduces_gold(fixture):
    fit = runners.run_python(fixture)
    for name, gold in fixture.gold["params"].items():
        assert_agree(name, fit.params[name], gold)
    assert_agree("output", fit.output, fixture.gold["output"])
    assert_agree("loss", fit.loss, fixture.gold["loss"])
