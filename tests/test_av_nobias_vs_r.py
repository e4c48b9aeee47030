"""av_nobias: the numpy network against the R network, on every bundled fixture.

One fixture, moons-10000 (the article's two-moons run), amplifies rounding: the two
languages agree until the run escapes a long plateau and their free runs drift apart after,
while every single step still agrees. For it the test asserts the verdict "equivalent", that
the loss first differs no earlier than the epoch until which its gold is binding, and that
the free runs do part (should they ever agree, the test says so).
"""

import pytest

from nnparity import checking, report, runners
from nnparity.networks import av_nobias

from conftest import assert_agree, bundled


def _marked_epoch(fixture):
    """Return the epoch from which the run amplifies rounding, or None."""
    binding = fixture.gold["binding_until_epoch"]
    return None if binding > fixture.epochs else binding


@pytest.mark.parametrize("fixture", bundled("av_nobias"))
def test_av_nobias(fixture, r_session):
    result = checking.check(fixture, session=r_session)
    differences = {d.quantity: d for d in result.differences}
    assert list(differences) == [*av_nobias.PARAMS, "output", "loss"]
    shapes = {q: d.shape_b for q, d in differences.items()}
    assert shapes == {**{k: v.shape for k, v in fixture.init.items()},
                      "output": fixture.gold["output"].shape, "loss": (fixture.epochs,)}
    assert result.warnings == []
    marked = _marked_epoch(fixture)
    if marked is None:
        assert all(d.agree for d in result.differences), "\n".join(report.details(result))
        return
    first = checking.first_epoch(differences["loss"])
    assert first is not None, f"{fixture.id}: the free runs now agree; drop binding_until_epoch"
    assert first >= marked, "\n".join(report.details(result))
    assert result.verdict == "equivalent", "\n".join(report.details(result))
    assert result.lockstep.worst_rel < 1e-10


@pytest.mark.parametrize("fixture", bundled("av_nobias"))
def test_av_nobias_python_reproduces_gold(fixture):
    fit = runners.run_python(fixture)
    marked = _marked_epoch(fixture)
    if marked is not None:
        # Past the marked epoch the run amplifies last-bit differences, so gold (numpy on the
        # machine that wrote it) is only binding before it.
        assert_agree("loss", fit.loss[:marked - 1], fixture.gold["loss"][:marked - 1])
        return
    for name, gold in fixture.gold["params"].items():
        assert_agree(name, fit.params[name], gold)
    assert_agree("output", fit.output, fixture.gold["output"])
    assert_agree("loss", fit.loss, fixture.gold["loss"])
