"""zhou_sgd: deliberately wrong ports must be flagged, on the fixtures their pages name."""

import pytest

from nnparity import checking, paths, runners

from conftest import bundled

PITFALLS = paths.PITFALLS
FIXTURES = bundled("zhou_sgd")
TRAINED = [p for p in FIXTURES if p.values[0].epochs > 0]
SEVERAL_SAMPLES = [p for p in TRAINED if len(p.values[0].data["all_y_trues"]) > 1]
ONE_SAMPLE = [p for p in TRAINED if len(p.values[0].data["all_y_trues"]) == 1]


@pytest.mark.parametrize("fixture", TRAINED)
def test_an_update_that_uses_the_updated_w5_is_flagged(fixture, r_session):
    train = r_session.load_port(PITFALLS / "zhou_sgd-updated-w5" / "port.R")
    result = checking.check(fixture, r_train=train, session=r_session)
    assert result.verdict == "diverge"
    assert result.first_loss_divergence() == 1
    diverging = {d.quantity for d in result.diverging()}
    assert {"w1", "w2", "w3", "w4", "b1", "b2"} <= diverging


def test_the_updated_w5_port_gets_the_output_neuron_right_on_one_update(r_session):
    # On the article's one-update example the output neuron's own gradients are taken before
    # its update, so only the hidden neurons' parameters are wrong.
    fixture = next(p.values[0] for p in FIXTURES if p.id == "alice-walkthrough-1")
    train = r_session.load_port(PITFALLS / "zhou_sgd-updated-w5" / "port.R")
    result = checking.check(fixture, r_train=train, session=r_session)
    assert {d.quantity for d in result.diverging()} == {
        "w1", "w2", "w3", "w4", "b1", "b2", "output", "loss"}


@pytest.mark.parametrize("port", ["zhou_sgd-full-batch", "zhou_sgd-shuffled"])
@pytest.mark.parametrize("fixture", SEVERAL_SAMPLES)
def test_a_port_that_is_not_per_sample_sgd_in_data_order_is_flagged(port, fixture, r_session):
    train = runners.load_python_port(PITFALLS / port / "port.py")
    result = checking.check(fixture, py_train=train, session=r_session)
    assert result.verdict == "diverge"
    assert result.first_loss_divergence() == 1


@pytest.mark.parametrize("port", ["zhou_sgd-full-batch", "zhou_sgd-shuffled"])
@pytest.mark.parametrize("fixture", ONE_SAMPLE)
def test_with_one_sample_batch_and_order_cannot_matter(port, fixture, r_session):
    train = runners.load_python_port(PITFALLS / port / "port.py")
    assert checking.check(fixture, py_train=train, session=r_session).agree
