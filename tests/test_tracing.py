"""Statement-level traces of one epoch in Python and R, aligned: the bundled networks agree
statement for statement; each catalogued port is reported at its bug's line with its kind.

The expected line of each port is found in the port's own text (its "# the bug" comment, or
the statement its README names), never from what the engine reports.
"""

import glob
import importlib
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from nnparity import fixtures, paths, runners, tracing

R_FILES = sorted(glob.glob(str(paths.ROOT / "R" / "*.R")))
NETWORKS = ("av_mlp", "av_nobias", "zhou_sgd", "udacity_linear")
ONE_FIXTURE = {"av_mlp": "walkthrough-1", "av_nobias": "f4-n3-h3-epochs-1",
               "zhou_sgd": "alice-walkthrough-1", "udacity_linear": "hand-1"}


def one_epoch(network, name):
    """Return (network, train()'s kwargs for one epoch) of a bundled fixture."""
    fixture = fixtures.load(paths.FIXTURES / network / f"{name}.json")
    args = fixture.args()
    args["epochs"] = 1
    return fixture.network, args


def python_trace(network, args):
    return tracing.trace_python(importlib.import_module(f"nnparity.networks.{network}").train,
                                args)


def r_trace(session, network, args):
    return tracing.trace_r(session, R_FILES, f"{network}_train", args)


# ------------------------------------------------------------------ the bundled networks

@pytest.mark.parametrize("network", NETWORKS)
def test_the_bundled_networks_align_with_no_diverging_statement(network, r_session):
    network, args = one_epoch(network, ONE_FIXTURE[network])
    py, r = python_trace(network, args), r_trace(r_session, network, args)
    assert py.error is None and r.error is None
    assert tracing.align(py, r) is None       # R as the port, Python the reference
    assert tracing.align(r, py) is None       # and the other way round
    # Statement for statement: every value a name takes on one side is a value that name
    # takes on the other (where both sides use the name).
    filled = {a.name for a in [*py, *r] if a.partial}   # allocated, then filled: compared
    py_names = {a.name for a in py if a.kind == "assign" and a.value is not None} - filled
    checked = 0
    for a in r:
        if a.kind == "assign" and a.name in py_names and a.value is not None:
            assert any(tracing.fits(a.value, b.value) for b in py if b.name == a.name), \
                f"R {a.file}:{a.line} {a.text}"
            checked += 1
    assert checked >= 2


def test_a_changed_statement_of_a_bundled_network_is_found(r_session):
    """R's trace with the bias update reversed (and so what it returns): the alignment
    names that statement, its Python counterpart and what it read."""
    network, args = one_epoch("av_mlp", "walkthrough-1")
    py, r = python_trace(network, args), r_trace(r_session, network, args)
    update = next(a for a in r if a.name == "bh" and a.kind == "assign")
    reversed_ = 2 * args["bh"] - update.value
    changed = [tracing.Assignment(**{**a.__dict__, "value": reversed_})
               if a is update or a.name == "return:bh" else a for a in r]
    found = tracing.align(py, tracing.Trace(changed, r.frames))
    assert (found.port.line, found.port.name) == (update.line, "bh")
    assert found.diverging == ("bh",) and found.kind == "sign"
    assert found.reference.text.startswith("bh = bh + np.sum(d_hiddenlayer, axis=0")
    assert {p.name for p, _ in found.inputs} == {"bh", "d_hiddenlayer", "lr"}


# ------------------------------------------------------------------- the catalogue's ports

def marked(path, marker, after=False):
    """Return the 1-based line of the port that holds `marker` (the next line if after)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, text in enumerate(lines, 1) if marker in text)
    return number + 1 if after else number


# (pitfall, fixture, marker of the bug's line, the marker's line or the next one, kind)
CATALOGUE = [
    ("rowsums-bias", "walkthrough-1", "rowSums(d_", False, "wrong-axis"),
    ("av_mlp-slope-of-preactivation", "walkthrough-1", "# the bug", False, "wrong-derivative"),
    ("av_mlp-lr-twice", "walkthrough-1", "# the bug", False, "hyper-misused"),
    ("av_nobias-mean-gradient", "f4-n3-h3-epochs-1", "# the bug", False, "mean-for-sum"),
    ("av_nobias-gradient-ascent", "f4-n3-h3-epochs-1", "# BUG", False, "sign"),
    ("zhou_sgd-updated-w5", "alice-walkthrough-1", "# The bug", True, "stale-value"),
    ("single-precision-r", "walkthrough-1", "wh <- f32(wh)", False, "single-precision"),
    ("single-precision-python", "walkthrough-1", "astype(np.float32)", False,
     "single-precision"),
    ("av_nobias-single-precision", "f4-n3-h3-epochs-1", "W_ih <- f32(", False,
     "single-precision"),
    ("av_mlp-sum-for-colsums", "walkthrough-1", "# the bug", False, "wrong-axis"),
    ("av_mlp-recycled-bias", "walkthrough-1", "# the bug", False, "recycling"),
    ("av_mlp-repeat-reshape", "walkthrough-1", "# the bug", False, "recycling"),
    ("av_mlp-matrix-byrow", "walkthrough-1", "# the bug", False, "recycling"),
    ("av_mlp-hardcoded-lr", "article-lr-0p7", "the bug", False, "ignores-hyper"),
    ("av_mlp-aliased-wout", "walkthrough-1", "# the bug", False, "stale-value"),
    # toJSON() rounds to 4 digits: the checkpoint holds no numbers the trace sees, saved
    # (read back from it) holds them rounded, and the statement that rounded them is reported
    ("av_nobias-json-checkpoint", "f4-n3-h3-epochs-1", "# The bug", True, "rounding"),
    ("zhou_sgd-deriv-of-activation", "alice-walkthrough-1", "# The bug", True,
     "wrong-derivative"),
    ("zhou_sgd-broadcast-loss", "article-epochs-1", "# the bug", False, "recycling"),
    ("zhou_sgd-shuffled", "article-epochs-1", "# the bug", False, "data-order"),
    # np.repeat(0, n), an integer array, truncates what is stored into it
    ("zhou_sgd-integer-loss", "alice-walkthrough-1", "# the bug", False,
     "integer-truncation"),
    ("udacity_linear-update-in-loop", "seven-records-f3-h5", "# the bug", False, "stale-value"),
    ("udacity_linear-sigmoid-output", "hand-1", "sigmoid(sigmoid(", False, "wrong-derivative"),
    # one number where the reference has a row: its values alone do not say recycling (a
    # shorter value is not always a recycled one); the repair probe's targets[i, ] does
    ("udacity_linear-targets-as-vector", "two-outputs-f4-h6", "# the bug", False, None),
]


def port_finding(pitfall, fixture, session):
    """Trace the pitfall's port and the bundled network of the other language; align."""
    port = next((paths.PITFALLS / pitfall).glob("port.*"))
    declared = json.loads((paths.PITFALLS / pitfall / "pitfall.json").read_text())
    network, args = one_epoch(declared["network"], fixture)
    if port.suffix == ".py":
        traced = tracing.trace_python(runners.load_python_port(port), args)
        reference = r_trace(session, network, args)
    else:
        traced = tracing.trace_r(session, [port], "train", args)
        reference = python_trace(network, args)
    assert traced.error is None, traced.error
    return port, tracing.align(reference, traced)


@pytest.mark.parametrize("pitfall, fixture, marker, after, kind", CATALOGUE,
                         ids=[c[0] for c in CATALOGUE])
def test_each_catalogued_port_is_localized_to_its_bugs_line(pitfall, fixture, marker, after,
                                                            kind, r_session):
    port, found = port_finding(pitfall, fixture, r_session)
    assert found is not None
    line = marked(port, marker, after)
    span = range(found.port.line, found.port.line + found.port.text.count("\n") + 1)
    assert Path(found.port.file).resolve() == port.resolve() and line in span, \
        f"reported {found.port.line}: {found.port.text}"
    assert found.kind == kind, found.relation


def test_a_helper_given_the_wrong_operand_is_reported_at_its_call_with_the_line_inside(
        r_session):
    _, found = port_finding("av_mlp-slope-of-preactivation", "walkthrough-1", r_session)
    assert found.port.text == "slope_output_layer <- derivatives_sigmoid(output_layer_input)"
    assert found.inside.function == "derivatives_sigmoid"
    assert found.reference.text == "slope_output_layer = derivatives_sigmoid(output)"
    assert [p.name for p, _ in found.inputs] == ["output_layer_input"]
    assert found.inputs[0][1].name == "output_layer_input"


def test_a_float32_helper_is_reported_where_train_calls_it(r_session):
    _, found = port_finding("single-precision-r", "walkthrough-1", r_session)
    assert found.inside.function == "f32" and "writeBin" in found.inside.text
    assert found.calls == ()                  # the call site is train()'s own statement


def test_an_array_filled_element_by_element_names_where_it_was_made(r_session):
    # y_preds[i] = ... is truncated because np.repeat(0, n) made an integer array: the
    # allocation is reported, and the words say what it made
    port, found = port_finding("zhou_sgd-integer-loss", "alice-walkthrough-1", r_session)
    assert found.port.line == marked(port, "# the bug")
    assert "y_preds is filled into an integer array made at line" in found.relation[1]
    assert found.diverging == ("loss",)


def test_a_port_that_stops_gives_its_error_and_no_finding(r_session):
    port = paths.PITFALLS / "av_mlp-hardcoded-sizes" / "port.R"
    _, args = one_epoch("av_mlp", "one-sample")
    traced = tracing.trace_r(r_session, [port], "train", args)
    assert "do not match the length of object" in traced.error[1]
    assert traced and all(a.line < marked(port, "# the bug") + 1 for a in traced)
    assert tracing.align(python_trace("av_mlp", args), traced) is None


# ------------------------------------------------------------------------ the traces

def test_per_sample_loops_are_traced_with_occurrences_in_both_languages(r_session):
    network, args = one_epoch("zhou_sgd", "article-epochs-1")
    n = len(args["data"])
    for trace in (python_trace(network, args), r_trace(r_session, network, args)):
        sums = [a for a in trace if a.name == "sum_h1"]
        assert [a.occurrence for a in sums] == list(range(n))
        assert len({a.line for a in sums}) == 1
        w1 = [a for a in trace if a.name == "w1" and a.kind == "assign"]
        assert all(a.loop > 0 for a in w1) and len(w1) >= n
        # each sample's update reads that sample's derivatives: values change every time
        assert len({float(a.value.flat[0]) for a in w1}) == len(w1)


def test_the_record_loop_and_helpers_are_traced(r_session):
    network, args = one_epoch("udacity_linear", "hand-2")
    n = len(args["features"])
    py, r = python_trace(network, args), r_trace(r_session, network, args)
    assert sum(a.name == "error" for a in py) == n == sum(a.name == "error" for a in r)
    assert {"NeuralNetwork.backpropagation", "NeuralNetwork.update_weights"} <= \
        {f.function for f in py.frames.values()}
    assert {"udacity_linear_backpropagation", "udacity_linear_update_weights"} <= \
        {f.function for f in r.frames.values()}
    # The in-place `self.weights_hidden_to_output += ...` is seen with its new value.
    update = [a for a in py if a.name == "self.weights_hidden_to_output" and a.kind == "assign"]
    final = next(a for a in py if a.name == "return:weights_hidden_to_output")
    assert update and np.array_equal(update[-1].value, final.value)


def test_closures_defined_inside_an_r_train_are_traced(r_session):
    port = paths.PITFALLS / "av_mlp-slope-of-preactivation" / "port.R"
    _, args = one_epoch("av_mlp", "walkthrough-1")
    traced = tracing.trace_r(r_session, [port], "train", args)
    assert {f.function for f in traced.frames.values()} == {"train", "sigmoid",
                                                            "derivatives_sigmoid"}
    sigmoid = [f for f in traced.frames.values() if f.function == "sigmoid"]
    assert [f.call_line for f in sigmoid] == [marked(port, "hiddenlayer_activations <- sigmoid"),
                                               marked(port, "output <- sigmoid")]


def write_module(tmp_path, name, source):
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_in_place_numpy_updates_and_their_aliases_are_seen(tmp_path):
    module = write_module(tmp_path, "inplace_port", (
        "def train(w, lr, epochs):\n"
        "    before = w\n"
        "    w += lr\n"
        "    w[0, 0] = 7.0\n"
        "    return {'w': w, 'before': before}\n"))
    w = np.zeros((2, 2))
    trace = tracing.trace_python(module.train, {"w": w, "lr": 0.5, "epochs": 1})
    assert np.array_equal(w, np.zeros((2, 2)))          # the caller's array is untouched
    updates = [(a.name, a.kind, a.line, a.value.tolist()) for a in trace
               if a.kind in ("assign", "alias")]
    assert updates == [
        ("before", "assign", 2, [[0, 0], [0, 0]]),
        ("w", "assign", 3, [[0.5, 0.5], [0.5, 0.5]]),
        ("before", "alias", 3, [[0.5, 0.5], [0.5, 0.5]]),
        ("w", "assign", 4, [[7, 0.5], [0.5, 0.5]]),
        ("before", "alias", 4, [[7, 0.5], [0.5, 0.5]]),
    ]
    assert next(a for a in trace if a.name == "w" and a.line == 4).partial


def test_an_array_a_helper_changes_in_place_is_changed_under_its_callers_name(tmp_path):
    # backprop(d, x) does d += x: train()'s d is that array, so its next reader reads the
    # helper's write, not train()'s zeros
    module = write_module(tmp_path, "helper_inplace_port", (
        "import numpy as np\n"
        "def backprop(d, x):\n"
        "    d += x\n"
        "def train(w, epochs):\n"
        "    d = np.zeros(2)\n"
        "    backprop(d, w)\n"
        "    w = w + d\n"
        "    return {'w': w}\n"))
    trace = tracing.trace_python(module.train, {"w": np.ones(2), "epochs": 1})
    alias = next(a for a in trace if a.kind == "alias")
    assert (alias.name, alias.line, alias.value.tolist()) == ("d", 3, [1.0, 1.0])
    assert alias.frame == next(a.frame for a in trace if a.name == "w" and a.kind == "arg")
    g = tracing._Graph(trace)
    write = next(a for a in trace if a.name == "d" and a.line == 3 and a.kind == "assign")
    update = next(a for a in trace if a.name == "w" and a.line == 7)
    assert alias.index in g.deps(update.index) and write.index in g.deps(alias.index)


def test_a_python_train_that_raises_keeps_its_trace_and_the_trace_function(tmp_path):
    module = write_module(tmp_path, "raising_port", (
        "def train(x, epochs):\n"
        "    y = x * 2\n"
        "    z = y / 0 if False else {}['missing']\n"
        "    return {'x': z}\n"))
    seen = []

    def outer(frame, event, arg):
        seen.append(event)

    previous = sys.gettrace()
    sys.settrace(outer)
    try:
        trace = tracing.trace_python(module.train, {"x": np.ones(2), "epochs": 1})
        assert sys.gettrace() is outer
    finally:
        sys.settrace(previous)
    assert trace.error[:2] == ("KeyError", "'missing'") and trace.error[3] == 3
    assert [a.name for a in trace if a.kind == "assign"] == ["y"]
    assert not any(a.kind == "return" for a in trace)


def test_an_exception_caught_inside_train_is_no_error_of_the_trace(tmp_path):
    """A generator closed before its end (GeneratorExit inside it) and an exception caught
    by train() itself leave the trace without an error; one train() raises keeps the line
    it was raised at, inside a helper too."""
    module = write_module(tmp_path, "caught_port", (
        "def rows(x):\n"
        "    for v in x:\n"
        "        yield v * 2\n"
        "\n"
        "def train(x, epochs):\n"
        "    first = next(rows(x))\n"
        "    try:\n"
        "        int('x')\n"
        "    except ValueError:\n"
        "        pass\n"
        "    w = first + 1\n"
        "    if epochs > 1:\n"
        "        w = {}[w]\n"
        "    return {'w': w}\n"))
    trace = tracing.trace_python(module.train, {"x": np.ones(3), "epochs": 1})
    assert trace.error is None
    assert [a.name for a in trace if a.kind == "assign"] == ["first", "w"]
    raised = tracing.trace_python(module.train, {"x": np.ones(3), "epochs": 2})
    assert raised.error[0] == "KeyError" and raised.error[3] == 13, raised.error


def test_one_epoch_of_a_200_by_8_network_is_traced_whole_on_both_sides(r_session):
    """(How long it takes is bench/bench_localize.py --timing's.)"""
    network, args = one_epoch("av_mlp", "random-200x8-h16")
    for traced in (python_trace(network, args), r_trace(r_session, network, args)):
        assert traced.error is None
        returned = {a.name for a in traced if a.kind == "return" and a.frame == min(traced.frames)}
        assert {"return:wh", "return:bh", "return:wout", "return:bout"} <= returned, returned


# --------------------------------------------------------------------------- relation()

Q = np.array([[0.5, -1.25, 2.0], [3.5, 0.125, -0.75]])
CONTEXT = {"sizes": [2, 3], "hyper": {"lr": 0.1}}


@pytest.mark.parametrize("port, kind", [
    (Q / 2, "mean-for-sum"), (Q * 3, "sum-for-mean"), (-Q, "sign"),
    (Q * 0.1, "hyper-misused"), (Q * 4, "wrong-constant"), (Q.T, "transposed"),
    (Q + 0.37, None), (Q[::-1], None),
    (Q / np.log(2), "wrong-constant"),      # log2 where log belongs
])
def test_relation_names_what_holds_of_the_numbers(port, kind):
    found = tracing.relation(Q, port, CONTEXT)
    assert (found[0] if found else None) == kind


def test_relation_sees_precision_rounding_and_truncation():
    q = np.array([[0.1234567891, 2.718281828459045], [-1.4142135623730951, 7.5]])
    f32 = q.astype(np.float32).astype(np.float64)
    assert tracing.relation(q, f32, {})[0] == "single-precision"
    assert tracing.relation(q, np.round(q, 4), {})[0] == "rounding"
    assert tracing.relation(q, np.trunc(q), {})[0] == "integer-truncation"
    assert tracing.relation(q, q + 0.37, {}) is None      # nothing fits: no guess


def test_relation_compares_the_steps_of_an_update():
    base = np.array([[1.0, 2.0, 3.0]])
    d = np.array([[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]])
    ref = base + d.sum(axis=0, keepdims=True) * 0.1
    assert tracing.relation(ref, base - d.sum(axis=0, keepdims=True) * 0.1,
                            {"base": (base, base)})[0] == "sign"
    assert tracing.relation(ref, base + d.sum() * 0.1,
                            {"base": (base, base), "reads": {"d": d}})[0] == "wrong-axis"
    # np.sum() of the steps where sum() adds them element-wise: every element's sum added to
    # each, seen from the steps alone (d is not among the inputs)
    step = d.sum(axis=0, keepdims=True) * 0.1
    found = tracing.relation(ref, base + step.sum(), {"base": (base, base)})
    assert found[0] == "wrong-axis" and "every element" in found[1], found
    assert tracing.relation(ref, base + step.sum() / 2, {"base": (base, base)}) is None


def test_relation_sees_a_vector_laid_out_along_the_other_dimension():
    x, h = np.array([1.0, 2.0]), np.array([0.25, -0.125])
    ref = np.outer(x, h)                       # x[i] * h[j]
    port = np.zeros((2, 2)) + h * x            # h * x added to every row: x[j] * h[j]
    assert tracing.relation(ref, port, {"reads": {"h": h, "x": x}})[0] == "recycling"
    assert tracing.relation(ref, port, {"reads": {"h": h}}) is None   # not from h alone


def test_relation_sees_a_slope_on_one_side_only():
    e, v = np.array([[1.0, -0.5]]), np.array([[0.25, 0.75]])
    assert tracing.relation(e, e * v * (1 - v), {"reads": {"v": v}})[0] == "wrong-derivative"
    assert tracing.relation(e * v * (1 - v), e, {"reference_reads": {"v": v}})[0] == \
        "wrong-derivative"


@pytest.mark.parametrize("ours, theirs", [
    (lambda a: a * (1 - a), lambda a: 1 - a ** 2),                 # the sigmoid's for tanh's
    (lambda a: 1 - np.tanh(a) ** 2, lambda a: a * (1 - a)),        # tanh's of a, for a(1 - a)
    (lambda a: (1 - a) ** 2, lambda a: 1 - a ** 2),                # the power misplaced
])
def test_relation_sees_the_slope_of_another_activation(ours, theirs):
    """Read by the reference only (the port's holder of it is a list): either side's agreeing
    input serves; a slope that is the reference's is not that."""
    e, a = np.array([[1.0, -0.5, 2.0]]), np.array([[0.25, 0.75, -0.4]])
    found = tracing.relation(e * theirs(a), e * ours(a), {"reference_reads": {"A2": a}})
    assert found[0] == "wrong-derivative" and "of A2" in found[1], found
    scaled = tracing.relation(e * theirs(a), e * theirs(a) * 1.5, {"reference_reads": {"A2": a}})
    assert (scaled or ("",))[0] != "wrong-derivative", scaled


def test_relation_sees_a_round_constant_where_the_hyperparameter_belongs():
    found = tracing.relation(Q, Q * 0.5 / 0.1, CONTEXT)   # 0.5 where lr = 0.1 was given
    assert found[0] == "ignores-hyper" and "were 0.5" in found[1]


def write_r(tmp_path, source):
    path = tmp_path / "port.R"
    path.write_text(source, encoding="utf-8")
    return path


CLOSURE_PORT = (
    "train <- function(w, lr, epochs) {\n"
    "  step <- function(g) {\n"
    "    w <<- w - lr * g\n"
    "  }\n"
    "  for (e in seq_len(epochs)) step(2 * w)\n"
    "  list(w = w,\n"
    "       twice = 2 * w)\n"
    "}\n")


def test_an_r_closure_updating_with_superassignment_is_traced_in_the_frame_it_changes(
        tmp_path, r_session):
    path = write_r(tmp_path, CLOSURE_PORT)
    traced = tracing.trace_r(r_session, [path], "train",
                             {"w": np.array([1.0, 2.0]), "lr": 0.25, "epochs": 1})
    assert traced.error is None
    top = next(f.id for f in traced.frames.values() if f.function == "train")
    update = [a for a in traced if a.name == "w" and a.line == 3]
    assert len(update) == 1 and update[0].frame == top
    assert update[0].value.tolist() == [0.5, 1.0]
    ret = next(a for a in traced if a.name == "return:w")
    assert (ret.line, ret.last_line) == (6, 7)      # the statement over two lines


def test_an_update_never_written_back_is_reported_where_it_is_made(tmp_path):
    reference = write_module(tmp_path, "ref_update", (
        "def train(w, lr, epochs):\n"
        "    w = w - lr * w\n"
        "    return {'w': w}\n"))
    port = write_module(tmp_path, "port_update", (
        "def train(w, lr, epochs):\n"
        "    p = {'w': w}\n"
        "    w = p['w'] - lr * p['w']\n"
        "    return {'w': p['w']}\n"))
    args = {"w": np.array([[1.0, 2.0]]), "lr": 0.25, "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_python(port.train, args))
    assert found.port.line == 3 and found.kind == "not-written-back"
    assert found.reference.line == 2


def test_an_r_trace_stops_at_the_length_cap(tmp_path, r_session, monkeypatch):
    monkeypatch.setattr(tracing, "MAX_RECORDS", 50)
    path = write_r(tmp_path, (
        "train <- function(w, epochs) {\n"
        "  for (i in 1:100) w <- w + 1\n"
        "  list(w = w)\n"
        "}\n"))
    traced = tracing.trace_r(r_session, [path], "train", {"w": 0.0, "epochs": 1})
    assert "more than 50 assignments" in traced.error[1]
    assert len(traced) == 50


# ------------------------------------------------- lists, dropped values, stops, relations

PY_SCALARS = (
    "def train(w1, w2, x, lr, epochs):\n"
    "    for e in range(epochs):\n"
    "        g1 = w1 * x\n"
    "        g2 = w2 * x * 3.0\n"
    "        w1 = w1 - lr * g1\n"
    "        w2 = w2 - lr * g2\n"
    "    return {'w1': w1, 'w2': w2}\n")

SCALAR_ARGS = {"w1": 0.3, "w2": -0.7, "x": 1.3, "lr": 0.1, "epochs": 1}


def test_an_r_named_lists_elements_are_traced_as_variables(tmp_path, r_session):
    reference = write_module(tmp_path, "ref_scalars", PY_SCALARS)
    port = write_r(tmp_path, (
        "train <- function(w1, w2, x, lr, epochs) {\n"
        "  p <- list(w1 = w1, w2 = w2)\n"
        "  for (e in seq_len(epochs)) {\n"
        "    g1 <- p$w1 * x\n"
        "    g2 <- p[[\"w2\"]] * x * 3\n"
        "    p$w1 <- p$w1 - lr * g1\n"
        "    p$w2 <- p$w2 - lr * g1\n"            # g1 where g2 belongs
        "  }\n"
        "  c(p, list())\n"
        "}\n"))
    traced = tracing.trace_r(r_session, [port], "train", SCALAR_ARGS)
    assert {a.name for a in traced if a.line == 2} >= {"p", "p$w1", "p$w2"}
    assert [a.value.item() for a in traced if a.name == "p$w1" and a.line == 6] == \
        pytest.approx([0.3 - 0.1 * 0.3 * 1.3])
    found = tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS), traced)
    # (scalars are not told apart by value as operands: no kind is guessed for them)
    assert found.port.line == 7 and found.kind in (None, "wrong-operand")


def test_an_r_value_computed_and_dropped_is_where_the_update_is_lost(tmp_path, r_session):
    reference = write_module(tmp_path, "ref_dropped", PY_SCALARS)
    port = write_r(tmp_path, (
        "train <- function(w1, w2, x, lr, epochs) {\n"
        "  for (e in seq_len(epochs)) {\n"
        "    g1 <- w1 * x\n"
        "    g2 <- w2 * x * 3\n"
        "    w1 <- w1 - lr * g1\n"
        "    w2 - lr * g2\n"
        "  }\n"
        "  list(w1 = w1, w2 = w2)\n"
        "}\n"))
    traced = tracing.trace_r(r_session, [port], "train", SCALAR_ARGS)
    dropped = [a for a in traced if a.kind == "expr"]
    assert [a.line for a in dropped] == [6]
    found = tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS), traced)
    assert (found.port.line, found.kind) == (6, "not-written-back")


def test_an_r_error_keeps_the_line_it_stopped_at(tmp_path, r_session):
    port = write_r(tmp_path, (
        "train <- function(w, epochs) {\n"
        "  a <- matrix(w, 2, 3)\n"
        "  b <- a %*% a\n"
        "  list(w = b)\n"
        "}\n"))
    traced = tracing.trace_r(r_session, [port], "train", {"w": np.arange(6.0), "epochs": 1})
    assert "non-conformable" in traced.error[1]
    assert (Path(traced.error[2]).resolve(), traced.error[3]) == (port.resolve(), 3)


def test_a_value_written_in_part_and_truncated_is_reported_where_its_array_was_made(tmp_path):
    source = (
        "import numpy as np\n"
        "def train(w, lr, epochs):\n"
        "    loss = np.zeros(epochs{dtype})\n"
        "    for e in range(epochs):\n"
        "        loss[e] = np.sum(w ** 2) / 4\n"
        "        w = w - lr * w\n"
        "    return {{'w': w, 'loss': loss}}\n")
    reference = write_module(tmp_path, "ref_loss", source.format(dtype=""))
    port = write_module(tmp_path, "port_loss", source.format(dtype=", dtype=int"))
    args = {"w": np.array([0.5, 0.75]), "lr": 0.25, "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_python(port.train, args))
    # the bug is the dtype of line 3; the words name the write of line 5 into it
    assert (found.port.line, found.kind) == (3, "integer-truncation")
    assert "loss is filled into an array of int" in found.relation[1]


def test_relation_sees_an_axis_a_term_and_a_near_constant():
    e = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 7.0]])
    by_rows, by_columns = e / e.sum(axis=1, keepdims=True), e / e.sum(axis=0, keepdims=True)
    assert tracing.relation(by_rows, by_columns, {"reads": {"E": e}})[0] == "wrong-axis"
    assert tracing.relation(by_rows, by_columns, {}) is None      # not without E
    w, g = np.array([0.5, -0.25, 2.0]), np.array([0.1, 0.3, -0.2])
    assert tracing.relation(g + 0.1 * w, g + 2 * 0.1 * w,
                            {"reads": {"w": w}, "hyper": {"lam": 0.1}})[0] == "wrong-constant"
    q = 1 / (1 + np.exp(-e))
    near = tracing._by_nearness(q, 1 / (1 + 2.718282 ** -e))
    assert near[0] == "wrong-constant"
    assert tracing._by_nearness(q, q * 1.01) is None               # too far to be a digit


def test_an_r_s3_generic_dispatches_and_its_method_is_traced(tmp_path, r_session):
    port = tmp_path / "s3.R"
    port.write_text(
        "step <- function(obj, ...) UseMethod(\"step\")\n"
        "step.net <- function(obj, x) {\n"
        "  obj$w <- obj$w + sum(x)\n"
        "  obj\n"
        "}\n"
        "train <- function(x, w) {\n"
        "  net <- structure(list(w = w), class = \"net\")\n"
        "  net <- step(net, x)\n"
        "  list(w = net$w)\n"
        "}\n", encoding="utf-8")
    traced = tracing.trace_r(r_session, [port], "train",
                             {"x": np.array([1.0, 2.0]), "w": np.array(0.5)})
    assert traced.error is None, traced.error
    # the method's update, on its own line, with its value
    update = [a for a in traced if a.line == 3 and a.value is not None]
    assert update and float(update[-1].value.ravel()[0]) == 3.5


@pytest.mark.parametrize("factor, line", [("1", None), ("2", 4)])
def test_an_r_reference_class_methods_are_traced(tmp_path, r_session, factor, line):
    """setRefClass()'s generator runs as it is (an S4 object, not rewritten); the methods
    the file defines are traced, a field's <<- in its method's frame, and what train()
    returns of the object (acc$w) is computed from it."""
    reference = write_module(tmp_path, "ref_acc", (
        "def train(x, w):\n"
        "    w = w + x.sum()\n"
        "    return {'w': w}\n"))
    port = tmp_path / f"refclass{factor}.R"
    port.write_text(
        "Acc <- setRefClass(\"Acc\", fields = list(w = \"numeric\"),\n"
        "  methods = list(\n"
        "    add = function(x) {\n"
        f"      w <<- w + {factor} * sum(x)\n"
        "      invisible(w)\n"
        "    }))\n"
        "train <- function(x, w) {\n"
        "  acc <- Acc$new(w = w)\n"
        "  acc$add(x)\n"
        "  list(w = acc$w)\n"
        "}\n", encoding="utf-8")
    args = {"x": np.array([1.0, 2.0]), "w": np.array(0.5)}
    traced = tracing.trace_r(r_session, [port], "train", args)
    assert traced.error is None, traced.error
    assert [(a.function, float(a.value.ravel()[0])) for a in traced
            if a.name == "w" and a.kind == "assign"] == [("Acc$add", 0.5 + float(factor) * 3)]
    found = tracing.align(tracing.trace_python(reference.train, args), traced)
    assert (found and found.port.line) == line, found and (found.port.line, found.port.text)


# ------------------------------------- the rewritten R environment, kept between calls

def traced_returns(traced):
    return {a.name: a.value.tolist() for a in traced if a.name.startswith("return:")}


def test_an_r_port_traced_twice_starts_each_call_from_its_files_state(tmp_path, r_session):
    # what one call leaves in the files' environment (a counter kept with <<-) is not seen
    # by the next: each call runs in a fresh copy of the rewritten environment
    path = write_r(tmp_path, (
        "calls <- 0\n"
        "train <- function(w, epochs) {\n"
        "  calls <<- calls + 1\n"
        "  list(w = w + calls)\n"
        "}\n"))
    args = {"w": np.array([1.0, 2.0]), "epochs": 1}
    first, second = (tracing.trace_r(r_session, [path], "train", args) for _ in range(2))
    assert traced_returns(first) == traced_returns(second) == {"return:w": [2.0, 3.0]}
    assert [a.line for a in first] == [a.line for a in second]


def test_an_r_file_changed_between_traces_is_read_again(tmp_path, r_session):
    path = write_r(tmp_path, "train <- function(w, epochs) {\n  list(w = w + 1)\n}\n")
    args = {"w": np.array([1.0]), "epochs": 1}
    assert traced_returns(tracing.trace_r(r_session, [path], "train", args)) == \
        {"return:w": [2.0]}
    path.write_text("train <- function(w, epochs) {\n  list(w = w + 5)\n}\n", encoding="utf-8")
    assert traced_returns(tracing.trace_r(r_session, [path], "train", args)) == \
        {"return:w": [6.0]}


def test_functions_held_in_a_list_or_made_by_a_factory_are_traced_on_every_call(
        tmp_path, r_session):
    # a list of functions and a factory's closure see the environment they were made in,
    # so it is rewritten afresh for each call: the helper they call is traced every time
    path = write_r(tmp_path, (
        "helper <- function(x) {\n"
        "  y <- 2 * x\n"
        "  y\n"
        "}\n"
        "acts <- list(double = function(x) helper(x))\n"
        "make <- function() function(x) helper(x)\n"
        "twice <- make()\n"
        "train <- function(w, epochs) {\n"
        "  a <- acts$double(w)\n"
        "  b <- twice(w)\n"
        "  list(w = a + b)\n"
        "}\n"))
    args = {"w": np.array([1.0]), "epochs": 1}
    for _ in range(2):
        traced = tracing.trace_r(r_session, [path], "train", args)
        assert [a.value.tolist() for a in traced if a.name == "y"] == [[2.0], [2.0]]


# ------------------------------------------ an update computed and never written back

def test_a_helper_that_rebinds_its_own_name_is_the_update_dropped(tmp_path):
    port = write_module(tmp_path, "rebinding_port", (
        "def descend(W, grad, rate):\n"
        "    W = W - rate * grad\n"
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        descend(w1, w1 * x, lr)\n"
        "        descend(w2, w2 * x * 3.0, lr)\n"
        "    return {'w1': w1, 'w2': w2}\n"))
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    statement, words = tracing.dropped_update(traced, ["x"], ["w1", "w2"])
    assert (statement.line, statement.text) == (2, "W = W - rate * grad")
    assert "rebinds W" in words


def test_an_r_helpers_value_dropped_is_blamed_at_its_call(tmp_path, r_session):
    port = write_r(tmp_path, (
        "step <- function(p, x, lr) {\n"
        "  p - lr * p * x\n"
        "}\n"
        "train <- function(w1, w2, x, lr, epochs) {\n"
        "  p <- c(w1 = w1, w2 = w2)\n"
        "  for (e in seq_len(epochs)) {\n"
        "    step(p, x, lr)\n"
        "  }\n"
        "  list(w1 = p[[1]], w2 = p[[2]])\n"
        "}\n"))
    traced = tracing.trace_r(r_session, [port], "train", SCALAR_ARGS)
    statement, words = tracing.dropped_update(traced, ["x"], ["w1", "w2"])
    assert (statement.line, statement.text) == (7, "step(p, x, lr)")
    assert "dropped" in words


def test_an_update_under_a_new_name_blames_the_old_name_read_where_it_belongs(tmp_path,
                                                                              r_session):
    port = write_r(tmp_path, (
        "one <- function(p, x, lr, left) {\n"
        "  if (left == 0) return(p)\n"
        "  nxt <- list(w1 = p$w1 - lr * p$w1 * x, w2 = p$w2 - lr * p$w2 * x)\n"
        "  one(p, x, lr, left - 1)\n"
        "}\n"
        "train <- function(w1, w2, x, lr, epochs) {\n"
        "  one(list(w1 = w1, w2 = w2), x, lr, epochs)\n"
        "}\n"))
    traced = tracing.trace_r(r_session, [port], "train", SCALAR_ARGS)
    statement, words = tracing.dropped_update(traced, ["x"], ["w1", "w2"])
    assert (statement.line, statement.text) == (4, "one(p, x, lr, left - 1)")
    assert words.startswith("it reads p where nxt, its update (line 3), belongs")


def test_an_update_written_back_is_not_taken_for_one_dropped(tmp_path):
    reference = write_module(tmp_path, "written_back", PY_SCALARS)
    traced = tracing.trace_python(reference.train, SCALAR_ARGS)
    assert tracing.dropped_update(traced, ["x"], ["w1", "w2"]) is None


# ---------------------------------------------------- the samples visited in another order

ORDER_PORT = (
    "def train(X, w, lr, epochs):\n"
    "    w = float(w)\n"
    "    for e in range(epochs):\n"
    "        for i in {order}:\n"
    "            x = [float(v) for v in X[i]]\n"
    "            w = w - lr * (w * x[0] - x[1])\n"
    "    return {{'w': w}}\n")
ORDER_ARGS = {"X": np.array([[1.0, 2.0], [3.0, 1.0], [0.5, 4.0]]), "w": 0.2, "lr": 0.1,
              "epochs": 1}


@pytest.mark.parametrize("order, line", [("range(len(X))", None),
                                         ("reversed(range(len(X)))", 4),
                                         ("sorted(range(len(X)), key=lambda i: X[i][1])", 4)])
def test_the_statement_where_the_order_of_the_samples_shows_is_found(tmp_path, order, line):
    port = write_module(tmp_path, f"order_port_{len(order)}", ORDER_PORT.format(order=order))
    traced = tracing.trace_python(port.train, ORDER_ARGS)
    at = tracing.visit_order(traced, ["X"], 3)
    assert (at.line if at is not None else None) == line


def test_a_row_held_in_a_list_of_numbers_is_traced_with_its_values(tmp_path):
    port = write_module(tmp_path, "list_port", ORDER_PORT.format(order="range(len(X))"))
    traced = tracing.trace_python(port.train, ORDER_ARGS)
    rows = [a.value for a in traced if a.name == "x"]
    assert len(rows) == 3 and np.array_equal(rows[2], [0.5, 4.0])


def test_a_name_read_where_an_update_never_read_belongs_is_that_update_unwritten(tmp_path):
    from nnparity import lockstep, repair
    source = PY_SCALARS.replace("        w2 = w2 - lr * g2\n", "        w_2 = w2 - lr * g2\n")
    port = write_module(tmp_path, "typo_port", source)
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    # the repair probe's finding: the return reads w2 where w_2 makes one epoch agree
    text = "    return {'w1': w1, 'w2': w2}"
    found = repair.Repair(str(tmp_path / "typo_port.py"), 7, text,
                          text.replace("'w2': w2", "'w2': w_2"), "wrong-operand",
                          "it reads w2 where w_2 belongs")
    fixed, made = lockstep._unread_operand(found, traced)
    assert (fixed.kind, made.line, made.text) == ("not-written-back", 6, "w_2 = w2 - lr * g2")
    assert fixed.words == ("w_2 (line 6), an update, is never read: line 7 reads w2 where "
                           "w_2 belongs")
    # a name read elsewhere is not an update left unread: the repair stays as it was
    read = repair.Repair(found.file, 7, text, text.replace("'w2': w2", "'w2': g2"),
                         "wrong-operand", "it reads w2 where g2 belongs")
    assert lockstep._unread_operand(read, traced) == (read, None)
    # a value made from w2 and never read that is no update of it (p = sigmoid(z), where
    # the repair reads p for z) is not an update left unread either
    source = PY_SCALARS.replace("        w2 = w2 - lr * g2\n",
                                "        w2 = w2 - lr * g2\n        half = 0.5 * w2\n")
    traced = tracing.trace_python(write_module(tmp_path, "half_port", source).train,
                                  SCALAR_ARGS)
    other = repair.Repair(found.file, 8, text, text.replace("'w2': w2", "'w2': half"),
                          "wrong-operand", "it reads w2 where half belongs")
    assert lockstep._unread_operand(other, traced) == (other, None)


# --------------------------------------- a helper's default in place of a hyperparameter

@pytest.mark.parametrize("language", ["Python", "R"])
def test_a_helper_called_without_the_rate_is_blamed_at_the_call(tmp_path, language,
                                                                 r_session):
    if language == "Python":
        port = write_module(tmp_path, "default_port", (
            "def step(w, g, rate=0.5):\n"
            "    return w - rate * g\n"
            "\n"
            "def train(w1, w2, x, lr, epochs):\n"
            "    for e in range(epochs):\n"
            "        w1 = step(w1, w1 * x)\n"
            "        w2 = step(w2, w2 * x * 3.0)\n"
            "    return {'w1': w1, 'w2': w2}\n"))
        traced = tracing.trace_python(port.train, SCALAR_ARGS)
    else:
        # a closure made by a function whose rate takes its default (R's epoch_fn(X, y))
        traced = tracing.trace_r(r_session, [write_r(tmp_path, (
            "make_step <- function(x, rate = 0.5) {\n"
            "  function(w, k) w - rate * w * x * k\n"
            "}\n"
            "train <- function(w1, w2, x, lr, epochs) {\n"
            "  step <- make_step(x)\n"
            "  for (e in seq_len(epochs)) {\n"
            "    w1 <- step(w1, 1)\n"
            "    w2 <- step(w2, 3)\n"
            "  }\n"
            "  list(w1 = w1, w2 = w2)\n"
            "}\n"))], "train", SCALAR_ARGS)
    call, words = tracing.defaulted(traced, ["lr"])
    line = 6 if language == "Python" else 5
    assert call.line == line and "without lr: its rate takes the default 0.5" in words
    # a port that reads lr somewhere does not ignore it for a default
    assert tracing.defaulted(traced, ["x"]) is None


# ------------------------------------------- where a port sets a parameter of its own

def test_a_parameter_the_port_sets_itself_is_found_where_it_is_set(tmp_path, r_session):
    traced = tracing.trace_r(r_session, [write_r(tmp_path, (
        "train <- function(w1, w2, x, lr, epochs) {\n"
        "  a <- w1\n"
        "  b <- 0\n"
        "  for (e in seq_len(epochs)) {\n"
        "    a <- a - lr * a * x\n"
        "    b <- b - lr * (a + x)\n"
        "  }\n"
        "  list(w1 = a, w2 = b)\n"
        "}\n"))], "train", SCALAR_ARGS)
    # its own initial w2 (what it returns at 0 epochs) is 0, set at line 3
    assert tracing.origin(traced, "w2", 0.0, ["w1", "w2"]).line == 3


@pytest.mark.parametrize("holder", ["dataclass", "namedtuple"])
def test_a_holder_built_without_a_parameter_is_where_the_port_sets_it(tmp_path, holder):
    made = ("from dataclasses import dataclass\n\n@dataclass\nclass P:\n    a: float\n"
            "    b: float\n" if holder == "dataclass" else
            "from collections import namedtuple\n\n\n\nP = namedtuple('P', 'a b')\n\n")
    port = write_module(tmp_path, f"holder_{holder}", made + (
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    p = P(float(w1), 0.0)\n"
        "    for e in range(epochs):\n"
        "        p = P(p.a - lr * p.a * x, p.b - lr * (p.a + x))\n"
        "    return {'w1': p.a, 'w2': p.b}\n"))
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    # line 9: the dataclass's field b holds 0.0 there; the namedtuple's numbers are one
    # value, built from w1 and not from w2
    assert tracing.origin(traced, "w2", 0.0, ["w1", "w2"]).line == 9


def test_the_first_statement_that_draws_random_numbers_is_found(tmp_path):
    port = write_module(tmp_path, "drawing_port", (
        "import numpy as np\n"
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    w1 = w1 * 1.0\n"
        "    w2 = np.random.default_rng().normal()\n"
        "    for e in range(epochs):\n"
        "        w2 = w2 - lr * w2 * x\n"
        "    return {'w1': w1, 'w2': w2}\n"))
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    assert tracing.draws(traced)[1:] == (5, "w2 = np.random.default_rng().normal()")
    reference = write_module(tmp_path, "no_draws", PY_SCALARS)
    assert tracing.draws(tracing.trace_python(reference.train, SCALAR_ARGS)) is None


def test_where_a_port_one_epoch_short_keeps_the_state_of_before_is_found(tmp_path):
    port = write_module(tmp_path, "short_port", (
        "def train(w1, w2, x, lr, epochs):\n"
        "    a, b = float(w1), float(w2)\n"
        "    states = [(a, b)]\n"
        "    for e in range(epochs):\n"
        "        a, b = a - lr * a * x, b - lr * b * x\n"
        "        states.append((a, b))\n"
        "    a, b = states[len(states) - 2]\n"
        "    return {'w1': a, 'w2': b}\n"))
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    # line 2 holds the given values too, earlier: the last holder is the one that picks
    assert tracing.kept_given(traced, "w1", SCALAR_ARGS["w1"]).line == 7
    # the value after the step is kept nowhere: it is not what is returned
    moved = SCALAR_ARGS["w1"] * (1 - SCALAR_ARGS["lr"] * SCALAR_ARGS["x"])
    assert tracing.kept_given(traced, "w1", moved) is None


def test_a_view_read_after_its_array_moved_in_place_is_blamed_where_it_was_taken(tmp_path):
    port = write_module(tmp_path, "view_port", (
        "import numpy as np\n"
        "\n"
        "def train(w, lr, epochs):\n"
        "    w = np.array(w, dtype=float)\n"
        "    for e in range(epochs):\n"
        "        before = w.T\n"
        "        w += lr * w\n"
        "        g = before * 2.0\n"
        "        w -= lr * g.T\n"
        "    return {'w': w}\n"))
    traced = tracing.trace_python(port.train, {"w": np.array([[1.0, 2.0]]), "lr": 0.25,
                                               "epochs": 1})
    reading = next(a for a in traced if a.name == "g")
    assert tracing.alias_origin(traced, reading).line == 6
    # a statement reading no such second name has none
    assert tracing.alias_origin(traced, next(a for a in traced if a.line == 4)) is None


def test_each_name_a_tuple_from_a_helper_unpacks_into_is_computed_by_that_helper(tmp_path):
    reference = write_module(tmp_path, "ref_unpacked", PY_SCALARS)
    port = write_module(tmp_path, "port_unpacked", (
        "def step(w1, w2, x, lr):\n"
        "    g1 = w1 * x\n"
        "    w1_next = w1 - lr * g1\n"
        "    w2_next = w2 - lr * g1\n"                   # g1 where w2 * x * 3 belongs
        "    return w1_next, w2_next\n"
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        w1, w2 = step(w1, w2, x, lr)\n"
        "    return {'w1': w1, 'w2': w2}\n"))
    found = tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS),
                          tracing.trace_python(port.train, SCALAR_ARGS))
    # w2, the second name line 9 unpacks, comes from step() as w1 does: the helper's line
    assert found.port.line == 4, (found.port.line, found.port.text)


def test_a_dataclass_of_parameters_made_in_one_statement_is_traced_field_by_field(tmp_path):
    port = write_module(tmp_path, "record_port", (
        "from dataclasses import dataclass, replace\n"
        "\n"
        "@dataclass\n"
        "class P:\n"
        "    a: float\n"
        "    b: float\n"
        "\n"
        "class Q:\n"
        "    def __init__(self, a):\n"
        "        self.a = a\n"
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    p = P(float(w1), float(w2))\n"
        "    q = Q(float(w1))\n"
        "    for e in range(epochs):\n"
        "        p = replace(p, a=p.a - lr * p.a * x, b=p.b - lr * p.b * x * 3.0)\n"
        "    return {'w1': p.a, 'w2': p.b}\n"))
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    fields = {(a.name, a.line): float(a.value) for a in traced if a.name.startswith("p.")}
    w1, w2, x, lr = (SCALAR_ARGS[k] for k in ("w1", "w2", "x", "lr"))
    assert fields == {("p.a", 13): w1, ("p.b", 13): w2,
                      ("p.a", 16): w1 - lr * w1 * x, ("p.b", 16): w2 - lr * w2 * x * 3.0}
    # a class's attributes are traced where they are set (self.a), not again as q.a
    assert not any(a.name.startswith("q.") for a in traced)
    reference = write_module(tmp_path, "ref_record", PY_SCALARS)
    assert tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS), traced) is None


def test_a_lambdas_value_and_a_dict_updated_in_place_are_traced(tmp_path):
    reference = write_module(tmp_path, "ref_lambda", PY_SCALARS)
    port = write_module(tmp_path, "port_lambda", (
        "def train(w1, w2, x, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        grads = {}\n"
        "        grads.update({'w1': w1 * x})\n"
        "        slope = lambda w: w * x * 2.0\n"           # 2 where 3 belongs
        "        g2 = slope(w2)\n"
        "        w1 = w1 - lr * grads['w1']\n"
        "        w2 = w2 - lr * g2\n"
        "    return {'w1': w1, 'w2': w2}\n"))
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    updated = [a for a in traced if a.name == "grads$w1"]
    assert [(a.line, float(a.value)) for a in updated] == [
        (4, SCALAR_ARGS["w1"] * SCALAR_ARGS["x"])]
    assert [a.line for a in traced if a.kind == "return" and a.function.endswith("<lambda>")] \
        == [5]
    found = tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS), traced)
    # the lambda computes otherwise, whatever it is given: the line is the lambda's
    assert found.port.line == 5, (found.port.line, found.port.text)


def test_a_state_unpacked_into_names_is_not_vouched_for_by_one_of_them(tmp_path):
    reference = write_module(tmp_path, "ref_states", (
        "import numpy as np\n"
        "\n"
        "def train(w, x, lr, epochs):\n"
        "    w = np.array(w, dtype=float)\n"
        "    for e in range(epochs):\n"
        "        z = w * x\n"
        "        total = float(np.sum(z))\n"
        "        s = 1 / (1 + np.exp(-z))\n"
        "        w = w - lr * s\n"
        "    return {'w': w}\n"))
    port = write_module(tmp_path, "port_states", (
        "import itertools\n"
        "import numpy as np\n"
        "\n"
        "def train(w, x, lr, epochs):\n"
        "    def step(state, _):\n"
        "        w, _ = state\n"
        "        z = w * x\n"
        "        s = 0.5 * (1.0 + np.tanh(z))\n"            # tanh(z / 2) belongs
        "        return w - lr * s, float(np.sum(z))\n"
        "    start = (np.array(w, dtype=float), 0.0)\n"
        "    states = list(itertools.accumulate(range(epochs), step, initial=start))\n"
        "    w, total = states[-1]\n"
        "    return {'w': w}\n"))
    args = {"w": np.array([0.5, -1.0, 2.0]), "x": np.array([1.5, 0.25, -0.5]), "lr": 0.1,
            "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_python(port.train, args))
    # total, unpacked beside w, agrees: that says nothing of w; the sigmoid of 2z is the bug
    assert (found.port.line, found.kind) == (8, "wrong-constant"), (found.port, found.relation)
    assert found.relation[1] == ("the port's value is the sigmoid of 2 x z, where the "
                                 "reference takes the sigmoid of z: a constant in the "
                                 "activation")


def test_a_helper_of_its_own_given_agreeing_numbers_is_blamed_for_its_value(tmp_path):
    reference = write_module(tmp_path, "ref_helper_value", PY_SCALARS)
    port = write_module(tmp_path, "port_helper_value", (
        "def slope_term(w, x, scale):\n"
        "    return w * x * scale * 2.0\n"              # 3.0 belongs
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        g1 = w1 * x\n"
        "        g2 = slope_term(w2, x, 1.0)\n"
        "        w1 = w1 - lr * g1\n"
        "        w2 = w2 - lr * g2\n"
        "    return {'w1': w1, 'w2': w2}\n"))
    found = tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS),
                          tracing.trace_python(port.train, SCALAR_ARGS),
                          context={"hyper_names": {"lr"}})
    # w2 and x agree: the caller chose right, the helper computes otherwise; and what its
    # value's guessed counterpart reads says nothing of a wrong operand
    assert found.port.line == 2 and found.kind != "wrong-operand", (found.port, found.relation)


PY_LAYERS = (
    "import numpy as np\n"
    "\n"
    "class Net:\n"
    "    def __init__(self, w1, w2):\n"
    "        self.w1, self.w2 = np.array(w1, dtype=float), np.array(w2, dtype=float)\n"
    "\n"
    "    def step(self, x, lr):\n"
    "        h = x @ self.w1\n"
    "        d = (x @ self.w1 @ self.w2)\n"
    "        for k in (2, 1):\n"
    "            w, a = getattr(self, f'w{k}'), (h if k == 2 else x)\n"
    "            np.subtract(w, lr * a.T @ d, out=w)\n"
    "            d = d @ w.T\n"                     # {READ}
    "\n"
    "def train(x, w1, w2, lr, epochs):\n"
    "    net = Net(w1, w2)\n"
    "    for e in range(epochs):\n"
    "        net.step(x, lr)\n"
    "    return {name: getattr(net, name) for name in ('w1', 'w2')}\n")


def test_an_array_a_call_writes_into_is_traced_and_its_stale_read_found(tmp_path):
    """np.subtract(w, g, out=w) changes w, and the attribute self.w2 it is a view of; a
    statement reading w after that, where the value of before belongs, is the one found."""
    reference = write_module(tmp_path, "ref_layers", PY_LAYERS.replace(
        "            np.subtract(w, lr * a.T @ d, out=w)\n"
        "            d = d @ w.T\n",
        "            below = d @ w.T\n"
        "            np.subtract(w, lr * a.T @ d, out=w)\n"
        "            d = below\n"))
    port = write_module(tmp_path, "port_layers", PY_LAYERS)
    args = {"x": np.array([[1.0, 2.0], [0.5, -1.0]]), "w1": np.array([[0.1, 0.2], [0.3, -0.4]]),
            "w2": np.array([[0.5], [-0.6]]), "lr": 0.5, "epochs": 1}
    traced = tracing.trace_python(port.train, args)
    moved = [(a.name, a.kind, a.line) for a in traced if a.line == 12]
    assert moved[:2] == [("w", "assign", 12), ("self.w2", "alias", 12)], moved
    found = tracing.align(tracing.trace_python(reference.train, args), traced)
    assert (found.port.line, found.port.name) == (13, "d"), (found.port.line, found.port.text)



PY_DELTA = (
    "import numpy as np\n"
    "\n"
    "def train(x, y, w1, w2, lr, epochs):\n"
    "    for e in range(epochs):\n"
    "        delta = x @ w1 + x @ w2 - y\n"
    "        w1 = w1 - lr * (x.T @ delta)\n"
    "        w2 = w2 - lr * (x.T @ delta)\n"
    "    return {'w1': w1, 'w2': w2}\n")

DELTA_ARGS = {"x": np.array([[1.0, 2.0], [0.5, -1.0], [3.0, 0.25]]),
              "y": np.array([[1.0], [-2.0], [0.5]]), "w1": np.array([[0.1], [0.2]]),
              "w2": np.array([[-0.3], [0.4]]), "lr": 0.05, "epochs": 1}


def test_what_a_value_without_a_namesake_does_is_seen_through_a_closure(tmp_path, r_session):
    """The port's miss (the reference's delta, its sign reversed) has no namesake; the
    closure vapply() calls reads it, and the update computed from what the closure returns
    says what it is."""
    reference = write_module(tmp_path, "ref_delta", PY_DELTA)
    port = write_r(tmp_path, (
        "train <- function(x, y, w1, w2, lr, epochs) {\n"
        "  for (e in seq_len(epochs)) {\n"
        "    miss <- y - (x %*% w1 + x %*% w2)\n"
        "    steps <- vapply(seq_len(nrow(x)), function(i) x[i, ] * miss[i], numeric(ncol(x)))\n"
        "    w1 <- w1 - lr * rowSums(steps)\n"
        "    w2 <- w2 - lr * rowSums(steps)\n"
        "  }\n"
        "  list(w1 = w1, w2 = w2)\n"
        "}\n"))
    found = tracing.align(tracing.trace_python(reference.train, DELTA_ARGS),
                          tracing.trace_r(r_session, [port], "train", DELTA_ARGS))
    assert found.port.line == 3, (found.port.line, found.port.text)
    assert found.relation[0] == "sign" and "port.R:5" in found.relation[1], found.relation


PY_TWO_LAYERS = (
    "import numpy as np\n"
    "\n"
    "def train(x, w1, w2, lr, epochs):\n"
    "    h = x @ w1\n"
    "    o = h @ w2\n"
    "    {PRE}\n"
    "    g2 = {G2}\n"
    "    g1 = x.T @ (o @ w2.T)\n"
    "    w1 = w1 - lr * g1\n"
    "    w2 = w2 - lr * {STEP}\n"
    "    return {'w1': w1, 'w2': w2}\n")

TWO_LAYER_ARGS = {"x": np.array([[1.0, 2.0, -1.0], [0.5, -1.0, 2.0]]),
                  "w1": np.array([[0.1, 0.2], [0.3, -0.4], [0.5, 0.6]]),
                  "w2": np.array([[0.7], [-0.8]]), "lr": 0.1, "epochs": 1}


@pytest.mark.parametrize("pre, g2, step, line", [
    # f x 1 where h x 1 belongs: it stops at line 10, reading it
    ("pass", "x.T @ o", "g2", 7),
    # the same, computed from a value the reference does not build, of a shape it does
    # (n x h): a run that stops leaves nothing to vouch for that value, nor to blame it;
    # the first value of a shape the reference never makes, computed from it, is (as
    # out - y for y - out, its sign taken back later, is a form of the reference's own)
    ("twice = h * 2.0", "x.T @ (twice @ w2) / 2.0", "g2", 7),
    # a packing of agreeing numbers, of a shape the reference never makes, read where it
    # stops: the statement that raised is the one to blame
    ("both = np.vstack([w1, w2.T])", "h.T @ o", "(both @ g2)", None),
    # nor is a sequence of indices
    ("idx = np.arange(5)", "h.T @ o", "(g2 @ idx)", None),
])
def test_where_what_a_stopping_statement_reads_parts_from_the_reference(tmp_path, pre, g2,
                                                                         step, line):
    def source(pre, g2, step):
        return PY_TWO_LAYERS.replace("{PRE}", pre).replace("{G2}", g2).replace("{STEP}", step)

    reference = write_module(tmp_path, "ref_two", source("pass", "h.T @ o", "g2"))
    port = write_module(tmp_path, f"port_two_{pre[:4]}", source(pre, g2, step))
    traced = tracing.trace_python(port.train, TWO_LAYER_ARGS)
    assert traced.error is not None and traced.error[3] == 10, traced.error
    found = tracing.align_stop(tracing.trace_python(reference.train, TWO_LAYER_ARGS), traced,
                               {"w2", "lr", "g2", "both", "idx"})
    assert (found and found.port.line) == line, found and (found.port.line, found.port.text)


def test_what_a_generator_yields_is_traced_as_what_it_returns(tmp_path):
    """A generator of states, taken with islice(): its yield is where the states come from,
    so the walk back from what train() returns reaches the statement inside it."""
    reference = write_module(tmp_path, "ref_gen", PY_SCALARS)
    port = write_module(tmp_path, "port_gen", (
        "import itertools\n"
        "\n"
        "def steps(w1, w2, x, lr):\n"
        "    while True:\n"
        "        g1 = w1 * x\n"
        "        g2 = w2 * x * 2.0\n"                  # 3.0 belongs
        "        w1, w2 = w1 - lr * g1, w2 - lr * g2\n"
        "        yield w1, w2\n"
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    states = list(itertools.islice(steps(w1, w2, x, lr), epochs))\n"
        "    w1, w2 = states[-1]\n"
        "    return {'w1': w1, 'w2': w2}\n"))
    traced = tracing.trace_python(port.train, SCALAR_ARGS)
    assert traced.error is None
    assert [a.line for a in traced if a.kind == "return" and a.function == "steps"] == [8]
    found = tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS), traced)
    assert found.port.line == 6, (found.port.line, found.port.text)


def test_a_number_truncated_where_a_helper_is_called_is_blamed_at_the_call(tmp_path):
    """step(w1, int(w2), ...): the helper's argument is a whole-number version of what the
    call reads, and no value of the reference's: the call made it."""
    reference = write_module(tmp_path, "ref_int", PY_SCALARS)
    port = write_module(tmp_path, "port_int", (
        "def step(w1, w2, x, lr):\n"
        "    g1 = w1 * x\n"
        "    g2 = w2 * x * 3.0\n"
        "    return w1 - lr * g1, w2 - lr * g2\n"
        "\n"
        "def train(w1, w2, x, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        w1, w2 = step(w1, int(w2), x, lr)\n"
        "    return {'w1': w1, 'w2': w2}\n"))
    found = tracing.align(tracing.trace_python(reference.train, SCALAR_ARGS),
                          tracing.trace_python(port.train, SCALAR_ARGS))
    assert found.port.line == 8, (found.port.line, found.port.text)
    assert found.relation[0] == "integer-truncation", found.relation


def test_a_matrix_and_its_bias_stacked_are_a_layout_not_a_difference(tmp_path):
    """np.vstack([w, b]) and a column of ones appended hold the agreeing numbers laid out
    together, which the reference never builds: the walk goes past them to the update."""
    reference = write_module(tmp_path, "ref_stacked", (
        "import numpy as np\n"
        "\n"
        "def train(x, w, b, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        g = x @ w + b - 1.0\n"
        "        w = w - lr * (x.T @ g)\n"
        "        b = b - lr * g.sum(axis=0, keepdims=True)\n"
        "    return {'w': w, 'b': b}\n"))
    port = write_module(tmp_path, "port_stacked", (
        "import numpy as np\n"
        "\n"
        "def with_ones(A):\n"
        "    return np.hstack([A, np.ones((A.shape[0], 1))])\n"
        "\n"
        "def train(x, w, b, lr, epochs):\n"
        "    M = np.vstack([w, b])\n"
        "    for e in range(epochs):\n"
        "        g = with_ones(x) @ M - 1.0\n"
        "        M = M + lr * np.tensordot(with_ones(x), g, axes=(0, 0))\n"   # the sign
        "    return {'w': M[:-1], 'b': M[-1:]}\n"))
    args = {"x": np.array([[1.0, 2.0], [0.5, -1.0], [3.0, 0.25]]),
            "w": np.array([[0.1, -0.2], [0.3, 0.4]]), "b": np.array([[0.05, -0.15]]),
            "lr": 0.1, "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_python(port.train, args))
    assert found.port.line == 10, (found.port.line, found.port.text)


def test_an_environments_field_read_under_another_name_is_the_variable_updated(
        tmp_path, r_session):
    """net$w2, the field e$w2 set by the function that made the environment: the update of
    it compares with the reference's update of w2 (its base is the value before)."""
    reference = write_module(tmp_path, "ref_env", PY_DELTA)
    port = write_r(tmp_path, (
        "make <- function(a, b) { e <- new.env(); e$w1 <- a; e$w2 <- b; e }\n"
        "train <- function(x, y, w1, w2, lr, epochs) {\n"
        "  net <- make(w1, w2)\n"
        "  for (k in seq_len(epochs)) {\n"
        "    delta <- x %*% net$w1 + x %*% net$w2 - y\n"
        "    net$w1 <- net$w1 - lr * crossprod(x, delta)\n"
        "    net$w2 <- net$w2 - 0.5 * crossprod(x, delta)\n"     # a rate of its own
        "  }\n"
        "  list(w1 = net$w1, w2 = net$w2)\n"
        "}\n"))
    found = tracing.align(tracing.trace_python(reference.train, DELTA_ARGS),
                          tracing.trace_r(r_session, [port], "train", DELTA_ARGS),
                          context={"hyper_names": {"lr"}})
    assert found.port.line == 7, (found.port.line, found.port.text)
    assert found.relation[0] == "ignores-hyper" and "as if lr were 0.5" in found.relation[1], \
        found.relation


def test_a_value_with_no_namesake_is_compared_with_a_guess_of_its_own_size(tmp_path):
    """g = p - y, the reference's d = (p - y) / n with the mean left out: read from the same
    inputs as the reference's loss (one number), it is compared with d, of its size."""
    reference = write_module(tmp_path, "ref_guess", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w, lr, epochs):\n"
        "    for e in range(epochs):\n"
        "        p = x @ w\n"
        "        loss = np.sum((p - y) ** 2) / len(x)\n"
        "        d = (p - y) / len(x)\n"
        "        w = w - lr * (x.T @ d)\n"
        "    return {'w': w}\n"))
    port = write_module(tmp_path, "port_guess", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w, lr, epochs):\n"
        "    v = np.array(w)\n"
        "    for e in range(epochs):\n"
        "        p = x @ v\n"
        "        g = p - y\n"
        "        steps = [x.T @ g]\n"             # (a list: what g does is not followed)
        "        v = v - lr * steps[0]\n"
        "    return {'w': v}\n"))
    args = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"], "w": DELTA_ARGS["w1"], "lr": 0.05,
            "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_python(port.train, args))
    assert found.port.line == 7, (found.port.line, found.port.text)
    assert found.relation and found.relation[0] == "sum-for-mean", \
        (found.relation, found.reference and found.reference.name)


def test_a_placeholder_filled_later_is_not_where_the_port_parts(tmp_path, r_session):
    """net <- list(w = w, last = NA), filled by step() with the loss after the update: the
    NA it starts as is no number the reference computes, but no difference either; the
    loss written wrong (the square of the mean for the mean of the squares) is."""
    reference = write_module(tmp_path, "ref_placeholder", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w, lr, epochs):\n"
        "    loss = np.zeros(epochs)\n"
        "    for e in range(epochs):\n"
        "        p = x @ w\n"
        "        loss[e] = np.mean((p - y) ** 2)\n"
        "        w = w - lr * (x.T @ (p - y))\n"
        "    return {'w': w, 'loss': loss}\n"))
    port = tmp_path / "port_placeholder.R"
    port.write_text(
        "make <- function(w) structure(list(w = w, last = NA), class = \"net\")\n"
        "step <- function(net, x, y, lr) {\n"
        "  p <- x %*% net$w\n"
        "  net$w <- net$w - lr * crossprod(x, p - y)\n"
        "  net$last <- mean(p - y)^2\n"
        "  net\n"
        "}\n"
        "train <- function(x, y, w, lr, epochs) {\n"
        "  net <- make(w)\n"
        "  loss <- numeric(epochs)\n"
        "  for (e in seq_len(epochs)) {\n"
        "    net <- step(net, x, y, lr)\n"
        "    loss[e] <- net$last\n"
        "  }\n"
        "  list(w = net$w, loss = loss)\n"
        "}\n")
    args = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"], "w": DELTA_ARGS["w1"], "lr": 0.05,
            "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_r(r_session, [port], "train", args))
    assert found.port.line == 5, (found.port.line, found.port.text)


PY_LINEAR = (
    "import numpy as np\n"
    "\n"
    "def train(x, y, w, b, lr, epochs):\n"
    "    for e in range(epochs):\n"
    "        d = x @ w + b - y\n"
    "        w = w - lr * (x.T @ d)\n"
    "        b = b - lr * np.sum(d, axis=0, keepdims=True)\n"
    "    return {'w': w, 'b': b}\n")
LINEAR_ARGS = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"], "w": DELTA_ARGS["w1"],
               "b": np.array([[0.3]]), "lr": 0.05, "epochs": 1}


def test_an_element_of_a_helpers_list_is_seen_at_its_own_line(tmp_path, r_session):
    """grads() returns list(g_w = ..., g_b = mean(d)) over several lines, update() moves
    the parameters from it: the element written wrong is shown at the line that names it,
    computed from nothing but what the call returned under its name, and the update made
    from it, through update()'s list, says what it is (a mean where a sum belongs)."""
    reference = write_module(tmp_path, "ref_linear", PY_LINEAR)
    port = tmp_path / "port_lists.R"
    port.write_text(
        "grads <- function(x, y, w, b) {\n"
        "  d <- x %*% w + b[1, 1] - y\n"
        "  list(\n"
        "    g_w = crossprod(x, d),\n"
        "    g_b = mean(d)\n"
        "  )\n"
        "}\n"
        "update <- function(w, b, g, lr) list(w = w - lr * g$g_w, b = b - lr * g$g_b)\n"
        "train <- function(x, y, w, b, lr, epochs) {\n"
        "  for (e in seq_len(epochs)) {\n"
        "    g <- grads(x, y, w, b)\n"
        "    new <- update(w, b, g, lr)\n"
        "    w <- new$w\n"
        "    b <- new$b\n"
        "  }\n"
        "  list(w = w, b = b)\n"
        "}\n")
    found = tracing.align(tracing.trace_python(reference.train, LINEAR_ARGS),
                          tracing.trace_r(r_session, [port], "train", LINEAR_ARGS))
    assert (found.port.line, found.port.text) == (5, "g_b = mean(d)"), \
        (found.port.line, found.port.text)
    assert found.relation and found.relation[0] == "mean-for-sum", found.relation
    # its counterpart, shown beside it, is what the words speak of: the reference's b update
    assert found.reference.name == "b" and found.reference.line == 7, found.reference


def test_a_closure_on_a_tape_reads_what_its_body_reads(tmp_path):
    """A backward rule kept as a lambda on a tape, called after forward() returned: its
    value is computed from what its body reads, z as the closure sees it (the call of act()
    that made it, of two), so the slope written of the pre-activation is named."""
    reference = write_module(tmp_path, "ref_tape", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    h = 1 / (1 + np.exp(-(x @ w1)))\n"
        "    o = 1 / (1 + np.exp(-(h @ w2)))\n"
        "    d = (o - y) * o * (1 - o)\n"
        "    dh = (d @ w2.T) * h * (1 - h)\n"
        "    return {'w1': w1 - lr * (x.T @ dh), 'w2': w2 - lr * (h.T @ d)}\n"))
    port = write_module(tmp_path, "port_tape", (
        "import numpy as np\n"
        "\n"
        "def act(tape, z):\n"
        "    s = 1 / (1 + np.exp(-z))\n"
        "    tape.append(lambda g: g * z * (1 - z))\n"
        "    return s\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    tape = []\n"
        "    h = act(tape, x @ w1)\n"
        "    o = act(tape, h @ w2)\n"
        "    d = tape[1]((o - y))\n"
        "    dh = tape[0](d @ w2.T)\n"
        "    return {'w1': w1 - lr * (x.T @ dh), 'w2': w2 - lr * (h.T @ d)}\n"))
    args = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"],
            "w1": np.array([[0.1, -0.2], [0.3, 0.4]]), "w2": np.array([[0.5], [-0.6]]),
            "lr": 0.05, "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_python(port.train, args))
    assert found.port.line == 5, (found.port.line, found.port.text)
    assert found.relation and found.relation[0] == "wrong-derivative", found.relation


def test_a_helper_called_again_after_an_update_is_a_stale_value(tmp_path, r_session):
    """hid(x, w1) called again for w2's gradient, after w1 moved: its value differs from the
    first call's, which the reference reads (stale-value), whatever it is named."""
    reference = write_module(tmp_path, "ref_again", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    h = x @ w1\n"
        "    d = h @ w2 - y\n"
        "    g1 = x.T @ (d @ w2.T)\n"
        "    g2 = h.T @ d\n"
        "    return {'w1': w1 - lr * g1, 'w2': w2 - lr * g2}\n"))
    port = tmp_path / "port_again.R"
    port.write_text(
        "hid <- function(x, w1) x %*% w1\n"
        "train <- function(x, y, w1, w2, lr, epochs) {\n"
        "  d <- hid(x, w1) %*% w2 - y\n"
        "  w1 <- w1 - lr * crossprod(x, d %*% t(w2))\n"
        "  w2 <- w2 - lr * crossprod(hid(x, w1), d)\n"
        "  list(w1 = w1, w2 = w2)\n"
        "}\n")
    args = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"],
            "w1": np.array([[0.1, -0.2], [0.3, 0.4]]), "w2": np.array([[0.5], [-0.6]]),
            "lr": 0.05, "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_r(r_session, [port], "train", args))
    assert found.port.line == 5, (found.port.line, found.port.text)
    assert found.relation and found.relation[0] == "stale-value", found.relation
    assert "hid() again after w1 moved (line 4)" in found.relation[1], found.relation


def test_a_reversed_sign_is_shown_where_it_starts(tmp_path, r_session):
    """e <- p - y where y - p belongs, the updates still adding lr times the steps: e agrees
    squared in the loss, the step computed from it shows the sign; the line is e's."""
    reference = write_module(tmp_path, "ref_sign", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w, lr, epochs):\n"
        "    loss = np.zeros(epochs)\n"
        "    for i in range(epochs):\n"
        "        e = y - x @ w\n"
        "        loss[i] = np.mean(e ** 2)\n"
        "        g = x.T @ e\n"
        "        w = w + lr * g\n"
        "    return {'w': w, 'loss': loss}\n"))
    port = tmp_path / "port_sign.R"
    port.write_text(
        "train <- function(x, y, w, lr, epochs) {\n"
        "  loss <- numeric(epochs)\n"
        "  for (i in seq_len(epochs)) {\n"
        "    e <- x %*% w - y\n"
        "    loss[i] <- mean(e^2)\n"
        "    g <- crossprod(x, e)\n"
        "    w <- w + lr * g\n"
        "  }\n"
        "  list(w = w, loss = loss)\n"
        "}\n")
    args = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"], "w": DELTA_ARGS["w1"], "lr": 0.05,
            "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_r(r_session, [port], "train", args))
    assert found.port.line == 4, (found.port.line, found.port.text)
    assert found.relation[0] == "sign" and "e is the reference's e times -1" in \
        found.relation[1], found.relation


def test_a_rate_typed_in_where_a_helper_is_called_is_found(tmp_path, r_session):
    """update(w, g, 0.1) where update(w, g, lr) belongs: the port ignores lr, and the call
    that gives the helper a number of its own is the line."""
    port = tmp_path / "port_typed.R"
    port.write_text(
        "update <- function(w, g, lr) w - lr * g\n"
        "train <- function(x, y, w, lr, epochs) {\n"
        "  g <- crossprod(x, x %*% w - y)\n"
        "  w <- update(w, g, 0.1)\n"
        "  list(w = w)\n"
        "}\n")
    args = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"], "w": DELTA_ARGS["w1"], "lr": 0.05,
            "epochs": 1}
    t = tracing.trace_r(r_session, [port], "train", args)
    at, words = tracing.typed_in(t, ["lr"])
    assert at.line == 4 and words == ("line 4 gives update() lr = 0.1, typed in, where "
                                      "train()'s lr belongs"), (at.line, words)
    # given train()'s own rate, as a number equal to it: nothing typed in to show
    assert tracing.typed_in(tracing.trace_r(r_session, [port], "train", {**args, "lr": 0.1}),
                            ["lr"]) is None
    # given another hyperparameter of train()'s in its place: that one, where lr belongs
    port.write_text(port.read_text().replace("update(w, g, 0.1)", "update(w, g, epochs)"))
    t = tracing.trace_r(r_session, [port], "train", args)
    assert tracing.typed_in(t, ["lr"]) is None
    at, words = tracing.given_instead(t, ["lr"])
    assert at.line == 4 and words == ("line 4 gives update() train()'s epochs as its lr: "
                                      "epochs where lr belongs"), (at.line, words)


def test_an_element_assigned_with_single_brackets_is_traced_as_the_element(tmp_path,
                                                                          r_session):
    """p["b"] <- v assigns p's element b as p$b <- v does (its first number only, when v is
    longer: R warns): traced as p$b, holding the element, not a list of it."""
    port = tmp_path / "port_bracket.R"
    port.write_text(
        "train <- function(w, b, lr, epochs) {\n"
        "  p <- list(w = w, b = b)\n"
        "  p[\"b\"] <- p$b + lr * c(1, 2, 3)\n"
        "  p$w <- p$w * 2\n"
        "  list(w = p$w, b = p$b)\n"
        "}\n")
    t = tracing.trace_r(r_session, [port], "train",
                        {"w": np.array([[1.0]]), "b": np.array([[1.0, 2.0, 3.0]]), "lr": 0.1,
                         "epochs": 1})
    assert t.error is None, t.error
    at = {(a.line, a.name): a.value for a in t if a.kind == "assign"}
    np.testing.assert_array_equal(at[3, "p$b"], [1.1])
    np.testing.assert_array_equal(at[4, "p$w"], [[2.0]])


def test_a_port_that_walks_the_samples_agrees_row_by_row(tmp_path, r_session):
    """for (s in 1:n): each sample's values are one row of the reference's full-batch ones
    (its error a column's element, its hidden row a row), so the statement that parts is
    the one inside the loop that reads another sample's target (y[j] for y[s])."""
    reference = write_module(tmp_path, "ref_rows", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    h = np.tanh(x @ w1)\n"
        "    e = y - h @ w2\n"
        "    d = (e @ w2.T) * (1 - h ** 2)\n"
        "    return {'w1': w1 + lr * (x.T @ d), 'w2': w2 + lr * (h.T @ e)}\n"))
    port = tmp_path / "port_rows.R"
    port.write_text(
        "train <- function(x, y, w1, w2, lr, epochs) {\n"
        "  g1 <- matrix(0, nrow(w1), ncol(w1))\n"
        "  g2 <- matrix(0, nrow(w2), 1)\n"
        "  for (s in seq_len(nrow(x))) {\n"
        "    h <- as.vector(tanh(x[s, ] %*% w1))\n"
        "    j <- nrow(x) + 1 - s\n"
        "    e <- y[j, 1] - sum(h * w2[, 1])\n"
        "    d <- e * w2[, 1] * (1 - h^2)\n"
        "    g1 <- g1 + outer(x[s, ], d)\n"
        "    g2 <- g2 + h * e\n"
        "  }\n"
        "  list(w1 = w1 + lr * g1, w2 = w2 + lr * g2)\n"
        "}\n")
    args = {"x": DELTA_ARGS["x"], "y": DELTA_ARGS["y"],
            "w1": np.array([[0.1, -0.2], [0.3, 0.4]]), "w2": np.array([[0.5], [-0.6]]),
            "lr": 0.05, "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_r(r_session, [port], "train", args))
    assert found.port.line == 7, (found.port.line, found.port.text)


def test_a_vector_and_a_column_read_together_are_no_broadcast_unless_it_is_made():
    """numpy broadcasts a length-n vector with an n x 1 column to n x n; a statement that
    reads both and makes a vector (the column's one column taken, w[:, 0]) broadcast
    nothing."""
    reads = {"a": np.array([0.1, 0.2, 0.3]), "w": np.array([[0.5], [0.6], [0.7]])}
    ctx = {"reads": reads, "language": "Python"}
    q = np.array([[0.01, 0.02, 0.03]])
    assert tracing._by_layout(q, np.array([0.02, 0.05, 0.04]), ctx) is None
    for made in (np.outer([1.0, 2, 3], [1.0, 1, 1]), np.array(0.7)):    # or a sum of it
        found = tracing._by_layout(q, made, ctx)
        assert found and found[0] == "recycling", found


def test_a_port_that_computes_one_unit_at_a_time_agrees_column_by_column(tmp_path,
                                                                          r_session):
    """vapply(seq_len(h), function(j) ...) returns one column of the hidden layer per call
    (its value the reference's column j); the t() written after it, where vapply() already
    gives one column per unit, is the line, and its square value the reference's
    transposed."""
    reference = write_module(tmp_path, "ref_units", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    h = np.tanh(x @ w1)\n"
        "    e = y - h @ w2\n"
        "    return {'w1': w1, 'w2': w2 + lr * (h.T @ e)}\n"))
    port = tmp_path / "port_units.R"
    port.write_text(
        "train <- function(x, y, w1, w2, lr, epochs) {\n"
        "  unit <- function(j) tanh(drop(x %*% w1[, j]))\n"
        "  h <- t(vapply(seq_len(ncol(w1)), unit, numeric(nrow(x))))\n"
        "  e <- y - h %*% w2\n"
        "  list(w1 = w1, w2 = w2 + lr * crossprod(h, e))\n"
        "}\n")
    args = {"x": np.array([[1.0, 2.0], [0.5, -1.0]]), "y": np.array([[1.0], [-2.0]]),
            "w1": np.array([[0.1, -0.2], [0.3, 0.4]]), "w2": np.array([[0.5], [-0.6]]),
            "lr": 0.05, "epochs": 1}
    found = tracing.align(tracing.trace_python(reference.train, args),
                          tracing.trace_r(r_session, [port], "train", args))
    assert found.port.line == 3, (found.port.line, found.port.text)
    assert found.relation and found.relation[0] == "transposed", found.relation


def test_a_target_flattened_where_a_column_belongs_is_where_a_broadcast_starts(tmp_path):
    """t = y.ravel(), then t - p with p n x 1: numpy broadcasts to n x n, and the run stops
    two statements later; the line is the ravel(), the kind recycling, though n x n is a
    shape the reference makes too (n = h)."""
    reference = write_module(tmp_path, "ref_flat", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    h = np.tanh(x @ w1)\n"
        "    e = y - h @ w2\n"
        "    return {'w1': w1, 'w2': w2 + lr * (h.T @ e)}\n"))
    port = write_module(tmp_path, "port_flat", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    t = y.ravel()\n"
        "    h = np.tanh(x @ w1)\n"
        "    e = t - h @ w2\n"
        "    d = e @ w2.T\n"
        "    return {'w1': w1, 'w2': w2 + lr * (h.T @ d @ w2)}\n"))
    args = {"x": np.array([[1.0, 2.0], [0.5, -1.0]]), "y": np.array([[1.0], [-2.0]]),
            "w1": np.array([[0.1, -0.2], [0.3, 0.4]]), "w2": np.array([[0.5], [-0.6]]),
            "lr": 0.05, "epochs": 1}
    traced = tracing.trace_python(port.train, args)
    assert traced.error is not None and traced.error[3] == 7, traced.error
    found = tracing.align_stop(tracing.trace_python(reference.train, args), traced,
                               {"e", "w2"})
    assert found is not None and found.port.line == 4, found and found.port.line
    assert found.relation[0] == "recycling" and "numpy broadcasts it" in found.relation[1]


def test_a_stopping_port_parts_where_a_value_holds_fewer_numbers_than_its_namesake(
        tmp_path, r_session):
    """err <- d %*% w2[1, ] makes an n x 1 err where the reference's err is n x h (a shape
    the reference makes elsewhere); the product with the n x h slope stops a line later.
    The line is err's: the reference's namesake holds another number of values."""
    reference = write_module(tmp_path, "ref_namesake", (
        "import numpy as np\n"
        "\n"
        "def train(x, y, w1, w2, lr, epochs):\n"
        "    h = np.tanh(x @ w1)\n"
        "    d = y - h @ w2\n"
        "    err = d @ w2.T\n"
        "    dh = err * (1 - h ** 2)\n"
        "    return {'w1': w1 + lr * (x.T @ dh), 'w2': w2 + lr * (h.T @ d)}\n"))
    port = tmp_path / "port_namesake.R"
    port.write_text(
        "train <- function(x, y, w1, w2, lr, epochs) {\n"
        "  h <- tanh(x %*% w1)\n"
        "  d <- y - h %*% w2\n"
        "  err <- d %*% w2[1, ]\n"
        "  dh <- err * (1 - h^2)\n"
        "  list(w1 = w1 + lr * crossprod(x, dh), w2 = w2 + lr * crossprod(h, d))\n"
        "}\n")
    args = {"x": np.array([[1.0, 2.0, 0.5], [0.5, -1.0, 2.0], [1.5, 0.25, -0.5]]),
            "y": np.array([[1.0], [-2.0], [0.5]]),
            "w1": np.array([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]),
            "w2": np.array([[0.5], [-0.6]]), "lr": 0.05, "epochs": 1}
    traced = tracing.trace_r(r_session, [port], "train", args)
    assert traced.error is not None and traced.error[3] == 5, traced.error
    found = tracing.align_stop(tracing.trace_python(reference.train, args), traced,
                               {"err", "h"})
    assert found is not None and found.port.line == 4, found and found.port.line


def test_what_each_element_of_a_combined_list_reads_is_known(tmp_path, r_session):
    """c(p, list(loss = zapsmall(loss))): the element loss reads loss alone, not p (whose
    elements are the parameters), as list(loss = ...) alone would say."""
    port = tmp_path / "port_combined.R"
    port.write_text(
        "train <- function(w, lr, epochs) {\n"
        "  p <- list(w = w * 2)\n"
        "  loss <- sum(w)\n"
        "  c(p, list(loss = zapsmall(loss)))\n"
        "}\n")
    t = tracing.trace_r(r_session, [port], "train",
                        {"w": np.array([[1.0, 2.0]]), "lr": 0.1, "epochs": 1})
    parts = {a.name: a.parts for a in t if a.kind == "return"}
    assert parts["return:loss"] == ("loss",), parts
    assert "p$w" in parts["return:w"], parts


def test_the_sigmoid_of_minus_z_is_a_sign_not_a_constant():
    """exp(-z) / (1 + exp(-z)) is the sigmoid of -z where the reference computes the sigmoid
    of z: a sign reversed inside the activation (2z or z / 2 are constants)."""
    z = np.array([[0.3, -1.2], [2.0, 0.5]])
    sig = 1 / (1 + np.exp(-z))
    ref = tracing.Assignment("Python", "a", sig, "ref.py", 1, "a = sigmoid(z)", 0, ("z",),
                             "train", "assign", 1, 0)

    class Al:
        index = tracing._Index([ref], tracing.RTOL, tracing.ATOL)
    kind, words = tracing._scaled_activation(Al, np.exp(-z) / (1 + np.exp(-z)), {"z": z})
    assert kind == "sign" and "the sigmoid of -z" in words, words
    assert tracing._scaled_activation(Al, 1 / (1 + np.exp(-2 * z)), {"z": z})[0] == \
        "wrong-constant"


def test_a_step_divided_by_the_rate_where_it_is_multiplied_is_hyper_misused():
    """w + g / lr where w + g * lr belongs: the step is the reference's / lr^2."""
    kind, words = tracing._named_factor(1 / 0.1 ** 2, {"hyper": {"lr": 0.1}, "sizes": [3]})
    assert kind == "hyper-misused" and "divided by lr where it multiplies" in words, words
    assert tracing._named_factor(1 / 0.1, {"hyper": {"lr": 0.1}, "sizes": [3]})[0] == \
        "hyper-misused"                      # / lr: applied twice, the other way


@pytest.mark.parametrize("text, made", [
    ("g <- matrix(0, f, h)", True), ("g = np.zeros((f, h))", True), ("s <- rep(0, n)", True),
    ("a <- numeric(h)", True), ("g <- 0 * w", True), ("g = np.zeros_like(w)", True),
    ("slope <- y * (1 - y)", False), ("d <- e * 0.5", False), ("m <- matrix(b, n, h)", False),
])
def test_zeros_written_as_such_are_told_from_zeros_computed(text, made):
    """An accumulator's start is zeros written as such; a slope of 0/1 targets, zeros
    computed from data, is a value like any other."""
    assert (tracing._ZEROS.search(text) is not None) == made


def test_a_slope_of_zero_one_targets_is_a_zero_step_computed(tmp_path, r_session):
    """slope <- y * (1 - y) of 0/1 targets is 0 everywhere: every step made from it is zero,
    so the port returns its parameters as given; the line is the slope's, not an update
    never written back (and zeros written as such, an accumulator's, are not it)."""
    port = tmp_path / "port_zero.R"
    port.write_text(
        "train <- function(x, y, w, lr, epochs) {\n"
        "  g <- matrix(0, ncol(x), 1)\n"
        "  p <- x %*% w\n"
        "  slope <- y * (1 - y)\n"
        "  g <- g + crossprod(x, (y - p) * slope)\n"
        "  list(w = w + lr * g)\n"
        "}\n")
    t = tracing.trace_r(r_session, [port], "train",
                        {"x": DELTA_ARGS["x"], "y": np.array([[1.0], [0.0], [1.0]]),
                         "w": DELTA_ARGS["w1"], "lr": 0.05, "epochs": 1})
    at, words = tracing.zero_step(t)
    assert at.line == 4 and "slope (line 4) is 0 everywhere" in words, (at.line, words)
