"""av_nobias: a port that adds lr * dE/dw where the notebook subtracts it must be flagged."""

import pytest

from nnparity import checking, paths

from conftest import BUNDLED

PORT = paths.PITFALLS / "av_nobias-gradient-ascent" / "port.R"
TRAINED = [pytest.param(f, id=f.name) for f in BUNDLED
           if f.network == "av_nobias" and f.epochs > 0]


@pytest.fixture(scope="module")
def ascent(r_session):
    return r_session.load_port(PORT)


@pytest.mark.parametrize("fixture", TRAINED)
def test_gradient_ascent_is_flagged_on_every_trained_fixture(fixture, ascent, r_session):
    result = checking.check(fixture, r_train=ascent, session=r_session)
    assert result.verdict == "diverge"
    differing = {d.quantity for d in result.diverging()}
    assert {"weights_input_hidden", "weights_hidden_output", "output"} <= differing
    loss = next(d for d in result.differences if d.quantity == "loss")
    # The loss of an epoch is measured before its update: the first one cannot differ.
    assert checking.first_epoch(loss) == (2 if fixture.epochs > 1 else None)
