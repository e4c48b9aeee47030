"""A port that never returns is stopped after a limit that fits the work, and reported per
fixture as it happens; a slow but correct port is never stopped (nnparity.isolation)."""

import json
import time
from pathlib import Path

import pytest

from nnparity import cli, fixtures, isolation, paths

WALKTHROUGH = paths.FIXTURES / "av_mlp" / "walkthrough-1.json"          # epochs = 1
EPOCHS_0 = paths.FIXTURES / "av_mlp" / "article-epochs-0.json"          # epochs = 0
EPOCHS_1 = paths.FIXTURES / "av_mlp" / "article-epochs-1.json"
SLOW_LOOPS = Path(__file__).parent / "ports" / "correct" / "zhou_sgd_slow_loops.R"
FLOOR = 1.0  # seconds: a short floor, so that these tests are quick
START = 60.0  # seconds: a generous bound on starting the workers (Python, R, the port)

HANGING = {
    "R": ("port.R", "train <- function(X, y, wh, bh, wout, bout, lr, epochs) {\n"
                    "  repeat {}\n}\n"),
    "Python": ("port.py", "def train(X, y, wh, bh, wout, bout, lr, epochs):\n"
                          "    while True:\n        pass\n"),
}


@pytest.fixture
def short_floor(monkeypatch):
    monkeypatch.setattr(isolation, "FLOOR", FLOOR)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def check_json(capsys, *argv):
    status = cli.main(["check", "--json", *map(str, argv)])
    out = capsys.readouterr()
    return status, json.loads(out.out), out.err


@pytest.mark.parametrize("language", HANGING)
def test_a_port_that_never_returns_is_stopped_at_the_floor(language, tmp_path, capsys,
                                                           short_floor):
    port = write(tmp_path, *HANGING[language])
    started = time.monotonic()
    status, doc, err = check_json(capsys, WALKTHROUGH, EPOCHS_0, "--port", port,
                                  "--network", "av_mlp")
    took = time.monotonic() - started
    assert status == 1 and [r["verdict"] for r in doc["results"]] == ["error", "error"]
    for r in doc["results"]:
        assert r["error"].startswith(f"the port did not return within {FLOOR:g} s (the "
                                     "default limit's floor; the reference took ")
        assert r["error"].endswith(" s); stopped")
        # Seen as it happens, on stderr, even when it is not a terminal.
        assert f"{Path(r['fixture']).stem}]: error: {r['error']}" in err
    # Both fixtures wait out the floor, and the worker is replaced after each: well under
    # START more than the two floors (without the limit, this would never end).
    assert 2 * FLOOR <= took < 2 * FLOOR + START


def test_the_limit_grows_with_the_reference_and_the_fixtures_size():
    f = fixtures.load(paths.FIXTURES / "av_mlp" / "random-200x8-h16.json")
    took = isolation.SIZE * f.work / isolation.FACTOR
    by_factor = isolation.port_limit(f, 2 * took)
    assert by_factor.seconds == pytest.approx(2 * isolation.SIZE * f.work)
    assert f"({isolation.FACTOR:g} times the reference's" in by_factor.message
    by_size = isolation.port_limit(f, took / 2)
    assert by_size.seconds == pytest.approx(isolation.SIZE * f.work)
    assert by_size.seconds > isolation.FLOOR
    assert f"for each of the fixture's {f.work} epochs x numbers" in by_size.message
    tiny = fixtures.load(WALKTHROUGH)
    assert isolation.port_limit(tiny, 0.001).seconds == isolation.FLOOR
    assert isolation.again_limit("lockstep", 1.0).seconds == isolation.AGAIN
    assert " in lockstep (" in isolation.again_limit("lockstep", 1.0).message


def test_the_slow_but_correct_loops_port_passes_with_the_default_limits(capsys):
    started = time.monotonic()
    status, doc, err = check_json(capsys, "--port", SLOW_LOOPS, "--network", "zhou_sgd")
    zhou = fixtures.discover([paths.FIXTURES / "zhou_sgd"])
    assert status == 0, err
    assert len(doc["results"]) == len(zhou) and all(r["passed"] for r in doc["results"])
    # Each fixture finished well inside the floor, so none came near being stopped.
    assert time.monotonic() - started < START + len(zhou) * isolation.FLOOR / 2


def test_timeout_sets_a_fixed_limit_and_the_message_says_so(tmp_path, capsys):
    port = write(tmp_path, *HANGING["R"])
    started = time.monotonic()
    status, doc, _ = check_json(capsys, WALKTHROUGH, "--port", port, "--network", "av_mlp",
                                "--timeout", "2")
    took = time.monotonic() - started
    (r,) = doc["results"]
    assert status == 1 and r["error"] == ("the port did not finish running av_mlp[walkthrough-1] "
                                          "within 2 s (the limit --timeout set); stopped")
    assert 2 <= took < 2 + START


def test_a_port_that_hangs_only_at_epochs_0_gets_verdicts_on_the_others(tmp_path, capsys,
                                                                         short_floor):
    port = write(tmp_path, "port.R", """
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  if (epochs == 0) repeat {}
  sigmoid <- function(x) 1 / (1 + exp(-x))
  n <- nrow(X)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    a <- sigmoid(X %*% wh + matrix(bh, n, ncol(wh), byrow = TRUE))
    output <- sigmoid(a %*% wout + bout[1, 1])
    E <- y - output
    loss[i] <- mean(E^2) / 2
    d_output <- E * output * (1 - output)
    d_hidden <- (d_output %*% t(wout)) * a * (1 - a)
    wout <- wout + t(a) %*% d_output * lr
    bout <- bout + colSums(d_output) * lr
    wh <- wh + t(X) %*% d_hidden * lr
    bh <- bh + colSums(d_hidden) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
""")
    status, doc, _ = check_json(capsys, EPOCHS_0, WALKTHROUGH, EPOCHS_1, "--port", port,
                                "--network", "av_mlp")
    hung, *others = doc["results"]
    assert status == 1 and "did not return within" in hung["error"]
    assert [r["verdict"] for r in others] == ["agree", "agree"]


def test_a_port_that_never_finishes_loading_is_bad_input(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(isolation, "LOAD", 2.0)
    port = write(tmp_path, "port.R", "repeat {}\n")
    started = time.monotonic()
    status = cli.main(["check", str(WALKTHROUGH), "--port", str(port), "--network", "av_mlp"])
    err = capsys.readouterr().err
    assert status == 2 and err == (f"nnparity: {port}: did not finish loading within 2 s (the "
                                   "default limit on loading a port); stopped\n")
    assert time.monotonic() - started < 2 + START
