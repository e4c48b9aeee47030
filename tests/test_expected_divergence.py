"""A fixture marked as drifting passes only when it drifts no earlier than it says."""

import json

import pytest

from nnparity import check, cli, fixtures, paths

ARTICLE = paths.FIXTURES / "av_mlp" / "article-epochs-1234.json"
SINGLE = paths.PITFALLS / "single-precision" / "port.R"


def marked(tmp_path, epoch):
    doc = json.loads(ARTICLE.read_text())
    doc["expected_divergence"] = {"first_epoch_at_least": epoch, "reason": "a test says so"}
    path = tmp_path / "marked.json"
    path.write_text(json.dumps(doc))
    return fixtures.load(path)


def test_a_marked_fixture_that_agrees_fails_as_stale(tmp_path, r_session, capsys):
    result = check.check(marked(tmp_path, 5), session=r_session)
    assert result.verdict == "unexpected agreement" and not result.passed
    assert cli.main(["check", str(tmp_path / "marked.json")]) == 1
    assert "the loss never differs" in capsys.readouterr().out


def test_a_drift_at_or_after_the_marked_epoch_passes(tmp_path, r_session):
    train = r_session.load_port(SINGLE)
    result = check.check(marked(tmp_path, 1), r_train=train, session=r_session)
    assert result.first_loss_divergence() == 1
    assert result.verdict == "expected divergence" and result.passed


def test_a_drift_before_the_marked_epoch_fails(tmp_path, r_session):
    train = r_session.load_port(SINGLE)
    result = check.check(marked(tmp_path, 2), r_train=train, session=r_session)
    assert result.verdict == "diverge" and not result.passed


def test_a_marker_beyond_the_run_is_bad_input(tmp_path):
    with pytest.raises(fixtures.FixtureError, match=r"expected_divergence.first_epoch_at_least: "
                       r"5000 is beyond the run's 1234 epochs"):
        marked(tmp_path, 5000)
