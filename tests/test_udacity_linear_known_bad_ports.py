"""udacity_linear: deliberately wrong ports must be flagged, on the fixtures that expose them."""

import pytest

from nnparity import checking, paths, runners

from conftest import BUNDLED

PITFALLS = paths.PITFALLS
FIXTURES = [f for f in BUNDLED if f.network == "udacity_linear"]
TRAINED = [pytest.param(f, id=f.name) for f in FIXTURES if f.epochs > 0]
ONE_RECORD = [pytest.param(f, id=f.name) for f in FIXTURES
              if f.epochs > 0 and len(f.data["features"]) == 1]
MANY_RECORDS = [pytest.param(f, id=f.name) for f in FIXTURES
                if f.epochs > 0 and len(f.data["features"]) > 1]


def by_name(name):
    return next(f for f in FIXTURES if f.name == name)


@pytest.mark.parametrize("fixture", TRAINED)
def test_a_sigmoid_on_the_output_is_flagged_on_every_trained_fixture(fixture, r_session):
    train = r_session.load_port(PITFALLS / "udacity_linear-sigmoid-output" / "port.R")
    result = checking.check(fixture, r_train=train, session=r_session)
    assert result.verdict == "diverge"
    assert {"weights_hidden_to_output", "output", "loss"} <= {d.quantity for d in result.diverging()}


def test_a_sigmoid_on_the_output_shows_in_the_first_loss(r_session):
    train = r_session.load_port(PITFALLS / "udacity_linear-sigmoid-output" / "port.R")
    result = checking.check(by_name("hand-1"), r_train=train, session=r_session)
    loss = next(d for d in result.differences if d.quantity == "loss")
    assert checking.first_epoch(loss) == 1


# On wide-f10-h3-lr1 the port's weights blow up to 1e14, and the harness's predict() on them
# overflows exp() in the sigmoid (harmlessly: it gives 0 or 1).
@pytest.mark.filterwarnings("ignore:overflow encountered in exp:RuntimeWarning")
@pytest.mark.parametrize("fixture", MANY_RECORDS)
def test_update_weights_inside_the_record_loop_is_flagged_with_two_records_or_more(fixture,
                                                                                   r_session):
    train = runners.load_python_port(PITFALLS / "udacity_linear-update-in-loop" / "port.py")
    assert checking.check(fixture, py_train=train, session=r_session).verdict == "diverge"


@pytest.mark.parametrize("fixture", ONE_RECORD)
def test_update_weights_inside_the_record_loop_is_invisible_with_one_record(fixture, r_session):
    """With n = 1 the slip changes nothing: why one-record fixtures are not enough."""
    train = runners.load_python_port(PITFALLS / "udacity_linear-update-in-loop" / "port.py")
    assert checking.check(fixture, py_train=train, session=r_session).agree
