"""The parity check can fail: deliberately wrong ports must be flagged."""

import pytest

from nnparity import checking, paths, runners

from conftest import BUNDLED, bundled

PITFALLS = paths.PITFALLS


def article_5000():
    return next(f for f in BUNDLED if f.id == "av_mlp[article-5000]")


def test_the_articles_r_code_is_flagged_at_its_biases(r_session):
    train = r_session.load_port(PITFALLS / "rowsums-bias" / "port.R")
    result = checking.check(article_5000(), r_train=train, session=r_session)
    assert result.verdict == "diverge"
    diverging = {d.quantity for d in result.diverging()}
    assert {"bh", "bout"} <= diverging
    assert any("bh is stored per row" in f and "rows differ" in f for f in result.findings)


@pytest.mark.parametrize("fixture", [f for f in BUNDLED if f.network == "av_mlp" and f.epochs > 0],
                         ids=lambda f: f.name)
def test_the_articles_r_code_is_flagged_on_every_trained_fixture(fixture, r_session):
    train = r_session.load_port(PITFALLS / "rowsums-bias" / "port.R")
    assert not checking.check(fixture, r_train=train, session=r_session).agree


@pytest.mark.parametrize("fixture", bundled("av_mlp"))
def test_a_single_precision_r_port_is_flagged(fixture, r_session):
    train = r_session.load_port(PITFALLS / "single-precision-r" / "port.R")
    result = checking.check(fixture, r_train=train, session=r_session)
    assert result.verdict == "diverge"
    assert 1e-9 < min(d.worst_rel for d in result.diverging())


@pytest.mark.parametrize("fixture", bundled("av_mlp"))
def test_a_single_precision_python_port_is_flagged(fixture, r_session):
    train = runners.load_python_port(PITFALLS / "single-precision-python" / "port.py")
    assert checking.check(fixture, py_train=train, session=r_session).verdict == "diverge"
