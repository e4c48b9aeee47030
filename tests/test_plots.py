"""The picture says what the comparison rule says: the data plotted (not only that a PNG is
written), on trajectories built by hand and on a port whose R run turns NaN."""

import dataclasses
import json

import numpy as np
import pytest

from nnparity import cli, compare, fixtures, paths, plots, ports, runners
from nnparity.trajectory import Trajectory

SLOPE = paths.PITFALLS / "av_mlp-slope-of-preactivation" / "port.R"


def trajectories(py_w, r_w, py_loss=None, r_loss=None, epochs=None):
    """Return (Python, R) Trajectories of one parameter "w": rows of py_w / r_w are the kept
    states at `epochs` (default 0, 1, ...); losses default to 1 / epoch on both sides."""
    py_w, r_w = np.asarray(py_w, dtype=float), np.asarray(r_w, dtype=float)
    epochs = np.arange(len(py_w)) if epochs is None else np.asarray(epochs)
    default = 1.0 / np.arange(1, epochs[-1] + 1)
    return (Trajectory(epochs, {"w": py_w}, default if py_loss is None else py_loss),
            Trajectory(epochs, {"w": r_w}, default.copy() if r_loss is None else r_loss))


def states(n=21):
    """Return n kept states of a 2-element parameter, every element finite and nonzero."""
    e = np.arange(n)[:, None]
    return np.hstack([1 + 0.1 * e, -2 + 0.05 * e])


def artist(fig, gid):
    """Return the one line of `fig` with this gid."""
    found = [line for axis in fig.axes for line in axis.get_lines() if line.get_gid() == gid]
    assert len(found) == 1, (gid, [line.get_gid() for a in fig.axes for line in a.get_lines()])
    return found[0]


def onset_text(fig):
    texts = [t.get_text() for t in fig.axes[1].texts if t.get_gid() == "onset"]
    return texts[0] if texts else None


def legend(fig, panel):
    return [t.get_text() for t in fig.axes[panel].get_legend().get_texts()]


def drawn_differ(fig, py, r, name="w", rtol=compare.RTOL):
    """Return per kept epoch whether the difference line is above the tolerance, and whether
    compare.compare says the parameter differs there."""
    y = artist(fig, f"difference:{name}").get_ydata()
    rule = [not compare.compare(name, a, b).agree for a, b in zip(py.params[name], r.params[name])]
    return list(y > rtol), rule


def test_nan_on_one_side_is_drawn_at_the_top_from_its_epoch_and_labelled():
    py_w, r_w = states(), states()
    r_w[8:, 1] = np.nan                        # R's second element is NaN from epoch 8
    r_loss = 1.0 / np.arange(1, 21)
    r_loss[8:] = np.nan                        # and its loss from epoch 9 (index 8)
    py, r = trajectories(py_w, r_w, r_loss=r_loss)
    fig = plots.figure("t", py, r)
    x, y = artist(fig, "difference:w").get_data()
    assert list(x) == list(range(21))
    assert (y[x >= 8] == plots.DIVERGED).all() and (y[x < 8] == plots.FLOOR).all()
    high = fig.axes[1].get_ylim()[1]
    assert 2 < plots.DIVERGED < high               # above any finite relative difference
    assert onset_text(fig) == "R is NaN from epoch 8"
    assert legend(fig, 0) == ["Python (numpy)", "R (NaN from epoch 9)"]
    end = artist(fig, "loss-end:R")
    assert list(end.get_xdata()) == [8] and list(end.get_ydata()) == [r_loss[7]]
    drawn, rule = drawn_differ(fig, py, r)
    assert drawn == rule


def test_nan_on_both_sides_agrees_and_is_drawn_at_the_floor():
    py_w, r_w = states(), states()
    py_w[5:, 0] = r_w[5:, 0] = np.nan
    py, r = trajectories(py_w, r_w)
    fig = plots.figure("t", py, r)
    assert (artist(fig, "difference:w").get_ydata() == plots.FLOOR).all()
    assert onset_text(fig) is None
    drawn, rule = drawn_differ(fig, py, r)
    assert drawn == rule == [False] * 21


@pytest.mark.parametrize("py_value, r_value, label", [
    (np.inf, None, "Python is Inf from epoch 3"),
    (None, -np.inf, "R is -Inf from epoch 3"),
    (np.inf, -np.inf, "Python is Inf, R is -Inf from epoch 3"),
    (np.nan, np.inf, "Python is NaN, R is Inf from epoch 3"),
])
def test_inf_on_one_side_or_opposite_infinities_diverge(py_value, r_value, label):
    py_w, r_w = states(), states()
    if py_value is not None:
        py_w[3:, 0] = py_value
    if r_value is not None:
        r_w[3:, 0] = r_value
    py, r = trajectories(py_w, r_w)
    fig = plots.figure("t", py, r)
    x, y = artist(fig, "difference:w").get_data()
    assert (y[x >= 3] == plots.DIVERGED).all() and (y[x < 3] == plots.FLOOR).all()
    assert onset_text(fig) == label
    drawn, rule = drawn_differ(fig, py, r)
    assert drawn == rule


def test_the_same_infinity_on_both_sides_agrees():
    py_w, r_w = states(), states()
    py_w[3:, 1] = r_w[3:, 1] = -np.inf
    py, r = trajectories(py_w, r_w)
    fig = plots.figure("t", py, r)
    assert (artist(fig, "difference:w").get_ydata() == plots.FLOOR).all()
    assert onset_text(fig) is None


def test_an_agreeing_pair_stays_at_or_below_the_tolerance():
    py_w = states()
    r_w = py_w * (1 + 3e-13)                     # relative difference 3e-13: agrees
    py_w[:, 1], r_w[:, 1] = 1e-14, 2e-14          # within atol, relative difference 0.5
    py, r = trajectories(py_w, r_w)
    fig = plots.figure("t", py, r)
    y = artist(fig, "difference:w").get_ydata()
    assert (y <= compare.RTOL).all() and (y > plots.FLOOR).all()
    drawn, rule = drawn_differ(fig, py, r)
    assert drawn == rule == [False] * 21
    assert onset_text(fig) is None
    assert legend(fig, 0) == ["Python (numpy)", "R"]
    assert legend(fig, 1) == ["w", f"rtol {compare.RTOL:g}"]


def test_a_finite_difference_beyond_the_tolerance_is_drawn_as_it_is():
    py_w = states()
    r_w = py_w.copy()
    r_w[10:, 0] *= 1 + 1e-6
    py, r = trajectories(py_w, r_w)
    fig = plots.figure("t", py, r, first_epoch=10)
    x, y = artist(fig, "difference:w").get_data()
    expected = np.abs(py_w[10:, 0] - r_w[10:, 0]) / np.abs(r_w[10:, 0])
    assert np.allclose(y[x >= 10], expected, rtol=1e-6) and (y[x < 10] == plots.FLOOR).all()
    assert onset_text(fig) is None
    assert "first divergence: epoch 10" in legend(fig, 1)


def test_a_nan_between_kept_epochs_is_dated_honestly():
    epochs = np.r_[np.arange(101), np.arange(110, 201, 10)]
    py_w, r_w = states(len(epochs)), states(len(epochs))
    r_w[epochs >= 110, 0] = np.nan
    py, r = trajectories(py_w, r_w, epochs=epochs)
    assert onset_text(plots.figure("t", py, r)) == "R is NaN by epoch 110 (last kept before: 100)"


@pytest.mark.parametrize("loss, note", [
    ([0.5, 0.4, np.nan, np.nan], "NaN from epoch 3"),
    ([0.5, np.inf, np.inf, np.nan], "Inf from epoch 2, NaN from epoch 4"),
    ([0.5, np.nan, 0.3, 0.2], "first NaN at epoch 2"),
    ([0.5, 0.4, 0.3, 0.2], None),
])
def test_the_loss_note_says_how_a_line_ends(loss, note):
    assert plots.loss_note(np.array(loss)) == note


def test_a_python_loss_that_vanishes_is_named_too():
    py_loss = 1.0 / np.arange(1, 21)
    py_loss[4:] = -np.inf
    py, r = trajectories(states(), states(), py_loss=py_loss)
    fig = plots.figure("t", py, r)
    assert legend(fig, 0) == ["Python (numpy, -Inf from epoch 5)", "R"]
    assert list(artist(fig, "loss-end:Python").get_xdata()) == [4]


def test_draw_writes_the_figure_and_returns_it_and_its_data_is_json(tmp_path):
    py_w, r_w = states(), states()
    r_w[8:, 1] = np.nan
    py, r = trajectories(py_w, r_w)
    fig = plots.draw(tmp_path / "x.png", "t", py, r, 1)
    assert (tmp_path / "x.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    doc = json.loads(json.dumps(plots.data(fig), allow_nan=False))
    assert doc["difference"]["label"] == "R is NaN from epoch 8"
    assert doc["difference"]["lines"]["w"]["y"][8:] == [plots.DIVERGED] * 13


def test_check_report_draws_a_port_that_turns_nan_as_a_divergence(tmp_path, r_session):
    """The slope-of-preactivation port blows up to NaN on six-samples-h4; the epoch each
    parameter first turns non-finite is found here by separate whole runs in R."""
    path = paths.FIXTURES / "av_mlp" / "six-samples-h4.json"
    fixture = fixtures.load(path)
    assert cli.main(["check", "--port", str(SLOPE), "--report", str(tmp_path), str(path)]) == 1
    drawn = json.loads((tmp_path / "av_mlp-six-samples-h4.plot.json").read_text())
    _, r_train = ports.load(SLOPE, r_session)
    runs = [runners.run_r(dataclasses.replace(fixture, hyper={**fixture.hyper, "epochs": e}),
                          r_train, r_session) for e in range(fixture.epochs + 1)]
    python = runners.run_python(fixture)
    assert all(np.isfinite(v).all() for v in python.params.values())
    assert np.isfinite(python.loss).all()
    for name, line in drawn["difference"]["lines"].items():
        bad = [e for e, run in enumerate(runs) if not np.isfinite(run.params[name]).all()]
        assert bad and bad == list(range(bad[0], fixture.epochs + 1)), name
        assert line["epoch"] == list(range(fixture.epochs + 1))
        assert all(y == drawn["difference"]["diverged"] for y in line["y"][bad[0]:]), name
        assert all(y < 10 for y in line["y"][:bad[0]]), name
    first_nan = min(e for e, run in enumerate(runs)
                    if any(np.isnan(v).any() for v in run.params.values()))
    assert f"R is NaN from epoch {first_nan}" in drawn["difference"]["label"]
    loss_nan = int(np.flatnonzero(np.isnan(runs[-1].loss))[0]) + 1
    assert drawn["loss"]["legend"] == ["Python (numpy)", f"R (NaN from epoch {loss_nan})"]
    assert drawn["loss"]["ends"]["R"]["epoch"] == loss_nan - 1
