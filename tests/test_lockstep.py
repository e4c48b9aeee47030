"""Where and why two runs part: free-run divergence, lockstep verdict, localization, reports."""

import json

import numpy as np

import pytest

from nnparity import checking, cli, diagnosis, explain, lockstep, paths
from nnparity.networks import av_mlp, zhou_sgd

from conftest import BUNDLED

ROWSUMS = paths.PITFALLS / "rowsums-bias" / "port.R"
MOONS_F32 = paths.PITFALLS / "av_nobias-single-precision" / "port.R"


def bundled(fixture_id):
    return next(f for f in BUNDLED if f.id == fixture_id)


@pytest.mark.parametrize("name", ["article-5000", "walkthrough-1"])
def test_the_articles_r_code_diverges_at_epoch_1_at_the_bias_update(name, r_session):
    result = checking.check(bundled(f"av_mlp[{name}]"), r_train=r_session.load_port(ROWSUMS),
                            session=r_session, port=ROWSUMS)
    ls = result.lockstep
    assert result.verdict == "diverge" and ls.first_bad == 1
    assert [d.quantity for d in ls.differences] == ["bh", "bout"]
    # The first diverging statement of the traced step: the port's first rowSums (the
    # output bias's update comes first in the article's order), and its Python counterpart.
    quantity, py_line, r_line = ls.localized
    assert quantity == "bout" and ls.finding.kind == "wrong-axis"
    assert py_line[0] == "python/nnparity/networks/av_mlp.py"
    assert py_line[2].startswith("bout = bout + np.sum(d_output, axis=0, keepdims=True) * lr")
    assert r_line[0] == "pitfalls/rowsums-bias/port.R"
    assert r_line[2] == "bout = bout + rowSums(d_output) * lr"


def test_the_moons_run_is_equivalent_and_says_both_things(r_session):
    result = checking.check(bundled("av_nobias[moons-10000]"), session=r_session)
    assert result.verdict == "equivalent" and result.passed
    assert result.first_loss_divergence() > 3000       # the free runs do part ...
    assert result.worst_rel > 1e-3
    assert result.lockstep.first_bad is None           # ... but every step agrees
    assert result.lockstep.worst_rel < 1e-10
    text = " ".join(checking_report(result))
    assert "the free runs part (the loss first differs at epoch" in text
    assert "but every single step agrees in lockstep" in text


def test_the_moons_check_runs_python_once_and_lockstep_reuses_its_states(r_session,
                                                                         monkeypatch):
    """The fixture says its run amplifies rounding, so the free run keeps Python's states
    and lockstep takes its reference from them; the verdict is the one lockstep gives when
    it records the reference itself."""
    fixture = bundled("av_nobias[moons-10000]")
    recorded = []
    record_python = lockstep.trajectory.record_python
    monkeypatch.setattr(lockstep.trajectory, "record_python",
                        lambda *a, **k: recorded.append(1) or record_python(*a, **k))
    result = checking.check(fixture, session=r_session)
    assert len(recorded) == 1 and result.verdict == "equivalent"
    alone = lockstep.lockstep(fixture, session=r_session,
                              around=result.first_loss_divergence())
    assert len(recorded) == 2
    assert (alone.first_bad, alone.worst_rel, list(alone.epochs)) == (
        result.lockstep.first_bad, result.lockstep.worst_rel, list(result.lockstep.epochs))


def test_a_fixture_that_agrees_is_run_by_train_itself(r_session, monkeypatch):
    """Only a fixture that declares its run amplifies rounding is run as a trajectory."""
    monkeypatch.setattr(lockstep.trajectory, "record_python", None)  # would raise if called
    assert checking.check(bundled("av_mlp[article-5000]"), session=r_session).agree


def checking_report(result):
    from nnparity import report
    return report.details(result)


def test_a_single_precision_port_of_the_moons_run_is_flagged_in_lockstep(r_session):
    result = checking.check(bundled("av_nobias[moons-10000]"),
                            r_train=r_session.load_port(MOONS_F32), session=r_session)
    assert result.verdict == "diverge" and result.lockstep.first_bad == 1
    assert 1e-9 < result.lockstep.worst_rel


def test_free_run_and_lockstep_cross_into_r_a_constant_number_of_times(r_session):
    for fixture in [bundled("av_mlp[walkthrough-1]"), bundled("av_mlp[article-5000]"),
                    bundled("av_nobias[moons-10000]")]:
        before = r_session.calls
        result = checking.check(fixture, session=r_session)
        # The free run; when they part, lockstep's first 20 steps, then the rest.
        assert r_session.calls - before == (1 if result.agree else 3), fixture.id
        before = r_session.calls
        lockstep.free_run(fixture, session=r_session)
        assert r_session.calls - before == 1, fixture.id


def test_lockstep_checks_every_epoch_of_a_short_run_and_samples_a_long_one():
    chosen, how = lockstep.choose_epochs(1234)
    assert list(chosen) == list(range(1234)) and how == "all 1234 epochs"
    chosen, how = lockstep.choose_epochs(10000, around=3924)
    assert {0, 199, 9999, 3924, 3874, 3973} <= set(chosen) and len(chosen) < 700
    assert how.startswith(f"{len(chosen)} of 10000 epochs") and "around epoch 3924" in how


def test_localization_names_the_first_intermediate_in_the_articles_order(monkeypatch):
    fixture = bundled("av_mlp[walkthrough-1]")

    class Perturbed:  # an R whose E is a little off: the intermediates after it follow
        def function(self, net, kind, required=True):
            return kind

        def call(self, net, kind, args):
            s = av_mlp.step(**args)
            s = dict(s, E=s["E"] * (1 + 1e-6), d_output=s["d_output"] * (1 + 1e-6))
            return s
    quantity, py_line, r_line = lockstep.localize(fixture, dict(fixture.init), [],
                                                  session=Perturbed())
    assert quantity == "E"
    assert py_line[0].endswith("av_mlp.py") and py_line[2].startswith("E = y - output")
    assert r_line[0] == "R/av_mlp.R" and r_line[2].startswith("E <- y - output")


def test_explain_prints_where_and_why(capsys, r_session):
    status = cli.main(["explain", str(paths.FIXTURES / "av_mlp" / "walkthrough-1.json"),
                       "--port", str(ROWSUMS), "--network", "av_mlp"])
    out = capsys.readouterr().out
    assert status == 1
    assert "the step of epoch 1 already disagrees from the same state: bh, bout" in out
    assert "pitfalls/rowsums-bias/port.R:25: bout = bout + rowSums(d_output) * lr" in out
    assert "relation: its update sums d_output over the other axis" in out


def test_check_report_writes_a_png_and_stable_json_per_fixture(tmp_path, capsys, r_session):
    fixtures = [str(paths.FIXTURES / "av_mlp" / n) for n in ("walkthrough-1.json",
                                                           "one-sample.json")]
    for out in ("a", "b"):
        assert cli.main(["check", "--report", str(tmp_path / out), *fixtures]) == 0
    for stem in ("av_mlp-walkthrough-1", "av_mlp-one-sample"):
        png = (tmp_path / "a" / f"{stem}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
        a, b = ((tmp_path / d / f"{stem}.json").read_text() for d in "ab")
        assert a == b and json.loads(a)["verdict"] == "agree"


def test_explain_keeps_the_trajectory_at_the_interval_asked(capsys, r_session):
    path = str(paths.FIXTURES / "av_mlp" / "article-5000.json")
    assert cli.main(["explain", path, "--every", "250"]) == 0
    assert "kept: the first 100 epochs, then every 250" in capsys.readouterr().out
    x = explain.explain(bundled("av_mlp[article-5000]"), session=r_session, every=250)
    assert list(x.py.epochs[-3:]) == [4500, 4750, 5000] and len(x.py.epochs) == 101 + 20


def test_the_library_entry_point_returns_one_row_per_fixture_and_quantity(r_session):
    import nnparity
    frame = nnparity.check(paths.FIXTURES / "zhou_sgd")
    zhou = [f for f in BUNDLED if f.network == "zhou_sgd"]
    assert len(frame) == len(zhou) * (9 + 2)
    assert list(frame.loc[frame.fixture == "article-1000", "quantity"]) == [
        "w1", "w2", "w3", "w4", "w5", "w6", "b1", "b2", "b3", "output", "loss"]
    assert frame.passed.all() and (frame.verdict == "agree").all()


def test_progress_shows_on_a_terminal_only(capsys, monkeypatch):
    fixture = bundled("av_mlp[walkthrough-1]")
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    cli._progress(1, 2, fixture)
    assert capsys.readouterr().err == "\r\033[K[1/2] av_mlp[walkthrough-1]"
    monkeypatch.setenv("CI", "true")
    cli._progress(2, 2, fixture)
    assert capsys.readouterr().err == ""


def test_a_port_that_stops_is_shown_where_it_made_the_value_that_stops_it(tmp_path, load,
                                                                            r_session):
    """The gradient made transposed (h x f for f x h) stops the update two lines later; the
    report names the line that made it, and the check's findings say both."""
    base = paths.ROOT / "tests" / "ports" / "heldout" / "bases" / "av_nobias_base.py"
    text = base.read_text(encoding="utf-8")
    assert text.count("grad_ih = X @ delta1.T") == 1
    port = tmp_path / "transposed.py"
    port.write_text(text.replace("grad_ih = X @ delta1.T", "grad_ih = delta1 @ X.T"),
                    encoding="utf-8")
    line = 1 + text.splitlines().index(next(t for t in text.splitlines()
                                            if "grad_ih = X @ delta1.T" in t))
    py_train, r_train = load(port)
    result = checking.check(bundled("av_nobias[f4-n3-h3-epochs-1]"), py_train, r_train,
                            session=r_session, port=port)
    assert result.verdict == "error"
    assert result.lockstep.localized[1][1] == line
    assert result.lockstep.stop[0] == "transposed"
    assert any("the port stops at" in f and "transposed" in f for f in result.findings)


def _wrapped(change):
    """The bundled Python av_mlp, its result changed by change(result, kwargs)."""
    def train(**kwargs):
        return change(av_mlp.train(**kwargs), kwargs)
    return train


def test_a_port_that_ends_in_nan_is_not_said_to_ignore_anything(r_session):
    fixture = bundled("av_mlp[walkthrough-1]")
    nan = _wrapped(lambda out, kw: {k: v * np.nan for k, v in out.items()})
    probes = lockstep.probe(fixture, fixture.init, py_train=nan, session=r_session)
    # NaN from any rate, any epochs, any initial weights is NaN: that says nothing
    assert probes["ignores"] == [] and not probes["ignores_epochs"]
    assert not probes["ignores_init"] and probes["own_init"] == []


def test_the_relative_difference_is_over_the_numbers_both_runs_have():
    given = {"w": np.array([1.0, 2.0]), "b": np.array([np.nan])}
    assert lockstep._rel({"w": np.array([1.0, 2.0]), "b": np.array([np.nan])}, given) == 0
    assert lockstep._rel({"w": np.array([np.nan, 3.0]), "b": np.array([np.nan])},
                         given) == pytest.approx(1 / 3)
    # a port that returns no number at all: incomparable, not "no difference"
    assert np.isnan(lockstep._rel({"w": np.array([np.nan, np.nan]), "b": np.array([1.0])},
                                  given))


def test_a_port_that_truncates_an_initial_value_does_not_set_it_itself(r_session):
    """np.trunc(bh) takes the same start from bh and from bh / 2 + 1/8 (both truncate to
    0): one parameter's other start is an integer away too, so bh is not its own."""
    fixture = bundled("av_mlp[walkthrough-1]")
    assert (np.abs(fixture.init["bh"]) < 1).all()

    def train(**kwargs):
        return av_mlp.train(**{**kwargs, "bh": np.trunc(kwargs["bh"])})
    probes = lockstep.probe(fixture, fixture.init, py_train=train, session=r_session)
    assert probes["own_init"] == [], probes["own_init"]
    # a port that does set bh itself is still seen to
    own = lockstep.probe(fixture, fixture.init, session=r_session,
                         py_train=lambda **kw: av_mlp.train(**{**kw, "bh": kw["bh"] * 0}))
    assert own["own_init"] == ["bh"], own["own_init"]


@pytest.mark.parametrize("change, seen", [
    # draws its output weights at every call
    (lambda out, kw: {**out, "wout": np.random.default_rng().normal(size=out["wout"].shape)},
     "random"),
    # the given numbers, laid out otherwise (R's matrix() filled down the columns)
    (lambda out, kw: {**out, "wh": out["wh"].reshape(out["wh"].shape[::-1]).T
                      if kw["epochs"] == 0 else out["wh"]}, "rearranged"),
    # computed from the given weights: not weights of its own
    (lambda out, kw: {**out, "wh": out["wh"] * 2}, "from the given"),
    # the same whatever is given: weights of its own
    (lambda out, kw: {**out, "wh": np.full_like(out["wh"], 0.5)}, "differs"),
])
def test_zero_epochs_tells_weights_of_its_own_from_given_ones_changed(change, seen, r_session):
    fixture = bundled("av_mlp[walkthrough-1]")
    probes = lockstep.probe(fixture, fixture.init, py_train=_wrapped(change), session=r_session)
    assert probes["epochs_0"] == seen


def _one_epoch_short(**kwargs):
    return av_mlp.train(**{**kwargs, "epochs": max(kwargs["epochs"] - 1, 0)})


@pytest.mark.parametrize("train, unmoved, as_given", [
    # every parameter returned as given, whatever the epochs: no update reaches them
    (_wrapped(lambda out, kw: {**out, **{k: np.asarray(kw[k], dtype=float)
                                         for k in ("wh", "bh", "wout", "bout")}}),
     ["wh", "bh", "wout", "bout"], True),
    # one of them: bh never written back
    (_wrapped(lambda out, kw: {**out, "bh": np.asarray(kw["bh"], dtype=float)}), ["bh"], False),
    # as given after 1 epoch, moved after 2: a loop one epoch short, not an update dropped
    (_one_epoch_short, ["wh", "bh", "wout", "bout"], False),
])
def test_a_port_that_returns_parameters_as_given_is_told_from_one_a_loop_short(
        train, unmoved, as_given, r_session):
    fixture = bundled("av_mlp[walkthrough-1]")
    probes = lockstep.probe(fixture, fixture.init, py_train=train, session=r_session)
    assert sorted(probes["unmoved"]) == sorted(unmoved)
    assert probes["as_given"] is as_given


def _reversed_samples(network):
    def train(**kwargs):
        flipped = {k: np.asarray(v)[::-1] for k, v in kwargs.items()
                   if k in ("data", "all_y_trues", "X", "y")}
        return network.train(**{**kwargs, **flipped})
    return train


@pytest.mark.parametrize("fixture_id, train, order", [
    # per-sample SGD visiting the samples last first: the order shows, 0-based
    ("zhou_sgd[article-epochs-1]", _reversed_samples(zhou_sgd), ((0, 1, 2), (2, 1, 0))),
    # another bug of a per-sample port: its result is no order's
    ("zhou_sgd[article-epochs-1]",
     lambda **kw: {**zhou_sgd.train(**kw), "b3": np.asarray(kw["b3"]) + 0.1}, None),
    # full batch: the order changes nothing, so it says nothing
    ("av_mlp[walkthrough-1]", _reversed_samples(av_mlp), None),
])
def test_the_order_probe_sees_samples_visited_in_another_order(fixture_id, train, order,
                                                               r_session):
    fixture = bundled(fixture_id)
    probes = lockstep.probe(fixture, fixture.init, py_train=train, session=r_session)
    assert probes["order"] == order


def test_a_port_that_moves_a_parameter_by_whole_numbers_only_is_seen(r_session):
    fixture = bundled("av_mlp[walkthrough-1]")
    whole = _wrapped(lambda out, kw: {**out, "wout": np.asarray(kw["wout"], dtype=float)
                                      + np.sign(out["wout"] - kw["wout"])})
    probes = lockstep.probe(fixture, fixture.init, py_train=whole, session=r_session)
    assert probes["whole_steps"] == ["wout"]
    result = checking.check(fixture, whole, session=r_session)
    assert diagnosis.port_kind([result])[0] == "integer-truncation"
    drifting = _wrapped(lambda out, kw: {**out, "wout": out["wout"] + 0.25})
    probes = lockstep.probe(fixture, fixture.init, py_train=drifting, session=r_session)
    assert probes["whole_steps"] == []


def test_a_port_whose_state_changes_shape_has_its_first_epoch_traced(tmp_path, r_session):
    port = tmp_path / "port.py"
    source = (paths.ROOT / "tests" / "ports" / "mutants" / "07-av_mlp-wrong-axis.py").read_text()
    port.write_text(source)
    from nnparity import ports
    py_train, _ = ports.load(port, r_session)
    result = checking.check(bundled("av_mlp[walkthrough-1]"), py_train, session=r_session,
                            port=port)
    # bh comes back n x h: it cannot be fed to a second epoch, but its first is traced
    assert any(f.startswith("lockstep could not run past epoch 1: train() returned 'bh'")
               for f in result.findings), result.findings
    assert result.lockstep.first_bad == 1 and result.lockstep.finding is not None
    bug = next(i for i, line in enumerate(source.splitlines(), 1) if "axis=1" in line)
    assert result.lockstep.localized[1][1] == bug


def test_a_port_that_runs_past_its_samples_is_blamed_at_the_bound_typed_in(tmp_path,
                                                                          r_session):
    port = tmp_path / "port.py"
    port.write_text(
        "import numpy as np\n"
        "from nnparity.networks import zhou_sgd\n"
        "\n"
        "def train(data, all_y_trues, learn_rate, epochs, **weights):\n"
        "    n = 6\n"                                    # the article's data has 4 samples
        "    rows = []\n"
        "    for i in range(n):\n"
        "        rows.append(np.asarray(data)[i])\n"
        "    return zhou_sgd.train(np.array(rows), all_y_trues, learn_rate=learn_rate,\n"
        "                          epochs=epochs, **weights)\n")
    from nnparity import ports
    py_train, _ = ports.load(port, r_session)
    result = checking.check(bundled("zhou_sgd[article-epochs-1]"), py_train,
                            session=r_session, port=port)
    assert result.error is not None and result.lockstep.localized[1][1] == 5
    assert result.lockstep.traced.endswith("its loop's i reaches 4 where the data has 4 "
                                           "samples: the bound is typed in at line 5 (n = 6)")


def test_a_port_that_stops_on_a_matrix_folded_the_other_way_is_told_why(r_session):
    from nnparity import fixtures, ports
    port = paths.ROOT / "tests" / "ports" / "fourth" / "23-udacity_linear-transposed.R"
    _, r_train = ports.load(port, r_session)
    fixture = fixtures.load(paths.FIXTURES / "udacity_linear" / "seven-records-f3-h5.json")
    result = checking.check(fixture, r_train=r_session.adapt(fixture.net, r_train),
                            session=r_session, port=port)
    assert result.error is not None and result.lockstep.stop[0] == "transposed"
    # d_in <- matrix(total, ncol(W_in), nrow(W_in)): the reference's numbers, 5 x 3
    assert result.lockstep.localized[2][1] == 24
    assert result.lockstep.stop[1].endswith("it reads d_in, made at line 24 5 x 3 where the "
                                            "reference's value of the same numbers is 3 x 5: "
                                            "the dimensions reversed")


def _update_scaled(c):
    """The bundled av_mlp with every parameter's one-epoch update times c."""
    return _wrapped(lambda out, kw: {**out, **{k: np.asarray(kw[k], dtype=float)
                                               + c * (out[k] - np.asarray(kw[k], dtype=float))
                                               for k in ("wh", "bh", "wout", "bout")}})


def test_a_factor_that_equals_the_rate_is_the_rate_twice_only_if_it_scales_so(r_session):
    fixture = bundled("av_mlp[walkthrough-1]")            # lr = 0.1
    twice = _wrapped(lambda out, kw: av_mlp.train(**{**kw, "lr": kw["lr"] ** 2}))
    assert lockstep.probe(fixture, fixture.init, py_train=twice,
                          session=r_session)["rate_power"] == {"lr": 2}
    tenth = _update_scaled(0.1)      # x 0.1 whatever lr is: a factor of its own
    assert lockstep.probe(fixture, fixture.init, py_train=tenth,
                          session=r_session)["rate_power"] == {"lr": 1}
    # what the diagnosis makes of a trace that saw the update x lr, with each probe
    from types import SimpleNamespace as Seen
    said = ("hyper-misused", "its update: the port's value is the reference's x lr "
                             "(lr = 0.1): lr applied twice")
    for power, kind in ((1, None), (2, "hyper-misused")):
        step = Seen(first_bad=1, stop=None, finding=Seen(kind=said[0], relation=said),
                    probes={"rate_power": {"lr": power}})
        got, words = diagnosis.port_kind([Seen(lockstep=step, fixture=fixture)])
        assert got == kind
    assert words == said[1]
    step.probes["rate_power"] = {"lr": 1}
    assert diagnosis.port_kind([Seen(lockstep=step, fixture=fixture)])[1] == (
        "its update: the port's value is the reference's x lr (lr = 0.1), but halving lr "
        "halves the port's update, as it does the reference's: a factor of its own that "
        "equals lr, not lr applied twice")


def test_an_r_error_in_a_one_expression_helper_is_shown_inside_it(tmp_path, r_session):
    from nnparity import tracing
    port = tmp_path / "port.R"
    port.write_text(
        "pick <- function(z) if (z > 0) z else -z\n"
        "train <- function(w1, w2, x, lr, epochs) {\n"
        "  v <- c(w1, w2) * x\n"
        "  a <- pick(v)\n"
        "  list(w1 = a[1], w2 = a[2])\n"
        "}\n")
    t = tracing.trace_r(r_session, [port], "train",
                        {"w1": 0.3, "w2": -0.7, "x": 1.3, "lr": 0.1, "epochs": 1})
    assert t.error is not None and "length > 1" in t.error[1] and t.error[3] == 4
    statement, words = lockstep._inside_helper(t, t.error[3])
    assert statement.line == 1 and words == "it stops inside pick() (line 1), called there"
    # an error raised by the statement itself, not inside a helper: nothing to add
    assert lockstep._inside_helper(t, 3) is None


def test_an_r_error_in_a_helpers_argument_is_the_callers(tmp_path, r_session):
    """R forces sq(a + b) inside sq(): the error of a + b stops it before sq() runs a line
    of its own, so the statement that stops is the caller's, not the helper's."""
    from nnparity import tracing
    port = tmp_path / "port.R"
    port.write_text(
        "sq <- function(s) s * s\n"
        "train <- function(w1, w2, x, lr, epochs) {\n"
        "  a <- matrix(c(w1, w2), 1, 2)\n"
        "  v <- sq(a + matrix(x, 2, 1))\n"
        "  list(w1 = v[1], w2 = v[2])\n"
        "}\n")
    t = tracing.trace_r(r_session, [port], "train",
                        {"w1": 0.3, "w2": -0.7, "x": 1.3, "lr": 0.1, "epochs": 1})
    assert t.error is not None and "non-conformable" in t.error[1] and t.error[3] == 4
    assert t[-1].kind == "arg" and t[-1].value is None
    assert lockstep._inside_helper(t, t.error[3]) is None


def test_a_port_that_reads_an_atomic_vector_with_dollar_is_shown_where_it_made_it(tmp_path,
                                                                                    r_session):
    """p <- c(w1 = w1, ...): a named numeric vector, where p$w1 needs a list; R stops at
    the read, the report names the line that made the vector."""
    from nnparity import ports
    port = tmp_path / "atomic.R"
    port.write_text(
        "train <- function(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3,\n"
        "                  learn_rate, epochs) {\n"
        "  p <- c(w1 = w1, w2 = w2)\n"
        "  h <- p$w1 * data[, 1] + p$w2 * data[, 2]\n"
        "  list(w1 = w1, w2 = w2, w3 = w3, w4 = w4, w5 = w5, w6 = w6, b1 = b1, b2 = b2,\n"
        "       b3 = b3, loss = h)\n"
        "}\n", encoding="utf-8")
    _, r_train = ports.load(port, r_session)
    fixture = bundled("zhou_sgd[article-epochs-1]")
    result = checking.check(fixture, r_train=r_session.adapt(fixture.net, r_train),
                            session=r_session, port=port)
    assert result.error is not None
    assert result.lockstep.localized[2][1] == 3, result.lockstep.localized
    assert "p is an atomic vector, made at line 3" in result.lockstep.stop[1]


def test_a_parameter_lost_to_an_arrow_inside_a_helpers_list_is_shown_there(tmp_path,
                                                                          r_session):
    """list(w = ..., b <- ...) makes no element b (R assigns b, and the element has no
    name): train() returns b as NULL, which stops no statement; the line is the arrow's."""
    from nnparity import tracing
    port = tmp_path / "port.R"
    port.write_text(
        "update <- function(w, b, g, lr) {\n"
        "  list(\n"
        "    w = w - lr * g,\n"
        "    b <- b - lr * sum(g)\n"
        "  )\n"
        "}\n"
        "train <- function(x, y, w, b, lr, epochs) {\n"
        "  new <- update(w, b, crossprod(x, x %*% w - y), lr)\n"
        "  w <- new$w\n"
        "  b <- new$b\n"
        "  list(w = w, b = b)\n"
        "}\n")
    args = {"x": np.array([[1.0, 2.0], [0.5, -1.0]]), "y": np.array([[1.0], [-2.0]]),
            "w": np.array([[0.1], [0.2]]), "b": np.array([[0.3]]), "lr": 0.05, "epochs": 1}
    t = tracing.trace_r(r_session, [port], "train", args)
    assert t.error is None
    at, words = lockstep._missing(t, ["w", "b"], port)
    assert at.line == 4 and "update() returns no element b" in words \
        and "assigns b with <- inside the list" in words, (at.line, words)
    assert lockstep._missing(t, ["w"], port) is None


def test_the_lines_a_stopping_statement_ran_in_its_helpers_are_found(tmp_path, r_session):
    """vapply(seq_len(k), unit, ...) stops on a value of the wrong length that unit() made
    through sig(): the lines that ran inside the helpers the statement called, for the
    repair to try (a max() where pmax() belongs is in sig(), not at the line that stops),
    and those that made what it reads (k)."""
    from nnparity import tracing
    port = tmp_path / "port.R"
    port.write_text(
        "sig <- function(z) 1 / (1 + exp(-max(z, -700)))\n"
        "train <- function(x, w, lr, epochs) {\n"
        "  k <- ncol(w)\n"
        "  unit <- function(j) sig(drop(x %*% w[, j]))\n"
        "  h <- vapply(seq_len(k), unit, numeric(nrow(x)))\n"
        "  list(w = w - lr * crossprod(x, h))\n"
        "}\n")
    t = tracing.trace_r(r_session, [port], "train",
                        {"x": np.array([[1.0, 2.0], [0.5, -1.0]]),
                         "w": np.array([[0.1, 0.2], [0.3, 0.4]]), "lr": 0.1, "epochs": 1})
    assert t.error is not None and t.error[3] == 5, t.error
    assert lockstep._called_from(t, 5, port) == [4, 1]
    assert lockstep._called_from(t, 6, port) == []
    at = tracing.Assignment("R", "", None, str(port), 5, "h <- vapply(seq_len(k), unit, "
                            "numeric(nrow(x)))", 0, (), "train", "other", index=len(t))
    assert lockstep._input_lines(t, at, port) == (3,)


def test_a_list_a_helper_changes_on_its_own_copy_is_shown_where_it_was_made(tmp_path,
                                                                           r_session):
    """net <- list(...), then forward(net) sets net$h and learn(net) reads it: R copies the
    list into each call, learn() finds no h and stops; the line is the list's, where an
    environment belongs."""
    from nnparity import tracing
    port = tmp_path / "port.R"
    port.write_text(
        "forward <- function(net, x) { net$h <- x %*% net$w; invisible(net) }\n"
        "learn <- function(net, x, lr) net$w - lr * crossprod(x, net$h)\n"
        "train <- function(x, w, lr, epochs) {\n"
        "  net <- list(w = w)\n"
        "  forward(net, x)\n"
        "  list(w = learn(net, x, lr))\n"
        "}\n")
    t = tracing.trace_r(r_session, [port], "train",
                        {"x": np.array([[1.0, 2.0], [0.5, -1.0]]),
                         "w": np.array([[0.1], [0.2]]), "lr": 0.1, "epochs": 1})
    assert t.error is not None and t.error[3] == 6, t.error     # (R names the caller's line)
    at, words = lockstep._copied(t, "net$w - lr * crossprod(x, net$h)")
    assert at.line == 4 and "forward() set on its own copy of net" in words, (at.line, words)
    # a field the stopping helper set itself is not another's copy
    assert lockstep._copied(t, "net$w") is None


def test_an_update_that_moves_every_element_by_one_amount_is_seen():
    """sum() of every element where colSums() belongs moves each bias by the same amount
    (the symptom av_mlp-sum-for-colsums declares); a per-column or a per-row sum does not."""
    state = np.array([[0.1, 0.2, 0.3]])
    d = np.array([[0.5, -0.1, 0.2], [0.3, 0.4, -0.6]])
    assert lockstep._uniform(state, state + 0.1 * d.sum())
    assert not lockstep._uniform(state, state + 0.1 * d.sum(axis=0))
    assert not lockstep._uniform(state, state + 0.1 * np.resize(d.sum(axis=1), 3))
    assert not lockstep._uniform(np.array([[0.1]]), np.array([[0.3]]))   # one element
    assert not lockstep._uniform(state, state)                           # none moved


def test_a_port_that_runs_one_epoch_whatever_is_asked_is_found_though_every_step_agrees(
        tmp_path, r_session):
    """Each lockstep step is one epoch, which such a port runs right; its free run parts.
    1 and 2 epochs give the same: it ignores the epochs, at the loop that walks its own
    count (Reduce() over seq_along(epochs): the indices of the one number)."""
    port = tmp_path / "port.R"
    source = (paths.ROOT / "R" / "sigmoid.R").read_text() + (
        paths.ROOT / "R" / "av_mlp.R").read_text()
    source = source.replace("  for (i in seq_len(epochs)) {\n    # forward propagation",
                            "  for (i in seq_along(epochs)) {\n    # forward propagation")
    assert "seq_along(epochs)" in source
    port.write_text(source + "train <- av_mlp_train\n")
    line = source.splitlines().index("  for (i in seq_along(epochs)) {") + 1
    result = checking.check(bundled("av_mlp[six-samples-h4]"),
                            r_train=r_session.load_port(port), session=r_session, port=port)
    ls = result.lockstep
    assert result.verdict == "diverge" and ls.first_bad == 1 and ls.probes["ignores_epochs"]
    assert ls.localized[2][1] == line, ls.localized
    assert diagnosis.port_kind([result])[0] == "ignores-hyper"
