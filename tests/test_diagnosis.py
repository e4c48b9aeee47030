"""Diagnosis: the catalogue's ports are named first (all 27: two of the same symptom and kind
are told apart by the calls the statement reported makes), and a bug that is not in the
catalogue gets no guess, but what was seen. One test per pitfall, so that parallel workers share them out."""

import pytest

from nnparity import checking, declaration, diagnosis, fixtures, paths, pitfalls, ports

from conftest import BUNDLED

CATALOGUE = pitfalls.catalogue()

# Some catalogued ports blow up (weights to 1e14 and beyond): their exp() overflows, as the
# bug would make it in a real port.
pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered in exp:RuntimeWarning")


# Pitfalls whose symptom and kind are exactly another's: diagnosis cannot tell them apart,
# and names the other first. Every other pitfall must be named first. (zhou_sgd-shuffled
# tied with zhou_sgd-full-batch by symptom; the trace's kind, data-order, now tells them apart.
# av_mlp-recycled-bias ties with av_mlp-matrix-byrow by symptom and kind; the statement
# reported, X %*% wh + drop(bh), makes none of the calls matrix-byrow's title names,
# matrix(rep(bh, n)), and tells them apart.)
TIES = {}
BY_NAME = {p.name: p for p in CATALOGUE}


def diagnose(pitfall, r_session):
    """Return the names diagnosed for the pitfall's port, most likely first."""
    py_train, r_train = ports.load(pitfall.port, r_session)
    results = [checking.check(f, py_train, r_train, session=r_session, port=pitfall.port)
               for f in BUNDLED if f.network == pitfall.network]
    return [x.name for x in diagnosis.diagnose(results, pitfall.language)[0]]


def test_every_pitfall_declares_a_symptom():
    assert all(p.symptom for p in CATALOGUE)
    known = set(diagnosis.WEIGHTS) | {"hides_with_one_sample", "later_epoch"}
    assert {k for p in CATALOGUE for k in p.symptom} <= known


@pytest.mark.parametrize("pitfall", CATALOGUE, ids=lambda p: p.name)
def test_the_pitfall_is_named_first_or_ties_with_one_of_the_same_symptom(pitfall, r_session):
    named = diagnose(pitfall, r_session)
    if pitfall.name not in TIES:
        assert named[:1] == [pitfall.name], f"{pitfall.name}: diagnosed as {named}"
    else:
        other = TIES[pitfall.name]
        assert named[:2] == [other, pitfall.name], f"{pitfall.name}: diagnosed as {named}"
        assert BY_NAME[other].symptom == pitfall.symptom


def test_the_ties_are_few():
    assert len(TIES) / len(CATALOGUE) <= 0.15 and set(TIES) | set(TIES.values()) <= set(BY_NAME)


def test_a_bug_outside_the_catalogue_gets_no_guess(tmp_path, r_session):
    port = tmp_path / "port.py"
    port.write_text(
        "from nnparity.networks import av_mlp\n\n"
        "def train(**args):\n"
        "    out = av_mlp.train(**args)\n"
        "    out['bout'] = out['bout'] + 0.01 * args['epochs']  # a drift of its own\n"
        "    return out\n")
    py_train, _ = ports.load(port, r_session)
    results = [checking.check(f, py_train, session=r_session) for f in BUNDLED
               if f.network == "av_mlp"]
    assert any(not r.passed for r in results)
    named, seen = diagnosis.diagnose(results, "Python")
    assert named == [] and seen["first_step"] == ["bout"]
    said = diagnosis.lines(results, "Python")
    assert said[0] == "diagnosis:" and len(said) <= 4
    assert any(line.startswith("  no catalogued pitfall fits; seen: ") for line in said), said
    assert any("first diverging statement: " in line and "port.py" in line for line in said)


def test_check_prints_the_diagnosis_of_a_port(capsys, r_session):
    from nnparity import cli, paths
    port = paths.PITFALLS / "av_mlp-lr-twice" / "port.py"
    status = cli.main(["check", str(paths.FIXTURES / "av_mlp"), "--port", str(port),
                       "--in-process"])
    out = capsys.readouterr().out
    assert status == 1
    assert "  the likely pitfalls, most likely first:\n    1. av_mlp-lr-twice: " in out
    assert "  kind: hyper-misused: " in out


def test_an_update_computed_and_never_written_back_is_named_where_it_is_dropped(tmp_path,
                                                                                r_session):
    port = tmp_path / "port.py"
    port.write_text(
        "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1 / (1 + np.exp(-x))\n"
        "\n"
        "def move(w, step):\n"
        "    w = w + step\n"                              # line 7: the caller's w never moves
        "\n"
        "def train(X, y, wh, bh, wout, bout, lr, epochs):\n"
        "    wh, bh, wout, bout = (np.array(a, dtype=float) for a in (wh, bh, wout, bout))\n"
        "    for i in range(epochs):\n"
        "        h = sigmoid(X @ wh + bh)\n"
        "        out = sigmoid(h @ wout + bout)\n"
        "        d_out = (y - out) * out * (1 - out)\n"
        "        d_h = (d_out @ wout.T) * h * (1 - h)\n"
        "        move(wout, h.T @ d_out * lr)\n"
        "        move(bout, np.sum(d_out, axis=0, keepdims=True) * lr)\n"
        "        move(wh, X.T @ d_h * lr)\n"
        "        move(bh, np.sum(d_h, axis=0, keepdims=True) * lr)\n"
        "    return {'wh': wh, 'bh': bh, 'wout': wout, 'bout': bout}\n")
    py_train, _ = ports.load(port, r_session)
    fixture = next(f for f in BUNDLED if f.id == "av_mlp[walkthrough-1]")
    result = checking.check(fixture, py_train, session=r_session, port=port)
    assert not result.passed
    kind, words = diagnosis.port_kind([result])
    assert kind == "not-written-back", words
    assert "returns wh, bh, wout, bout exactly as given" in words and "line 7" in words
    assert result.lockstep.localized[1][1] == 7


def test_one_update_never_written_back_is_shown_where_it_is_dropped(tmp_path, r_session):
    """Only bout never moves (its step is added to a local, not to the accumulator the
    update reads): the first parameter to differ comes back as it was, and the update of the
    unmoved one is shown where it is lost."""
    port = tmp_path / "port.py"
    port.write_text(
        "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1 / (1 + np.exp(-x))\n"
        "\n"
        "def collect(acc, step):\n"
        "    total = acc['bout'] + step\n"               # line 7: acc['bout'] stays zero
        "\n"
        # (far from the statement reported: beyond the lines the repair probe tries)
        + "# ...\n" * 12 +
        "def train(X, y, wh, bh, wout, bout, lr, epochs):\n"
        "    wh, bh, wout, bout = (np.array(a, dtype=float) for a in (wh, bh, wout, bout))\n"
        "    for i in range(epochs):\n"
        "        acc = {'bout': np.zeros_like(bout)}\n"
        "        h = sigmoid(X @ wh + bh)\n"
        "        out = sigmoid(h @ wout + bout)\n"
        "        d_out = (y - out) * out * (1 - out)\n"
        "        d_h = (d_out @ wout.T) * h * (1 - h)\n"
        "        wout += h.T @ d_out * lr\n"
        "        collect(acc, np.sum(d_out, axis=0, keepdims=True) * lr)\n"
        "        bout = bout + acc['bout']\n"
        "        wh += X.T @ d_h * lr\n"
        "        bh += np.sum(d_h, axis=0, keepdims=True) * lr\n"
        "    return {'wh': wh, 'bh': bh, 'wout': wout, 'bout': bout}\n")
    py_train, _ = ports.load(port, r_session)
    fixture = next(f for f in BUNDLED if f.id == "av_mlp[walkthrough-1]")
    result = checking.check(fixture, py_train, session=r_session, port=port)
    assert not result.passed and result.lockstep.probes["unmoved"] == ["bout"]
    kind, words = diagnosis.port_kind([result])
    assert kind == "not-written-back", words
    assert result.lockstep.localized[1][1] == 7, result.lockstep.localized


def test_a_bug_below_a_helpers_value_is_repaired_where_its_call_carries_it(tmp_path,
                                                                            r_session):
    """grads() returns the gradients under the parameters' names (values the reference
    never builds as statements); the update halves them, far below: the repair tries what
    the call assigns, and what is computed from it, before the lines around."""
    port = tmp_path / "port.py"
    port.write_text(
        "import numpy as np\n"
        "\n"
        "def sigmoid(x):\n"
        "    return 1 / (1 + np.exp(-x))\n"
        "\n"
        "def grads(p, X, y):\n"
        "    h = sigmoid(X @ p['wh'] + p['bh'])\n"
        "    out = sigmoid(h @ p['wout'] + p['bout'])\n"
        "    d_out = (y - out) * out * (1 - out)\n"
        "    d_h = (d_out @ p['wout'].T) * h * (1 - h)\n"
        "    return {'wout': h.T @ d_out, 'bout': d_out.sum(axis=0, keepdims=True),\n"
        "            'wh': X.T @ d_h, 'bh': d_h.sum(axis=0, keepdims=True)}\n"
        "\n"
        + "# ...\n" * 16 +
        "def train(X, y, wh, bh, wout, bout, lr, epochs):\n"
        "    p = {'wh': wh, 'bh': bh, 'wout': wout, 'bout': bout}\n"
        "    for i in range(epochs):\n"
        "        g = grads(p, X, y)\n"
        "        p = {k: p[k] + lr * g[k] / 2 for k in p}\n"          # line 34: / 2
        "    return p\n")
    py_train, _ = ports.load(port, r_session)
    fixture = next(f for f in BUNDLED if f.id == "av_mlp[walkthrough-1]")
    result = checking.check(fixture, py_train, session=r_session, port=port)
    assert not result.passed
    fixed = result.lockstep.probes.get("repair")
    assert fixed is not None and fixed.line == 34, result.lockstep.localized
    assert result.lockstep.localized[1][1] == 34


def test_samples_visited_in_another_order_are_named_by_the_order_seen(r_session):
    from nnparity.networks import zhou_sgd

    def train(**kwargs):
        last_first = {k: kwargs[k][::-1] for k in ("data", "all_y_trues")}
        return zhou_sgd.train(**{**kwargs, **last_first})
    fixture = next(f for f in BUNDLED if f.id == "zhou_sgd[article-epochs-1]")
    result = checking.check(fixture, train, session=r_session)
    assert not result.passed
    kind, words = diagnosis.port_kind([result])
    assert (kind, words) == ("data-order", "given samples 1, 2, 3 alone in that order, it "
                             "visits them as 3, 2, 1: the samples are visited in another "
                             "order than the reference's")


def test_a_hyperparameter_passed_where_another_belongs_is_misused_not_ignored(tmp_path,
                                                                             r_session):
    """grad(par, X, y, lr) where lambda belongs: the port ignores lambda, because lr is given
    in its place; the repair that passes lambda says which."""
    project = paths.ROOT / "examples" / "ridge_logistic_r_first"
    base = paths.ROOT / "tests" / "ports" / "seventh" / "bases" / "ridge_logistic_mapply.R"
    text = base.read_text(encoding="utf-8")
    assert text.count("g <- grad(par, X, y, lambda)") == 1
    port = tmp_path / "port.R"
    port.write_text(text.replace("grad(par, X, y, lambda)", "grad(par, X, y, lr)"),
                    encoding="utf-8")
    found = declaration.project(project)
    fixture = next(f for f in map(fixtures.load, fixtures.discover(found.fixtures))
                   if f.name == "default")
    _, r_train = ports.load(port, r_session)
    result = checking.check(fixture, None, r_session.adapt(fixture.net, r_train),
                            session=r_session, port=port)
    assert not result.passed
    kind, words = diagnosis.port_kind([result])
    assert kind == "hyper-misused" and "the port ignores lambda: lr where lambda belongs" \
        in words, (kind, words)


def test_of_one_symptom_the_pitfall_naming_the_statements_calls_comes_first():
    title = "matrix(rep(bh, n), byrow = FALSE): the biases laid out column-major"
    assert diagnosis._calls_named(title, "B <- matrix(rep(bh, n), n)") == (-2, 0)
    assert diagnosis._calls_named(title, "H <- X %*% wh + drop(bh)") == (0, 2)
    assert diagnosis._calls_named("A bias vector added the numpy way", "H <- X + drop(b)") \
        == (0, 0)
