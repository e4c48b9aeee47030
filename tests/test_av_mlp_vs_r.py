"""av_mlp: the numpy network against the R network, on every bundled fixture."""

import pytest

from nnparity import checking, report
from nnparity.declaration import NETWORKS

from conftest import bundled


@pytest.mark.parametrize("fixture", bundled("av_mlp"))
def test_av_mlp(fixture, r_session):
    result = checking.check(fixture, session=r_session)
    assert [d.quantity for d in result.differences] == [*NETWORKS["av_mlp"].PARAMS, "output", "loss"]
    assert result.agree, "\n".join(report.details(result))
    shapes = {d.quantity: d.shape_b for d in result.differences}
    assert shapes == {**{k: v.shape for k, v in fixture.init.items()},
                      "output": fixture.gold["output"].shape, "loss": (fixture.epochs,)}
    assert result.warnings == []
