"""Where and why two runs part: the free run's first divergence, the lockstep verdict, and
the first intermediate of the first diverging step, with the lines of code that compute it.

Lockstep re-runs single epochs in both languages from the *same* state, the reference
trajectory's state at that epoch. When every single step agrees while the free runs drift
apart, the two are equivalent and the drift is rounding amplified by the dynamics. When a
single step disagrees, that step is the divergence.
"""

import dataclasses
import functools
import inspect
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import paths, repair, runners, tracing, trajectory
from .compare import ATOL, RTOL, compare

ALL_EPOCHS_UP_TO = 2000  # longer runs are sampled


@dataclass
class FreeRun:
    """Where two free-run trajectories first part, and how the difference grows after."""
    epoch: int | None            # first recorded epoch after which a parameter differs
    differences: list            # Differences of the parameters at that epoch
    growth: list                 # (epoch, worst relative difference) afterwards
    loss_epoch: int | None       # first epoch whose loss differs
    every: int                   # recording interval
    py: object = None            # the two trajectories, trajectory.Trajectory
    r: object = None


@dataclass
class Lockstep:
    """Single steps from the same states, compared."""
    epochs: np.ndarray           # 0-based states checked: step e goes from epoch e to e + 1
    how: str                     # which epochs were checked, in words
    worst_rel: float             # the largest per-step relative difference seen
    first_bad: int | None        # 1-based epoch whose step disagrees, or None
    differences: list = field(default_factory=list)  # at the first bad step
    localized: tuple | None = None  # (quantity, Python line, R line) inside the bad step:
    # with a trace, each line (path, number, text) is the first diverging statement on that
    # side (the port's, and the reference's counterpart)
    ratios: dict = field(default_factory=dict)  # at the bad step: name -> (ratio, spread) of
    # the R side's update to the Python side's (next - state), see update_ratio()
    finding: object = None       # tracing.Finding of the bad step, or None
    port_language: str | None = None  # the side the finding's port statement is in
    traced: str | None = None    # why there is no finding (one line), when there is none
    probes: dict = field(default_factory=dict)  # probe(): what one-epoch runs with one
    # thing changed show, for a port that diverges
    stop: tuple | None = None    # stopped(): (kind or None, words) of a port that raises
    uniform: dict = field(default_factory=dict)  # at the bad step: name -> (Python's update
    # moves every element by one amount, R's does)

@functools.lru_cache(maxsize=256)
def _resolved(file):
    """Path(file).resolve(), once per file: asked of every record of a trace."""
    return Path(file).resolve()



def choose_epochs(epochs, around=None):
    """Return (0-based epochs to check, how they were chosen): all of them for a short run;
    for a long one the first 200, the last 100, 300 spread evenly, and 100 around `around`."""
    if epochs <= ALL_EPOCHS_UP_TO:
        return np.arange(epochs), f"all {epochs} epochs"
    chosen = np.r_[np.arange(200), np.arange(epochs - 100, epochs),
                   np.linspace(0, epochs - 1, 300).round().astype(int)]
    how = f"{{n}} of {epochs} epochs: the first 200, the last 100, 300 spread evenly"
    if around is not None:
        chosen = np.r_[chosen, np.arange(max(0, around - 50), min(epochs, around + 50))]
        how += f", and 100 around epoch {around}"
    chosen = np.unique(chosen)
    return chosen, how.replace("{n}", str(len(chosen)))


def free_run(fixture, py_train=None, r_train=None, session=None, every=None, rtol=RTOL,
             atol=ATOL):
    """Return the FreeRun of the two languages' trajectories of `fixture`."""
    every = every or max(1, fixture.epochs // 1000)
    py = trajectory.record_python(fixture, py_train, every)
    r = trajectory.record_r(fixture, r_train, every, session)
    first, diffs, worst = None, [], []
    for i, e in enumerate(py.epochs):
        ds = [compare(k, py.params[k][i], r.params[k][i], rtol, atol) for k in py.params]
        worst.append(max(d.worst_rel for d in ds))
        if first is None and not all(d.agree for d in ds):
            first, diffs = int(e), [d for d in ds if not d.agree]
    growth = []
    if first is not None:
        later = np.flatnonzero(py.epochs >= first)
        for j in np.unique(np.geomspace(1, len(later), num=min(8, len(later))).astype(int) - 1):
            growth.append((int(py.epochs[later[j]]), worst[later[j]]))
    loss = compare("loss", py.loss, r.loss, rtol, atol)
    loss_epoch = None if loss.first_index is None else loss.first_index[0] + 1
    return FreeRun(first, diffs, growth, loss_epoch, every, py, r)


def lockstep(fixture, py_train=None, r_train=None, session=None, around=None, port=None,
             rtol=RTOL, atol=ATOL, reference=None):
    """Return the Lockstep verdict: one epoch in each language from the reference states.

    Python's single step from a reference state is the reference trajectory's next state
    (both are train(epochs = 1) from that state), so the trajectory keeps it and Python's
    steps cost nothing more; R's steps go in one crossing (two when the first 20 agree).
    `reference`: the Python trajectory when it is at hand with every epoch kept (the free
    run may have kept it); else it is recorded here."""
    chosen, how = choose_epochs(fixture.epochs, around)
    states, py_next, py_loss = _reference(fixture, py_train, chosen, reference)
    # The first 20 steps first: a porting error shows there, and the rest need not run.
    r_next, r_loss = trajectory.steps_r(fixture, _rows(states, slice(0, 20)), r_train, session)
    first = _compare_steps(_rows(py_next, slice(0, 20)), py_loss[:20], r_next, r_loss, rtol,
                           atol, _with_loss(py_loss[:20], r_loss))
    if len(chosen) > 20 and all(d.agree for d in first):
        more = trajectory.steps_r(fixture, _rows(states, slice(20, None)), r_train, session)
        r_next = {k: np.concatenate([r_next[k], more[0][k]]) for k in r_next}
        r_loss = np.concatenate([r_loss, more[1]])
    m = len(r_loss)
    chosen, states, py_next, py_loss = (chosen[:m], _rows(states, slice(m)),
                                        _rows(py_next, slice(m)), py_loss[:m])
    with_loss = _with_loss(py_loss, r_loss)
    compared = first if m <= 20 else _compare_steps(py_next, py_loss, r_next, r_loss, rtol,
                                                    atol, with_loss)
    worst = max((d.worst_rel for d in compared), default=0.0)
    result = Lockstep(chosen, how, worst, None)
    bad_rows = [d.first_index[0] if d.first_index else 0 for d in compared if not d.agree]
    if bad_rows:
        i = min(bad_rows)
        at_i = _compare_steps(_rows(py_next, slice(i, i + 1)), py_loss[i:i + 1],
                              _rows(r_next, slice(i, i + 1)), r_loss[i:i + 1], rtol, atol,
                              with_loss)
        result.first_bad, result.differences = int(chosen[i]) + 1, [
            d for d in at_i if not d.agree]
        state = {k: v[i] for k, v in states.items()}
        result.ratios = {k: update_ratio(state[k], py_next[k][i], r_next[k][i]) for k in state}
        result.uniform = {k: (_uniform(state[k], py_next[k][i]),
                              _uniform(state[k], r_next[k][i])) for k in state}
        result.localized = localize(fixture, state, result.differences, py_train, r_train,
                                    session, port, rtol, atol)
        traced(result, fixture, state, py_train, r_train, session, port, rtol, atol)
    elif port is not None and (py_train is not None or r_train is not None):
        _epochs_alone(result, fixture, py_train, r_train, session, port, rtol, atol)
    return result


def _epochs_alone(result, fixture, py_train, r_train, session, port, rtol, atol):
    """Every single step agrees, yet the free runs part: when the port runs another number
    of epochs than asked (1 and 2 give the same: it ignores them), say so, at its epochs'
    line, as the first bad step's finding (epoch 1)."""
    try:
        probes = probe(fixture, dict(fixture.init), py_train, r_train, session, rtol, atol)
    except Exception:  # noqa: BLE001 -- a port's own code may raise anything
        return
    if not probes.get("ignores_epochs"):
        return
    result.first_bad, result.probes = 1, probes
    # the edit after which it runs the epochs asked, else the line that reads or sets them
    line = _epochs_repaired(result, fixture, dict(fixture.init), py_train, r_train, session,
                            port, rtol, atol) \
        or _epochs_line(Path(port), fixture.net, ignored=True)
    result.how += "; every step agrees, but 1 and 2 epochs give the port's same result"
    if line is not None:
        probes["line"] = line
        python = str(port).endswith(".py")
        result.localized = ("", line, None) if python else ("", None, line)


def traced(result, fixture, state, py_train=None, r_train=None, session=None, port=None,
           rtol=RTOL, atol=ATOL, epochs=1):
    """Trace the bad step from `state` on both sides, align the traces, and put the Finding
    into `result` (a Lockstep): its localized lines become the first diverging statements.
    For a port, probe() runs first; a port that ignores the epochs asked is not traced (its
    one epoch would be its own count of them). A trace that cannot be made leaves
    localize()'s answer and says why in result.traced. Runs only once a step disagrees."""
    if py_train is not None or r_train is not None:
        try:
            result.probes = probe(fixture, state, py_train, r_train, session, rtol, atol)
        except Exception as e:  # noqa: BLE001 -- a port's own code may raise anything
            result.probes = {"error": f"{type(e).__name__}: {str(e).splitlines()[0]}"}
    found, language = None, None
    if result.probes.get("ignores_epochs") and not result.probes.get("as_given"):
        # (a port that returns its parameters as given agrees with itself at 1 and 2 epochs
        # too, but counts them: its one epoch can be traced)
        language = ("no trace: the port ignores the epochs asked (1 and 2 give the same "
                    "result), so one epoch cannot be traced")
    else:
        try:
            found, language = trace_step(fixture, state, py_train, r_train, session, port,
                                         rtol, atol, epochs)
        except Exception as e:  # noqa: BLE001 -- a port may do anything under a trace
            language = f"tracing failed: {type(e).__name__}: {str(e).splitlines()[0]}"
    if language not in ("Python", "R"):
        result.traced = language
    elif found is None:
        result.traced = "the traces of the bad step agree on every returned value"
    else:
        result.finding, result.port_language = found, language
        moved = probe_line(found, result.probes, fixture.net, state)
        if port is not None and (
                result.probes.get("epochs_off")
                or str(result.probes.get("epochs_0", "")).startswith("ran ")):
            moved = _epochs_repaired(result, fixture, state, py_train, r_train, session, port,
                                     rtol, atol) or moved
        if moved is not None:
            result.probes["line"] = moved
        elif port is not None and _lost(result, found, fixture, state, py_train, r_train,
                                        session, epochs) is not None:
            pass        # the epoch's loss computed and dropped: _lost() put it in the probes
        elif port is not None and Path(found.port.file).resolve() == Path(port).resolve():
            fixed = _repair(found, fixture, state, py_train, r_train, session, port, rtol, atol)
            if fixed is not None:
                fixed, made = _unread_operand(fixed, found.trace)
                renamed = re.match(r"the update goes to ([\w.]+), and ([\w.]+) is never",
                                   fixed.words)
                if made is None and renamed and found.trace is not None:
                    made = tracing.odd_return(found.trace, fixed.line, *renamed.groups())
                if made is None and found.trace is not None \
                        and "the one the caller holds is never updated" in fixed.words:
                    # the helper's new array does reach its caller, under a name nothing
                    # reads: there the update is lost
                    made = tracing.unread_copy(found.trace, fixed.line)
                    if made is not None:
                        fixed = dataclasses.replace(fixed, words=(
                            f"{fixed.words}; its caller receives it as {made.name} (line "
                            f"{made.line}), which nothing reads"))
                fixed = _named(fixed, found.trace, fixture.net, py_train is not None)
                result.probes["repair"] = fixed
                cut = _hyper_cut(found.trace, [_to_port(fixture.net, py_train is not None)
                                               .get(k, k) for k in fixture.net.HYPER]) \
                    if result.probes.get("as_given") and found.trace is not None else None
                if cut is not None and cut[0].line == fixed.line:
                    result.probes["truncated"] = cut[1]     # what the repair's edit undoes
                result.probes["line"] = (paths.shown(fixed.file), fixed.line, fixed.text.strip()) \
                    if made is None else (paths.shown(made.file), made.line,
                                          made.text.splitlines()[0].strip())
            elif found.trace is not None:
                seen = _probed_line(found, found.trace, result.probes, fixture,
                                    _to_port(fixture.net, py_train is not None))
                if seen is not None:
                    (b, words), key = seen
                    result.probes["line"] = (paths.shown(b.file), b.line,
                                             b.text.splitlines()[0].strip())
                    if words:
                        result.probes[key] = words
                    fixed = _repair(dataclasses.replace(
                        found, port=b, reference=None, relation=None, inside=None, calls=(),
                        downstream=()), fixture, state, py_train, r_train, session, port,
                        rtol, atol) if key == "zero_step" else None
                    if fixed is not None:
                        # the value every step is made from, 0 everywhere: what it should
                        # have been computed from (a slope taken of the targets)
                        fixed = _named(_unread_operand(fixed, found.trace)[0], found.trace,
                                       fixture.net, py_train is not None)
                        result.probes["repair"] = fixed
                        result.probes["line"] = (paths.shown(fixed.file), fixed.line,
                                                 fixed.text.strip())
    if result.finding is not None:
        result.localized = finding_lines(result.finding, result.port_language,
                                         result.probes.get("line"))
    elif result.probes.get("ignores_epochs") and port is not None:
        # a loop that makes as many passes whatever the epochs (R's range(epochs)): the edit
        # after which it runs those asked, else the loop that reads the epochs
        moved = _epochs_repaired(result, fixture, state, py_train, r_train, session, port,
                                 rtol, atol) \
            or _epochs_line(Path(port), fixture.net, ignored=True)
        if moved is not None:
            result.probes["line"] = moved
            keep = result.localized or ("", None, None)
            language = "Python" if str(port).endswith(".py") else "R"
            result.localized = (keep[0], moved, keep[2]) if language == "Python" else \
                (keep[0], keep[1], moved)


def _lost(result, found, fixture, state, py_train, r_train, session, epochs):
    """When the loss alone differs: put into result.probes ("line", "lost") the statement
    of the port that computes the epoch's loss the reference records and loses it
    (tracing.lost_loss()), and return it; else None."""
    net = fixture.net
    loss = _to_port(net, py_train is not None).get("loss", "loss")
    if tuple(found.diverging) != (loss,) or found.trace is None or epochs < 1:
        return None
    args = {**fixture.data, **state, **fixture.hyper, net.EPOCHS: epochs}
    wanted = _side_runner(fixture, py_train, r_train, session, with_loss=True)[1](args)
    if wanted is None or np.size(wanted.get("loss", ())) == 0:
        return None
    lost = tracing.lost_loss(found.trace, float(np.ravel(wanted["loss"])[-1]), loss)
    if lost is not None:
        a, words = lost
        result.probes["line"] = (paths.shown(a.file), a.line, a.text.splitlines()[0].strip())
        result.probes["lost"] = words
    return lost


def _epochs_repaired(result, fixture, state, py_train, r_train, session, port, rtol, atol):
    """Return (path, line, text) of the line _epochs_repair() edits, kept in
    result.probes["epochs_repair"], or None."""
    fixed = _epochs_repair(fixture, state, py_train, r_train, session, port, rtol, atol,
                           zero=str(result.probes.get("epochs_0", "")))
    if fixed is None:
        return None
    result.probes["epochs_repair"] = fixed
    return paths.shown(fixed.file), fixed.line, fixed.text.strip()


def _epochs_repair(fixture, state, py_train, r_train, session, port, rtol, atol, zero=""):
    """Return the repair.Repair of the port file (an edit of repair.epoch_edits(): a count of
    the epochs moved by one, or R's range(epochs) made seq_len(epochs)) after which it runs
    the epochs asked: from `state`, 1, 2 and 3 epochs of it agree with the reference's, and
    0 too when the port ran epochs at 0
    (`zero`, the probe's "ran N"); or None. The lines are tried in their order, the first
    that agrees taken."""
    net = fixture.net
    python = py_train is not None
    to_port = _to_port(net, python)
    lines = Path(port).read_text(encoding="utf-8").splitlines(keepends=True)
    tried = list(repair.epoch_edits([t.rstrip("\n") for t in lines],
                                    to_port.get(net.EPOCHS, net.EPOCHS),
                                    "Python" if python else "R"))[:60]
    if not tried:
        return None
    base = {**fixture.data, **state, **{k: v for k, v in fixture.hyper.items()
                                        if k != net.EPOCHS}}
    argsets = [{**base, net.EPOCHS: e} for e in ((0, 1, 2, 3) if zero.startswith("ran ")
                                                  else (1, 2, 3))]
    ref_run = _side_runner(fixture, py_train, r_train, session, with_loss=True)[1]
    wanted = {a[net.EPOCHS]: ref_run(a) for a in argsets}
    if any(w is None for w in wanted.values()):
        return None

    def agrees(got, a):
        return _returns_agree(got, wanted[a[net.EPOCHS]], rtol, atol)
    sources = ["".join([*lines[:r.line - 1], r.edited + "\n", *lines[r.line:]])
               for r in tried]
    return next((dataclasses.replace(r, file=str(port)) for r, good in zip(
        tried, _copies_agree(fixture, python, session, port, sources, argsets, agrees,
                             lambda a: wanted[a[net.EPOCHS]])) if good), None)


def _returns_agree(got, wanted, rtol, atol):
    """Whether a run's returned values (`got`, or None where it failed) agree with the
    reference's (`wanted`): every one, the loss where the run returns one."""
    return got is not None and wanted is not None and all(
        tracing._same_returned(got[k], wanted[k], rtol, atol) if k in got else k == "loss"
        for k in wanted)


def _copies_agree(fixture, python, session, port, copies, argsets, agrees, wanted):
    """Yield, for each edited copy of the port's source (in Python when `python`, else R),
    whether its train() run on each of `argsets` gives what agrees(got, args) accepts;
    lazily, so the first copy that agrees can end the runs. R runs every copy on the first
    args in one crossing, then a copy that passes on the others; wanted(args) is the
    reference's result there, whose sizes an R run must keep."""
    net = fixture.net
    if python:
        for source in copies:
            try:
                train = net.adapt("python", runners.load_python_port(port, source))
            except Exception:  # noqa: BLE001 -- an edit may well break the port
                yield False
                continue
            run = _side_runner(fixture, train, None, session, with_loss=True)[0]
            yield all(agrees(run(a), a) for a in argsets)
        return
    r = session or runners.RSession.get()

    def run(texts, a):
        # in R's own shapes: an edit that returns a parameter of another shape than the one
        # given repairs nothing, as in the free run
        sizes = {k: int(np.size(v)) for k, v in wanted(a).items()}
        return [got for (got,) in r.repairs(net, texts, [a], sizes)]
    first, rest = argsets[0], argsets[1:]
    for text, got in zip(copies, run(copies, first)):
        yield agrees(got, first) and all(agrees(run([text], a)[0], a) for a in rest)


def _probed_line(found, trace, probes, fixture, to_port):
    """Return ((Assignment, words), probe key) of the statement the probes point the trace
    at, when no repair did: where a second name for an array read after it moved was made
    (a stale value read through a view), where an update never written back is dropped
    (as_given, or some parameters unmoved and the first to differ returned as before its
    update), where the samples' order shows (order), where a helper's default takes the
    place of a hyperparameter ignored (ignores); or None."""
    net = fixture.net
    if found.kind == "stale-value":
        made = tracing.alias_origin(trace, found.port)
        if made is not None:
            return (made, f"{made.text.splitlines()[0].strip()} (line {made.line}) makes a "
                          f"second name for the same array, not a copy"), "alias"
    if found.kind == "not-written-back" or found.port.kind == "return":
        # what it returns is written under a guard that was false in this epoch
        unrun = tracing.unrun_writer(trace, found.port)
        if unrun is not None:
            return unrun, "unrun"
    if probes.get("as_given"):
        # a hyperparameter cast to a whole number (lr <- as.integer(lr): 0): every step 0
        cut = _hyper_cut(trace, [to_port.get(k, k) for k in net.HYPER])
        if cut is not None:
            return cut, "truncated"
    if probes.get("as_given") or probes.get("unmoved") and found.kind in (
            "not-written-back", None):
        # (of no kind: the first value to differ is one that reads what never moved)
        # every parameter as given; or some, the first diverging one returned as it was
        # before the reference's update: where the update of those is dropped
        moved = net.PARAMS if probes.get("as_given") else probes["unmoved"]
        left = _names_left_out(found.port.file, [to_port.get(k, k) for k in net.PARAMS],
                               [to_port.get(k, k) for k in moved]) \
            if probes.get("unmoved") else None
        if left is not None:
            return left, "dropped"
        dropped = tracing.dropped_update(trace, [to_port.get(k, k) for k in net.DATA],
                                         [to_port.get(k, k) for k in moved])
        if dropped is not None:
            return dropped, "dropped"
        if probes.get("as_given"):
            zero = tracing.zero_step(trace)
            if zero is not None:
                return zero, "zero_step"
    if probes.get("order"):
        data = [to_port.get(k, k) for k, spec in net.DATA.items() if "n" in spec]
        at = tracing.visit_order(trace, data, _count(fixture)) \
            or tracing.reordering(trace, found.port)
        if at is not None:
            return (at, None), "order"
    if probes.get("ignores"):
        ignored = [to_port.get(k, k) for k in probes["ignores"]]
        default = tracing.defaulted(trace, ignored) or tracing.typed_in(trace, ignored)
        if default is not None:
            return default, "default"
        instead = tracing.given_instead(trace, ignored)
        if instead is not None:
            return instead, "instead"
    return None


_CASTS = re.compile(r"\b(?:as\.integer|int|trunc|floor|round|np\.trunc|np\.floor|np\.round|"
                    r"math\.floor|math\.trunc)\(")


def _names_left_out(file, params, unmoved):
    """(Assignment, words) of the port's line that lists the parameters' names as strings
    (NAMES = ("W3", "b3", ...), c("wh", "bh")), at least two of them, every one but the
    `unmoved` ones: the names a loop walks to move each, one left out; else None."""
    try:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    others = set(params) - set(unmoved)
    for k, text in enumerate(lines, 1):
        # (strings as elements of a sequence: not a dict's keys, {"wh": wh}, nor p["wh"])
        quoted = set(re.findall(r"""(?<![\[\w])["']([A-Za-z_.][\w.]*)["'](?!\s*[:=\]])""",
                                text.split("#", 1)[0]))
        if len(others) >= 2 and others <= quoted and not quoted & set(unmoved):
            a = tracing.Assignment("R" if Path(file).suffix == ".R" else "Python", "", None,
                                   str(file), k, text.strip(), 0, (), "", "assign")
            return a, (f"line {k} lists the parameters' names without "
                       f"{', '.join(unmoved)}: what walks that list never moves "
                       f"{'it' if len(unmoved) == 1 else 'them'}")
    return None


def _hyper_cut(trace, names):
    """(Assignment, words) of a statement that casts one of the hyperparameters `names` to a
    whole number (lr <- as.integer(lr)), when that leaves it 0; else None."""
    for a in trace:
        if a.kind == "assign" and a.name in names and a.value is not None \
                and a.value.size == 1 and float(a.value.flat[0]) == 0.0 \
                and _CASTS.search((a.text or "").split("#", 1)[0]):
            return a, (f"{a.text.splitlines()[0].strip()} (line {a.line}) truncates {a.name} "
                       f"to 0: every step is 0 times the gradient")
    return None


def _unread_operand(fixed, trace):
    """Return (repair, Assignment or None). A repair that reads another name (W_h0 for
    W_ho) which is assigned and never read is an update not written back: its kind says
    so, and the Assignment is where that value is made (W_h0 <- W_ho - ...). Any other
    repair is returned as it is, with None."""
    if fixed.kind != "wrong-operand" or trace is None:
        return fixed, None
    def names(line):    # the names a line reads, not those in its strings
        return set(re.findall(r"[A-Za-z_.][\w.]*", re.sub(r"(['\"]).*?\1", "", line)))
    new, old = names(fixed.edited) - names(fixed.text), names(fixed.text) - names(fixed.edited)
    said = re.match(r"it reads ([A-Za-z_.][\w.]*) where ([A-Za-z_.][\w.]*) belongs", fixed.words)
    if said is not None:
        # (list(wh = Wh) for list(wh = wh): the name still on the line as a key)
        old, new = {said.group(1)}, {said.group(2)}
    made = [tracing.never_read(trace, name) for name in sorted(new)]
    made = [a for a in made if a is not None and a.line != fixed.line]
    if len(made) != 1 or len(old) != 1:
        return fixed, None
    a, (name,) = made[0], old
    if not re.search(rf"(<-|=)\s*{re.escape(name)}\s*[-+]", a.text):
        return fixed, None      # an update of that name (W_h0 <- W_ho - ...), not any value
    first = next((b for b in trace if b.name == name), None)
    if first is not None and first.kind == "assign" and first.loop and first.loop == a.loop:
        return fixed, None      # (of a value the loop makes each time, output_layer_input1
        # + bias: a sum, not a parameter's update)
    return dataclasses.replace(
        fixed, kind="not-written-back",
        words=f"{a.name} (line {a.line}), an update, is never read: line {fixed.line} reads "
              f"{name} where {a.name} belongs"), a


def _to_port(net, python):
    """Return {declared name: the port's name} for a port in Python (python) or R."""
    names = dict(net.names)
    declared_port = "R" if net.reference == "python" else "Python"
    return names if python == (declared_port == "Python") else {v: k for k, v in names.items()}


def _repair(found, fixture, state, py_train, r_train, session, port, rtol, atol,
            called=(), alike=()):
    """Return the repair.Repair of the port file whose one epoch from `state` agrees with
    the reference's (every parameter, and the loss where both return one), or None."""
    net = fixture.net
    hyper = {k: v for k, v in fixture.hyper.items() if k != net.EPOCHS}
    args = {**fixture.data, **state, **hyper, net.EPOCHS: 1}
    python = py_train is not None
    port_run, ref_run = _side_runner(fixture, py_train, r_train, session, with_loss=True)
    # Two runs must agree: from the state, and from another state with other rates, so an
    # edit that agrees by coincidence (lr = 1/n, lr removed) is not taken for the repair.
    # The second runs only for an edit that passes the first.
    # Each parameter and element moved by its own amount: equal values (w2 = w5) part.
    other = {**args, **{k: _moved(v, i) for i, (k, v) in enumerate(state.items())},
             **{k: float(np.asarray(v)) * 0.7 for k, v in hyper.items()
                if net.HYPER.get(k) == "rate"}}
    wanted = {}

    def want(a):
        key = id(a)
        if key not in wanted:
            wanted[key] = ref_run(a)
        return wanted[key]

    if want(args) is None:
        return None
    # whether the port returns a loss: an edit that drops it repairs nothing (its trace says;
    # one run of it otherwise)
    trace = getattr(found, "trace", None)
    to_port = _to_port(net, python)
    if trace is not None and trace.frames:
        top = min(trace.frames)
        loss = f"return:{to_port.get('loss', 'loss')}"
        returned = {"loss"} if any(b.name == loss and b.frame == top for b in trace) else set()
    else:
        returned = {"loss"} & set(port_run(args) or ())

    def agrees(got, a):
        # every parameter, and the loss where the port returns one
        return got is not None and returned <= set(got) \
            and _returns_agree(got, want(a), rtol, atol)

    # And a third, of one sample fewer, so an edit that agrees only with these sizes (a
    # count by the wrong axis that equals the right one's minus one) is not taken either.
    fewer = _other_samples(fixture, other)

    def check(copies):
        return _copies_agree(fixture, python, session, port, copies,
                             (args, other, *([fewer] if fewer is not None else [])),
                             agrees, want)

    a, ref = found.port, found.reference
    operands = [*_operand_swaps(a, ref, to_port, Path(port).read_text("utf-8")), *alike]
    scalars = [k for k in hyper if np.size(hyper[k]) == 1]
    hyper_names = sorted({*scalars, *(to_port.get(k, k) for k in scalars),
                          *_bound_to_hyper(trace, [hyper[k] for k in scalars])})
    related = _activations(trace, a.index, {n for pair in operands for n in pair}) \
        if trace is not None else set()
    # the port's names of the number of samples, which a mean divides by
    samples = _samples(fixture)
    counts = sorted({b.name for b in trace or () if b.value is not None and b.value.size == 1
                     and float(b.value.flat[0]) in samples and b.kind == "assign"
                     and re.fullmatch(r"[A-Za-z_][\w.]*", b.name)}) if samples else []
    # Where the values named a kind at the statement, its lines around are enough; where
    # they named none, the statements computed from it and every operand exchanged too.
    below, inside, swaps = _swaps(trace, port, a.index) if trace is not None \
        and found.kind is None and _recorded(trace, a) \
        else ([], [], {})
    called = list(dict.fromkeys([*inside, *called, *_handed_on(trace, port, a)]))
    calls = [line for file, line, _ in found.calls
             if Path(file).resolve() == Path(port).resolve()]
    if found.kind == "wrong-operand" and calls and trace is not None and not swaps \
            and _recorded(trace, a):
        # a helper's statement reading the wrong operand: the call may have handed it the
        # wrong value (update(w, b, A_pre, ...) where update(w, b, A, ...) belongs), so each
        # argument of the calls that led to it is exchanged for another value of its shape
        every = _swaps(trace, port, a.index, per_name=6)[2]
        swaps = {n: every[n] for n in calls if n in every}
    if swaps:
        related |= _activations(trace, len(trace), {n for sw in swaps.values() for p in sw
                                                    for n in p})
    fixed = repair.search(port, "Python" if python else "R",
                         (a.line, a.last_line, operands, hyper_names), check, related=related,
                         counts=counts, below=below, called=called, swaps=swaps,
                         epochs=to_port.get(net.EPOCHS, net.EPOCHS),
                         activations=_activation_names(trace, port) if trace is not None
                         else {},
                         also=[*_helper_lines(trace, port, [a]),   # what it called
                               *(line for b in getattr(found, "downstream", ())
                                 if _resolved(b.file) == Path(port).resolve()
                                 # each, then the helpers it called (expand_rows(bh, n))
                                 for line in [b.line, *_helper_lines(trace, port, [b])]),
                               # the calls that led to a statement inside a helper
                               *reversed(calls)],
                         helpers=repair.helper_names(Path(port).read_text("utf-8"),
                                                     "Python" if python else "R"),
                         rates=[to_port.get(k, k) for k in scalars
                                if net.HYPER.get(k) == "rate"],
                         passed=[to_port.get(k, k) for k in scalars],
                         nested={b.line for b in trace or ()
                                 if b.frame != min(trace.frames, default=0)},
                         # where the values named the kind, only the lines around
                         budget=(40, 30, 30, 20, 30) if found.kind is None else
                         (40, 0, 0, 20, 0),
                         inputs=_input_lines(trace, a, port))
    return _count_of_one(fixed, a, trace)


def _handed_on(trace, port, a):
    """The lines of the helpers that statements before `a` called with a name `a` reads as
    an argument, after that name was last assigned (derivatives_sigmoid(h), whose
    np.multiply(x, 1 - x, out=x) writes into h, read later): where an array `a` reads may
    have been changed in place."""
    if trace is None or a.index >= len(trace) or trace[a.index] is not a:
        return []
    last = {}
    for b in trace[:a.index]:
        if b.frame == a.frame and b.kind in ("assign", "alias", "arg"):
            last[b.name] = b.index
    read = {re.split(r"[.$@\[]", r)[0] for r in a.reads}    # (h of h.T.dot(d))
    callers = [b for b in trace[:a.index] if b.frame == a.frame and b.kind == "assign"
               and any(r in read and last.get(r, -1) < b.index for r in b.reads)
               and re.search(r"[\w.]\(", b.text or "")]
    return _helper_lines(trace, port, callers)


def _bound_to_hyper(trace, values):
    """The parameters of the port's helpers that a call gave a hyperparameter's value (move(w,
    g, rate) called with lr): the hyperparameter under the helper's own name."""
    top = min(trace.frames, default=0) if trace is not None else 0
    return {b.name for b in trace or () if b.kind == "arg" and b.frame != top
            and b.value is not None and b.value.size == 1
            and re.fullmatch(r"[A-Za-z_][\w.]*", b.name)
            and any(float(b.value.flat[0]) == float(np.asarray(v)) for v in values)}


def _helper_lines(trace, port, statements):
    """The lines of the port's file that ran inside the helpers `statements` (trace
    Assignments) called, in the order they first ran."""
    if trace is None or not statements:
        return []
    own = Path(port).resolve()
    sites = {(a.frame, a.line) for a in statements}
    inside = {f.id for f in trace.frames.values() if (f.caller, f.call_line) in sites}
    return list(dict.fromkeys(b.line for b in trace if b.frame in inside
                              and _resolved(b.file) == own))


def _named(fixed, trace, net, python):
    """The repair with the kind its edit shows where the vocabulary's words named none or
    another: the epochs off by one, a stale value (computed again after its input moved, or
    read where a copy from before belongs), the rate applied twice."""
    fixed = _epochs_count(fixed, trace, net)
    fixed = _reordered(fixed, [_to_port(net, python).get(k, k) for k in net.DATA])
    fixed = _set_before(fixed, trace, [_to_port(net, python).get(k, k) for k in net.PARAMS])
    fixed = _made_from(fixed, trace)
    fixed = _slope_of(fixed, trace)
    fixed = _recomputed_stale(fixed, trace)
    fixed = _copy_before(fixed, trace)
    fixed = _bound_across(fixed)
    to_port = _to_port(net, python)
    return _rate_again(fixed, [to_port.get(k, k) for k, kind in net.HYPER.items()
                               if kind == "rate"])


# The binders of one layout and of the other: rows for columns.
_BINDERS = {frozenset(p) for p in (("cbind", "rbind"), ("np.hstack", "np.vstack"),
                                   ("np.column_stack", "np.row_stack"),
                                   ("hstack", "vstack"), ("column_stack", "row_stack"))}


def _bound_across(fixed):
    """An operand exchange of one binder for the other (cbind for rbind, np.hstack for
    np.vstack): the pieces laid as columns where rows belong, a transpose."""
    said = re.match(r"it reads ([\w.]+) where ([\w.]+) belongs", fixed.words or "")
    if fixed.kind != "wrong-operand" or said is None \
            or frozenset(said.groups()) not in _BINDERS:
        return fixed
    got, due = said.groups()
    return dataclasses.replace(fixed, kind="transposed", words=(
        f"{got}() binds the pieces along the other dimension, where {due}() belongs: the "
        "value laid out transposed"))


def _slope_of(fixed, trace):
    """An operand exchanged inside a call of the port's slope helper where the value it
    reads is one the right one was computed from (derivatives_sigmoid(output_layer_input1)
    for derivatives_sigmoid(output)): the slope taken of the pre-activation, a wrong
    derivative. (Of another value, the targets or another layer's, it is a wrong operand.)"""
    m = re.match(r"it reads ([A-Za-z_.][\w.]*) where ([A-Za-z_.][\w.]*) belongs", fixed.words)
    if fixed.kind != "wrong-operand" or m is None or trace is None:
        return fixed
    call = re.search(rf"([A-Za-z_.][\w.]*)\(\s*{re.escape(m.group(1))}\s*\)", fixed.text)
    if call is None or not repair._SLOPE_NAME.search(call.group(1)):
        return fixed
    made = {}
    for b in trace:
        if b.line == fixed.line and _resolved(b.file) == Path(fixed.file).resolve():
            break       # (what was made before the statement)
        if b.kind == "assign":
            made[b.name] = b.reads
    upstream, todo = set(), {m.group(2)}
    for _ in range(4):
        todo = {r for n in todo for r in made.get(n, ())} - upstream
        upstream |= todo
    if m.group(1) not in upstream:
        return fixed
    return dataclasses.replace(fixed, kind="wrong-derivative", words=(
        f"the slope {call.group(1)}() taken of {m.group(1)} where {m.group(2)} belongs: "
        f"{fixed.words}"))


def _set_before(fixed, trace, params):
    """A statement the repair drops that changes a given parameter before the epochs' loop
    (wh <- wh - 0.5, centring it) is an initial value of the port's own (own-init)."""
    if fixed.kind is not None or not fixed.words.startswith("a statement that should not") \
            or trace is None:
        return fixed
    here = [b for b in _statements_at(trace, fixed) if b.kind == "assign"]
    if not here or here[0].loop or here[0].frame != min(trace.frames, default=0) \
            or re.split(r"[.$]", here[0].name)[-1] not in params \
            or re.search(r"\b(?:int|float|round|signif|trunc|floor|astype|as\.integer|"
                         r"as\.numeric|float32|float16)\b", fixed.text):
        return fixed    # (a cast or a rounding of the given value: the numbers say which)
    a = here[0]
    return dataclasses.replace(fixed, kind="own-init", words=(
        f"line {a.line} changes the given {a.name} before training: the port starts from a "
        f"value of its own; {fixed.words}"))


def _made_from(fixed, trace):
    """An operand exchange that reads the name a value was made from by a transpose (E <- Y -
    out mended as y - out, where Y <- t(y)): the transpose is the bug, at the line that took
    it."""
    m = re.match(r"it reads ([A-Za-z_.][\w.]*) where ([A-Za-z_.][\w.]*) belongs", fixed.words)
    if fixed.kind != "wrong-operand" or m is None or trace is None:
        return fixed
    wrong, right = m.groups()
    turn = rf"(?:t\(\s*{re.escape(right)}\s*\)|{re.escape(right)}\.T|np\.transpose\(\s*" \
           rf"{re.escape(right)}\s*\))"
    made = [b for b in trace if b.kind == "assign" and b.name == wrong and b.text
            and re.fullmatch(rf"\s*{re.escape(wrong)}\s*(?:<-|=)\s*{turn}\s*(?:#.*)?",
                             b.text.splitlines()[0])]
    if not made:
        return fixed
    b = made[0]
    text = b.text.splitlines()[0]
    # (the line is left as it is: the edit that ran is the reader's)
    return repair.Repair(b.file, b.line, text, text, "transposed", (
        f"{wrong} is {right} transposed (line {b.line}), where {right} as it is belongs: with "
        f"line {fixed.line} as '{fixed.edited.strip()}', reading {right}, one epoch of the port "
        "agrees with the reference"))


_SHIFTED = re.compile(r"(?<![\w.$])([A-Za-z_.][\w.]*)\[\s*[A-Za-z_.][\w.]*\s*[-+]\s*1\s*[],]")


def _reordered(fixed, data):
    """A repair of a line that sets one of the port's `data` names from itself put in
    another order (X = X[:, np.argsort(X[0])]): whatever edit mends it, the samples'
    order is the bug (data-order); and one whose edit reads the data one index back where
    it read it one along (y[i - 1]), of no kind of its own: data-order too."""
    code = fixed.text.split("#", 1)[0]
    target = re.match(r"\s*\(?\s*([A-Za-z_.][\w.]*(?:\s*,\s*[A-Za-z_.][\w.]*)*)\s*\)?\s*"
                      r"(?:<-|=)(?!=)", code)
    names = re.findall(r"[A-Za-z_.][\w.]*", target.group(1)) if target else []
    shifted = [m.group(1) for m in _SHIFTED.finditer(code)
               if m.group(1) in data and m.group(0) not in fixed.edited]
    if fixed.kind is None and shifted:
        # a sample's input or label read one index along (y[i - 1] in a 0-based loop):
        # each sample meets another's
        return dataclasses.replace(fixed, kind="data-order", words=(
            f"{fixed.words}: {', '.join(shifted)}, the data, read one sample along, so each "
            "sample meets another's"))
    if fixed.kind == "data-order" or not set(names) & set(data) \
            or not tracing.REORDERS.search(code[target.end():]):
        return fixed
    return dataclasses.replace(fixed, kind="data-order", words=(
        f"{', '.join(names)} put in another order ({code.strip()}): the samples are visited "
        f"in another order than the reference's; {fixed.words}"))


def _statements_at(trace, fixed):
    """The trace's statements of the repaired file whose lines span the repaired line."""
    own = Path(fixed.file).resolve()
    return [b for b in trace if b.line <= fixed.line <= b.last_line and b.kind != "arg"
            and _resolved(b.file) == own]


def _rate_again(fixed, rates):
    """A statement the repair drops (it should not be there) that scales by the learning
    rate (grads = {k: lr * g ...}, before the update scales by it too): the rate applied
    twice."""
    if fixed.kind is not None or not fixed.words.startswith("a statement that should not"):
        return fixed
    code = fixed.text.split("#", 1)[0]
    target = re.match(r"\s*([\w.$]+)", code)
    if target is None or re.search(rf"(?<![\w.$]){re.escape(target.group(1))}\s*[-+]|"
                                   rf"[-+]\s*{re.escape(target.group(1))}(?![\w.$])",
                                   code[target.end():]):
        return fixed    # (an update made twice, c1 <- c1 + lr * g pasted again: no scaling)
    for rate in rates:
        r = re.escape(rate)
        if re.search(rf"(?<![\w.$]){r}\s*\*|\*\s*{r}(?![\w.(\[])", code):
            return dataclasses.replace(fixed, kind="hyper-misused", words=(
                f"{rate} applied here too: {rate} twice ({fixed.words})"))
    return fixed


def _copy_before(fixed, trace):
    """A repair that reads R where the port reads N, R a copy of N made before N's update
    (W_before <- W, then W moves): the port reads N after its update, a stale value."""
    m = re.match(r"it reads ([\w.$]+) where ([\w.$]+) belongs$", fixed.words or "")
    if fixed.kind != "wrong-operand" or m is None or trace is None:
        return fixed
    name, copy = m.groups()
    at = _statements_at(trace, fixed)
    if not at:
        return fixed
    made = [b for b in trace[:at[0].index] if b.name == copy and b.kind in ("assign", "alias")
            and b.reads == (name,) and b.frame == at[0].frame]
    moved = [b for b in trace[made[-1].index + 1:at[0].index] if b.name == name
             and b.kind == "assign" and b.frame == at[0].frame] if made else []
    if not moved:
        return fixed
    return dataclasses.replace(fixed, kind="stale-value", words=(
        f"it reads {name} after its update (line {moved[-1].line}), where {copy}, its value "
        f"from before (line {made[-1].line}), belongs"))


def _recomputed_stale(fixed, trace):
    """A statement the repair drops (it should not be there) that computes again a value the
    same pass computed before, from a value updated in between (d_hiddenlayer <- ... t(wout)
    after wout's step), is a stale value: it reads that value after its update."""
    if fixed.kind is not None or not fixed.words.startswith("a statement that should not") \
            or trace is None:
        return fixed
    here = [b for b in _statements_at(trace, fixed) if b.kind == "assign"]
    if not here:
        return fixed
    a = here[0]
    before = [b for b in trace[:a.index] if b.frame == a.frame and b.name == a.name
              and b.kind == "assign" and b.loop == a.loop and b.line != a.line]
    if not before:
        return fixed
    moved = [b for b in trace[before[-1].index + 1:a.index] if b.frame == a.frame
             and b.kind == "assign" and b.name in a.reads and b.name != a.name]
    if not moved:
        return fixed
    m = moved[-1]
    return dataclasses.replace(fixed, kind="stale-value", words=(
        f"{a.name} computed again (line {a.line}; first at line {before[-1].line}) from "
        f"{m.name} after its update (line {m.line}), where the value of before belongs: "
        f"{fixed.words}"))


def _epochs_count(fixed, trace, net):
    """A count one off repaired in the header of a loop over the epochs (for (i in 1:(epoch -
    1)), epoch <- epochs before it) is the epochs off by one."""
    if fixed.kind is not None or not fixed.words.endswith("a count one off") \
            or not re.match(r"\s*(?:for|while)\b", fixed.text) or trace is None:
        return fixed
    top = min(trace.frames, default=0)
    given = [b for b in trace if b.kind == "arg" and b.frame == top and b.name == net.EPOCHS]
    if not given or given[0].value is None:
        return fixed
    names = {net.EPOCHS} | {b.name for b in trace if b.kind == "assign" and b.frame == top
                            and b.reads == (net.EPOCHS,) and b.value is not None
                            and np.array_equal(b.value, given[0].value)}
    if not any(re.search(rf"(?<![\w.$]){re.escape(n)}(?![\w.])", fixed.text) for n in names):
        return fixed
    return dataclasses.replace(fixed, kind="epochs-off-by-one",
                               words=f"the loop over the epochs: {fixed.words}")


def _count_of_one(fixed, a, trace):
    """A repair of the count a statement divides by (m <- nrow(Y) for ncol(Y), or the
    statement's own / (2 * ncol(err))), where the wrong count is 1, says what the statement
    then computes: a sum where a mean belongs."""
    if fixed is None or fixed.kind != "wrong-axis" or trace is None:
        return fixed
    if fixed.line == a.line:
        # the count in the statement's own denominator: ncol() or nrow() of a value of one
        # column or row, read as the trace holds it there
        m = re.search(r"/\s*\(?[^/]*?\b(ncol|nrow|NCOL|NROW)\(\s*([\w.$]+)\s*\)", fixed.text)
        held = [b for b in trace if m and b.name == m.group(2) and b.value is not None
                and b.value.ndim == 2 and b.index < a.index and b.frame == a.frame]
        if not held or not fixed.words.startswith(m.group(1)) \
                or held[-1].value.shape[m.group(1).lower() == "ncol"] != 1:
            return fixed
        return dataclasses.replace(fixed, kind="sum-for-mean", words=(
            f"{m.group(1)}({m.group(2)}) is 1, the count of the wrong axis ({fixed.words}): "
            "a sum where a mean belongs"))
    count = next((b for b in trace if b.line == fixed.line and b.kind == "assign"
                  and b.value is not None and b.value.size == 1), None)
    if count is None or count.value.flat[0] != 1 or not re.search(
            rf"/[^/]*(?<![\w.$]){re.escape(count.name)}(?![\w.])", a.text):
        return fixed
    return dataclasses.replace(fixed, kind="sum-for-mean", words=(
        f"{count.name} is 1, the count of the wrong axis ({fixed.words}), and line {a.line} "
        f"divides by it: a sum where a mean belongs"))


def _recorded(trace, a):
    """True when Assignment a is the trace's record at its index (or that record shown at
    another line of its statement: an element of a list written one a line)."""
    return a.index < len(trace) and (trace[a.index] is a or (
        trace[a.index].name, trace[a.index].frame, trace[a.index].kind)
        == (a.name, a.frame, a.kind))


def _input_lines(trace, a, port):
    """The lines of the port's file that made what statement `a` reads (in the trace), the
    returns of the helpers that made them included; for the statement a port stops at (no
    assignment of the trace), what its names were last given in the frame it stopped in."""
    if trace is None or not trace.frames or not len(trace):
        return ()
    g, own = tracing._Graph(trace), Path(port).resolve()
    if _recorded(trace, a):
        deps = g.deps(a.index)
    elif a.index >= len(trace):
        deps = [g.resolve(n, trace[-1].frame, len(trace)) for n in NAMES.findall(a.text)]
    else:
        return ()
    made = [d for d in deps if d is not None and trace[d].kind == "assign"]
    # and for a value a helper returned (g = gradients(...)), the lines of its return that
    # made it (the element wh=... of a list or record written over several lines)
    returned = [r for d in made for r in g.deps(d) if trace[r].kind == "return"
                and trace[r].frame != trace[d].frame]
    return tuple(sorted({trace[d].line for d in [*made, *returned]
                         if Path(trace[d].file).resolve() == own}))


_WORDS = {"and", "or", "not", "in", "is", "if", "else", "for", "None", "True", "False",
          "TRUE", "FALSE", "NULL", "NA", "function", "return", "lambda", "np", "self"}


def _moved(v, i):
    """Return v with each element moved by its own amount (the i-th parameter's)."""
    v = np.asarray(v, dtype=np.float64)
    k = np.arange(v.size).reshape(v.shape) + 7 * i
    return v * (0.6 + 0.3 * ((k * 0.618034) % 1)) + 0.05 * ((k * 0.414214) % 1) + 0.1


def _operand_swaps(a, ref, to_port, text):
    """Return (name read, name instead) pairs for the repair probe to try in port statement
    a, most likely first: a name of the port one character away (sum_h1, sum_h2), another
    name the statement reads, a name the reference's counterpart reads."""
    rhs = a.text[repair.rhs_start(a.text, a.language):]
    variable = r"(?<![\w.$])[A-Za-z_]\w*(?![\w(.])"
    ours = [n for n in dict.fromkeys(re.findall(variable, rhs)) if n not in _WORDS]
    names = set(re.findall(r"(?<![\w.$])[A-Za-z_]\w*", text)) - _WORDS
    near = [(o, t) for o in ours for t in sorted(names) if t != o and len(t) == len(o)
            and sum(x != y for x, y in zip(o, t)) == 1]
    same = [(o, t) for o in ours for t in ours if o != t]
    theirs = [] if ref is None else [(o, to_port.get(t, t)) for o in ours for t in ref.reads
                                     if "." not in t and to_port.get(t, t) not in ours
                                     and to_port.get(t, t) in names]
    return list(dict.fromkeys((o, t) for o, t in [*near, *same, *theirs] if t != a.name))


def _count(fixture):
    """The number of samples (the size "n" of the first data that has one), or None."""
    return next((fixture.data[k].shape[spec.index("n")] for k, spec in fixture.net.DATA.items()
                 if "n" in spec), None)


def _other_samples(fixture, args):
    """`args` with another number of samples: the data's last sample left out, when every
    array of the data has 3 or more (not fewer than 2 left: one sample hides too much), else
    one more sample at the end, the first one's numbers halved and moved by 1/4 (a copy of
    it would hide a loop that stops one early and a count one short together); None for a
    network of no samples."""
    spec = {k: v for k, v in fixture.net.DATA.items() if "n" in v}
    if not spec:
        return None
    fewer = min(_samples(fixture)) >= 3
    out = dict(args)
    for k, dims in spec.items():
        v, axis = np.asarray(args[k], dtype=np.float64), dims.index("n")
        first = np.take(v, [0], axis=axis)
        out[k] = np.take(v, range(v.shape[axis] - 1), axis=axis) if fewer else \
            np.concatenate([v, 0.5 * first + 0.25], axis=axis)
    return out


def _samples(fixture):
    """The numbers of samples of the fixture's data (the sizes its shapes call "n")."""
    return {int(fixture.data[k].shape[spec.index("n")]) for k, spec in
            fixture.net.DATA.items() if "n" in spec}


def _other(values):
    """Other values of the same shapes, none equal to its own: the probes' other start."""
    return {k: np.asarray(v, dtype=np.float64) * 0.5 + 0.125 for k, v in values.items()}


def _swaps(trace, port, root, per_name=3):
    """Return ([lines computed from trace assignment `root`, in the order they first ran],
    [lines of the helpers its statement called; every line that ran, for a value returned
    as it was], {line: operand swaps}) for the port's statements in the trace: where a bug
    below a value the reference never builds (a correct one, of the port's own factoring)
    is, and what each line might have read instead: each name it reads for another name of
    its frame whose last value before it had the same shape, the most recent first."""
    file = str(Path(port).resolve())
    tainted, below, swaps, last, made = {trace[root].name}, [], {}, {}, {}
    f = trace.frames.get(trace[root].frame)
    if trace[root].kind == "return" and f is not None and f.caller:
        # a helper's value: what its call assigns (g = backward(...)) carries it on
        tainted |= {b.name for b in trace[root:] if b.frame == f.caller
                    and b.line == f.call_line and b.kind == "assign"}

    def inputs(frame, name, depth=3):
        # the names the last value of `name` was computed from, three statements up
        out, todo = set(), [name]
        for _ in range(depth):
            todo = [r for n in todo for r in made.get((frame, n), ()) if r not in out]
            out.update(todo)
        return out
    for b in trace:
        here = b.kind in ("assign", "alias", "return") and b.line not in swaps \
            and str(_resolved(b.file)) == file
        if here:
            pairs = []
            own = b.value.shape if b.value is not None else None
            # (an element of a returned list: what it reads, not the whole list)
            for r in (b.parts if b.kind == "return" and b.parts else b.reads):
                mine = last.get((b.frame, r))
                if mine is None or "." in r or "$" in r:
                    continue
                # (not a name r was computed from: reading it instead skips r's statement,
                # which repairs any bug of it, or above it)
                skipped = inputs(b.frame, r)
                alike = sorted(((shape != mine[1], shape != own, -i, n) for (f, n), (i, shape)
                                in last.items() if f == b.frame and n != r
                                and len(shape) == len(mine[1])
                                and not re.search(r"[$.:]", n) and n != b.name
                                # (one it was computed from, of the statement's own shape
                                # where r's is another: r broadcast in its place)
                                and (n not in skipped or shape == own != mine[1])))
                # the same shape first, then one of another (g_out for g_hid, summed), the
                # statement's own first (slope(out), n x 1, broadcast where slope(hid),
                # n x h, belongs)
                pairs += [(r, n) for other, _, _, n in alike if not other][:per_name]
                pairs += [(r, n) for other, _, _, n in alike if other][:1]
            swaps[b.line] = pairs
            for k in range(b.line + 1, b.last_line + 1) if b.value is None else ():
                # (a list of values written one a line, grads = [...]: each of its lines may
                # read the wrong one)
                swaps.setdefault(k, pairs)
        if b.index > root and tainted.intersection(b.reads):
            tainted.add(b.name)
            if here:
                below.append(b.line)
        if b.value is not None and b.kind != "for":
            last[b.frame, b.name] = (b.index, b.value.shape)
        if b.kind in ("assign", "alias"):
            made[b.frame, b.name] = tuple(r for r in b.reads if r != b.name)
    a = trace[root]
    # what the statement called: the helpers' own lines first (layer.backward(up): the bug
    # in the method); a value returned as it was: every line that ran
    inside = {a.frame}
    for f in sorted(trace.frames.values(), key=lambda f: f.id):
        if f.caller in inside and (f.caller != a.frame or f.call_line == a.line):
            inside.add(f.id)
    inside.discard(a.frame)
    called = list(dict.fromkeys(b.line for b in trace if b.frame in inside
                                and b.kind in ("assign", "alias", "return")
                                and str(_resolved(b.file)) == file))
    if a.kind == "return" and a.frame == min(trace.frames, default=a.frame):
        # the lines that assign what the return reads (net$Wa for wh = net$Wa) first
        ran = [b for b in trace if b.kind in ("assign", "alias")
               and str(_resolved(b.file)) == file]
        read = set(re.findall(r"\w+", a.text))
        called += [b.line for b in ran if re.split(r"[.$]", b.name)[-1] in read]
        called += [b.line for b in ran]
    return below, list(dict.fromkeys(called)), swaps


def _activations(trace, before, names):
    """Return the pairs of port names (x, y) of `names` where y's last value before index
    `before` is the sigmoid or tanh of x's: an activation and its pre-activation."""
    last = {}
    for b in trace[:before]:
        if b.name in names and b.value is not None and b.kind != "for":
            last[b.name] = np.asarray(b.value, dtype=np.float64)
    out = set()
    for x, vx in last.items():
        with np.errstate(all="ignore"):
            forms = (1 / (1 + np.exp(-vx)), np.tanh(vx))
        for y, vy in last.items():
            if x != y and vy.shape == vx.shape and any(
                    np.allclose(f, vy, rtol=1e-12, atol=0) for f in forms):
                out |= {(x, y), (y, x)}
    return out


_SIGMOID_CALL = re.compile(r"\b(?:sigmoid|plogis|logistic|expit)\s*\(|"
                           r"1(?:\.0?)?\s*/\s*\(\s*1(?:\.0?)?\s*\+\s*(?:np\.)?exp\(")
_TANH_CALL = re.compile(r"\btanh\s*\(")


def _activation_names(trace, port):
    """Return {line of the port file: {name: "sigmoid" or "tanh"}}: for each line the trace
    ran, the names that held an activation when it first ran. An activation: a value the
    sigmoid or tanh of a value assigned, or given to a helper, before it, or that a
    statement calling the sigmoid or tanh set within its range."""
    values, held, out = [], {}, {}
    port = Path(port).resolve()
    for b in trace:
        if b.file and b.line and _resolved(b.file) == port:
            out.setdefault(b.line, dict(held))
        if b.kind == "arg" and b.value is not None and b.value.size >= 2:
            # (a helper's argument: logis(X %*% W)'s pre-activation, never assigned)
            values.append(np.asarray(b.value, dtype=np.float64))
        if b.kind != "assign" or b.value is None or b.value.size < 2 \
                or not re.fullmatch(r"(?:self\.)?[A-Za-z_][\w.]*", b.name):
            continue
        v = np.asarray(b.value, dtype=np.float64)
        name = b.name
        held.pop(name, None)
        with np.errstate(all="ignore"):
            for form, call, low, f in (("sigmoid", _SIGMOID_CALL, 0,
                                        lambda x: 1 / (1 + np.exp(-x))),
                                       ("tanh", _TANH_CALL, -1, np.tanh)):
                if call.search(b.text or "") and np.all((v > low) & (v < 1)) or any(
                        x.shape == v.shape and np.allclose(f(x), v, rtol=1e-12, atol=0)
                        for x in values[-40:]):
                    held[name] = form
                    break
        values.append(v)
    return out


def _promised(t, message, file, line):
    """Return (file, line) where R's "object 'x' not found" was made: R evaluates a call's
    arguments lazily, inside the function called, so a name read before it is assigned
    stops in the helper's body (1 / (1 + exp(-z))) where the caller's sigmoid(E) reads it.
    The innermost call whose line reads the name, when the stopping line does not."""
    m = re.search(r"object '([^']+)' not found", message)
    if m is None or not t.frames:
        return file, line
    name = re.escape(m.group(1))
    def reads(text):
        return re.search(rf"(?<![\w.$]){name}(?![\w.])", text or "")
    lines = Path(file).read_text(encoding="utf-8").splitlines()
    if reads(lines[line - 1] if 0 < line <= len(lines) else ""):
        return file, line
    frame = t.frames.get(max(t.frames))
    while frame is not None and frame.caller in t.frames:
        caller = t.frames[frame.caller]
        if reads(frame.call_text) and frame.call_line > 0:
            return caller.file, frame.call_line
        frame = caller
    return file, line


def stopped(fixture, py_train=None, r_train=None, session=None, port=None):
    """Return a Lockstep for a port that raises an error in its first epoch from the
    fixture's initial parameters: the statement it stops at (its trace's error), as the
    first bad step's localized line; None when that epoch runs, or the line is not the
    port's."""
    if port is None or (py_train is None and r_train is None):
        return None
    net = fixture.net
    args = {**fixture.args(), net.EPOCHS: 1}
    if py_train is not None:
        t = tracing.trace_python(py_train, _python_args(py_train, args, dict(net.names)),
                                 [port])
    else:
        t = tracing.trace_r(session or runners.RSession.get(), [port], "train", args)
    if t.error is None:
        found = _missing(t, [_to_port(net, py_train is not None).get(k, k) for k in net.PARAMS],
                         port)
        if found is None:
            return None
        a, says, *kind = found      # (a kind, when what was seen names one)
        result = Lockstep(np.array([0]), "the port's first epoch, traced", float("nan"), 1)
        shown = (paths.shown(a.file), a.line, a.text.splitlines()[0].strip())
        result.localized = ("", shown, None) if py_train is not None else ("", None, shown)
        result.traced, result.stop = says, (kind[0] if kind else None, says)
        return result
    if not t.error[2] or t.error[3] <= 0 \
            or Path(t.error[2]).resolve() != Path(port).resolve():
        return None
    kind, message, file, line = t.error
    file, line = _promised(t, str(message), file, line)
    lines = Path(file).read_text(encoding="utf-8").splitlines()
    text = lines[line - 1].strip() if line <= len(lines) else ""
    first = str(message).splitlines()[0] if str(message) else ""
    says = f"the port stops at {paths.shown(file)}:{line} ({text}): {kind}: {first}"
    # the whole statement, when it goes on over the next lines (R names its first): each of
    # its lines is the repair's to try
    whole = _continued(lines, line)
    ref_trace = _reference_trace(fixture, args, session, py_train is not None)
    made = _transposed_input(t, text, ref_trace) if ref_trace is not None else None
    # the statement it stops at, as a finding of its own for the repair probe: an edit
    # that makes it run and agree says more than a value read in the reference's transpose
    # (a port that keeps the samples as columns holds every parameter so)
    at = tracing.Assignment("Python" if py_train is not None else "R", "", None, str(file),
                            line, text, 0, (), "train", "other", index=len(t))
    fixed = _repair(tracing.Finding(at, None, (), None, (), trace=t), fixture,
                    fixture.init, py_train, r_train, session, port, RTOL, ATOL,
                    called=[*range(line + 1, line + 1 + whole.count("\n")),
                            *_called_from(t, line, port), *_callers(t, port)],
                    alike=_alike(t, text))
    if fixed is not None:
        fixed = _made_from(fixed, t)
    if fixed is not None and _CHECKS.search(fixed.text):
        # a check of the port's own that refuses right values: no kind of the vocabulary's
        fixed = dataclasses.replace(fixed, kind=None, words=(
            f"its own check refuses the values it is given: {fixed.words}"))
    if fixed is None and OUT_OF_RANGE.search(str(message)):
        fixed = _passes_of_its_own(fixture, py_train, r_train, session, port)
    if fixed is not None:
        made = None
        line, text = fixed.line, fixed.text.strip()
        says = (f"{says}; {fixed.words}" if fixed.edited == fixed.text else
                f"{says}; with line {fixed.line} as '{fixed.edited.strip()}', it runs and "
                f"one epoch of it agrees with the reference: {fixed.words}")
    if made is not None:
        a, ref = made
        line, text = a.line, a.text.splitlines()[0]
        how = "transposed" if np.allclose(a.value, ref.value.T, RTOL, ATOL) else \
            "the dimensions reversed"
        says = (f"{says}; it reads {a.name}, made at line {a.line} "
                f"{' x '.join(map(str, a.value.shape))} where the reference's value of the "
                f"same numbers is {' x '.join(map(str, ref.value.shape))}: {how}")
    origin = None
    if made is None and fixed is None:
        bound = _past_the_samples(t, fixture, str(message), py_train is not None)
        if bound is None and py_train is None:
            bound = _atomic(t, text, str(message))
            if bound is None:
                bound = _copied(t, text) or _dropped_call(t, text)
                # (what the helper set never reaches its caller)
                origin = bound and (*bound, "not-written-back")
        if bound is None and py_train is not None:
            bound = _integer_array(t, text, str(message))
            origin = bound and (*bound, "integer-truncation")
        if bound is None and py_train is not None:
            bound = _nonlocal_left_out(t, file, line, kind, str(message))
            origin = bound and (*bound, "not-written-back")
        if bound is None and ref_trace is not None:
            origin = _origin(t, ref_trace, text, fixture,
                             "Python" if py_train is not None else "R")
            bound = origin and origin[:2]
        bound = bound or _inside_helper(t, line)
        if bound is not None:
            a, words = bound
            file, line, text, says = a.file, a.line, a.text.splitlines()[0].strip(), \
                f"{says}; {words}"
    shown = (paths.shown(file), line, text)
    result = Lockstep(np.array([0]), "the port's first epoch, traced", float("nan"), 1)
    result.localized = ("", shown, None) if py_train is not None else ("", None, shown)
    result.traced = says
    result.stop = ("transposed" if made is not None else fixed.kind if fixed
                   else origin[2] if origin else None, says)
    if fixed is not None:
        result.probes = {"repair": fixed, "line": shown}
    return result


def _continued(lines, line):
    """The text of the statement that starts at `line` (1-based) and goes on over the lines
    after it: while its brackets are open, or a line ends in an operator, a comma or an
    assignment; one line when it ends there."""
    out, depth, k = [], 0, line
    while k <= len(lines):
        code = lines[k - 1].split("#", 1)[0].rstrip()
        out.append(lines[k - 1].rstrip())
        depth += sum(code.count(c) for c in "([{") - sum(code.count(c) for c in ")]}")
        if depth <= 0 and not re.search(r"(%[^%]*%|[-+*/^,=<>&|~]|<-)$", code):
            break
        k += 1
    return "\n".join(out).strip()


# A port's own checks of its inputs, which stop it when they fail.
_CHECKS = re.compile(r"\bstopifnot\(|^\s*assert\b|\bstop\(|\braise\b")


# numpy refusing to add floats in place into an array of integers
_INT_CAST = re.compile(r"Cannot cast ufunc '\w+' output from dtype\('(?:float|complex)\d*'\) "
                       r"to dtype\('u?int\d*'\)")


def _integer_array(t, text, message):
    """For a numpy port that stops adding floats in place into an array of integers (x +=
    ... made x with np.full(shape, 0) or np.zeros(..., dtype=int)): (the statement that made
    x, words); else None. What was stored into x before was truncated: that is the bug."""
    target = re.match(r"\s*([A-Za-z_][\w.]*)(?:\[[^\]]*\])?\s*[-+*/]=", text)
    if not _INT_CAST.search(message) or target is None or not t:
        return None
    here, name = t[-1].frame, target.group(1)
    made = [a for a in t if a.frame == here and a.name == name and a.kind == "assign"
            and not a.partial]
    if not made:
        return None
    a = made[-1]
    return a, (f"{name} is an array of integers, made at line {a.line} "
               f"({a.text.splitlines()[0].strip()}): what is stored into it is truncated, "
               "and numpy cannot add floats to it in place")


def _nonlocal_left_out(t, file, line, kind, message):
    """For a Python port that stops reading a name of a nested function before assigning it
    (UnboundLocalError: bout += ... where its nonlocal statement leaves bout out), return
    (an Assignment at that nonlocal or global statement, words); else None."""
    name = re.search(r"local variable '(\w+)'", message)
    if kind != "UnboundLocalError" or name is None:
        return None
    lines = Path(file).read_text(encoding="utf-8").splitlines()
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    for i in range(line - 1, 0, -1):
        text = lines[i - 1]
        own = len(text) - len(text.lstrip())
        if re.match(r"\s*(nonlocal|global)\s", text) and own <= indent \
                and name.group(1) not in re.findall(r"\w+", text.split(None, 1)[1]):
            a = tracing.Assignment("Python", "", None, str(file), i, text.strip(), 0, (),
                                   "train", "other")
            return a, (f"{text.strip()} leaves {name.group(1)} out, so the nested function's "
                       f"{name.group(1)} is a local of its own: the one outside is never "
                       "written back")
        if re.match(r"\s*def\s", text) and own < indent:
            return None
    return None


def _passes_of_its_own(fixture, py_train, r_train, session, port):
    """Return a repair.Repair (the line left as it is) of the loop over the epochs that runs a
    number of passes of its own (for i in range(200)), for a port that stops writing past
    the end of what the epochs asked sized: it runs when asked for that number; or None."""
    net = fixture.net
    found = _epochs_line(Path(port), net, ignored=True)
    if found is None:
        return None
    _, i, text = found
    m = re.search(r"(?:range|seq_len)\(\s*([0-9]+)\s*\)|\b1:([0-9]+)\b|[<>]=?\s*([0-9]+)(?![\w.])",
                  text)
    if m is None:
        return None
    passes = int(next(g for g in m.groups() if g))
    if passes < 2 or passes > 100_000:
        return None
    run = _side_runner(fixture, py_train, r_train, session, with_loss=True)[0]
    if run({**fixture.args(), net.EPOCHS: passes}) is None:
        return None
    return repair.Repair(str(port), i, text, text, "ignores-hyper", (
        f"the loop over the epochs runs {passes} passes whatever {net.EPOCHS} is: asked for "
        f"{passes} epochs the port runs, asked for fewer it writes past the end of what "
        f"{net.EPOCHS} sized"))


# What R and numpy say of an index past the end.
OUT_OF_RANGE = re.compile(r"subscript out of bounds|out of bounds|index out of range")


def _alike(t, text, most=6):
    """For the statement a port stops at: (name it reads, a name of its frame much like it
    holding a value of another shape) pairs, H1 for H, a_hid for hid: what it may have
    meant to read (the shape it read is the one that stops it)."""
    if not t or not t.frames:
        return []
    here, last = t[-1].frame, {}
    for a in t:
        if a.frame == here and a.kind in ("assign", "arg") and a.value is not None \
                and re.fullmatch(r"[A-Za-z_.][\w.]*", a.name):
            last[a.name] = a.value.shape

    def stem(n):
        return re.sub(r"[\d_.]+$", "", n).lower()
    pairs = []
    for name in dict.fromkeys(NAMES.findall(text)):
        if name not in last:
            continue
        pairs += [(name, other) for other, shape in last.items() if other != name
                  and shape != last[name] and (stem(other) == stem(name)
                                               or other.startswith(name)
                                               or name.startswith(other))]
    return pairs[:most]


def _dropped_call(t, text):
    """For an R port that stops reading b$f (or b@f) which a call of its own frame returned
    set, the call's value dropped (learn(net, ...) where net <- learn(net, ...) belongs: R
    passes a copy): (the call's Assignment, words); else None."""
    if not t or not t.frames:
        return None
    here = t[-1].frame
    for base, field in re.findall(r"(?<![\w.$@])([A-Za-z.][\w.]*)[$@](\w+)", text):
        for a in t:
            if a.frame == here and a.kind == "expr" and a.name == f"${field}" \
                    and a.value is not None and a.value.size and base in a.reads \
                    and re.match(rf"^\s*[\w.]+\(", a.text):
                fn = a.text.strip().split("(", 1)[0]
                return a, (f"{fn}() returns {base} with its {field} set, and line {a.line} "
                           f"drops it: R passes {fn}() a copy of {base}, so {base} <- "
                           f"{a.text.strip()} belongs")
    return None


def _copied(t, text):
    """For an R port that stops reading b$f that a helper set on its own copy of a list (R
    copies a list into each call; forward(net) sets net$hid, learn(net) finds none): return
    (Assignment, words) of where the caller made the list, where an environment belongs
    (list2env(), new.env()); else None."""
    if not t or not t.frames:
        return None
    here = t[-1].frame
    for base, field in re.findall(r"(?<![\w.$])([A-Za-z.][\w.]*)\$(\w+)", text):
        if any(a.frame == here and a.name == f"{base}${field}" for a in t):
            continue
        setters = {a.frame for a in t if a.frame != here and a.name.endswith(f"${field}")
                   and a.kind == "assign" and t.frames[a.frame].caller}
        for fid in setters:
            f, g = t.frames[fid], t.frames.get(here)
            if g is None or f.caller != g.caller:
                continue
            shared = [n for n in re.findall(r"[A-Za-z.][\w.]*", f.call_text.split("(", 1)[-1])
                      if n in re.findall(r"[A-Za-z.][\w.]*", g.call_text.split("(", 1)[-1])]
            made = [a for a in t if a.frame == f.caller and a.name in shared
                    and a.kind == "assign" and re.search(r"\blist\(", a.text)]
            if made:
                a = made[-1]
                return a, (f"it reads {base}${field}, which {f.function}() set on its own copy "
                           f"of {a.name}: {a.name} is a list (line {a.line}), which R copies "
                           "into each call, where an environment (list2env(), new.env()) "
                           "belongs")
    return None


def _callers(t, port):
    """The port's lines that called the function the trace stopped in, innermost first
    (lapply(..., function(i) f(X[, i], ...)) for a stop inside f): where the value it could
    not use may have been chosen."""
    own, out = str(Path(port).resolve()), []
    frame = t.frames.get(max(t.frames)) if t.frames else None
    while frame is not None and frame.caller in t.frames:
        caller = t.frames[frame.caller]
        if frame.call_line > 0 and str(Path(caller.file).resolve()) == own:
            out.append(frame.call_line)
        frame = caller
    return out


def _called_from(t, line, port):
    """The port's lines that ran in the helpers the statement at `line` called (and those
    they called), in the order they ran: where a port that stops there may have gone wrong
    (a helper's max() where pmax() belongs makes a value of the wrong length)."""
    own = str(Path(port).resolve())
    inside = set()
    for f in sorted(t.frames.values(), key=lambda f: f.id):
        caller = t.frames.get(f.caller)
        if caller is not None and (f.caller in inside or f.call_line == line
                                   and str(Path(caller.file).resolve()) == own):
            inside.add(f.id)
    return list(dict.fromkeys(a.line for a in t if a.frame in inside
                              and str(Path(a.file).resolve()) == own))


def _missing(t, params, port):
    """For a port whose traced epoch runs but returns a parameter with no number (NULL, an
    element a helper's list does not have), return (Assignment, words[, kind]) of where it is
    lost: the list given to state without the element state$b it had before (kind
    not-written-back); the line of the helper's list( that assigns the name with <- where
    name = makes an element (list(w = ..., b <- ...)); else the statement that reads the
    missing element; None when every parameter holds numbers."""
    if not t.frames:
        return None
    top = min(t.frames)
    ends = [a for a in t if a.frame == top and a.kind == "return"]
    returned = {a.name[len("return:"):]: a for a in ends}
    absent = [p for p in params if p not in returned]
    if absent and ends:
        # what train() returns has none of those names (an unnamed list of states)
        a = ends[-1]
        return a, (f"train() returns no element named {', '.join(absent)}: line {a.line} "
                   f"({a.text.splitlines()[0].strip()}) returns something else")
    lost = [p for p in params if p in returned and returned[p].value is None]
    if not lost:
        return None
    name = lost[0]
    g = tracing._Graph(t)
    left_out = _left_out(t, g, returned[name])
    if left_out is not None:
        return left_out
    at = g.resolve(name, top, len(t))
    if at is None:
        return returned[name], f"it returns {name} with no number in it"
    a = t[at]
    for r in a.reads:
        if "$" not in r:
            continue
        base, element = r.split("$", 1)
        made = g.resolve(base, a.frame, a.index)
        for fid in g.callees.get(made, []) if made is not None else []:
            f = t.frames[fid]
            rets = [b for b in t if b.frame == fid and b.kind == "return"]
            if not rets or any(b.name == f"return:{element}" for b in rets):
                continue
            words = (f"it returns {name} with no number in it: {name} is {r} (line {a.line}), "
                     f"and {f.function}() returns no element {element}")
            head = rets[0]
            start = min(b.line for b in rets)
            lines = Path(head.file).read_text(encoding="utf-8").splitlines()
            for k in range(start - 1, min(len(lines), start + 40)):
                if re.search(rf"(?<![\w.$]){re.escape(element)}\s*<-", lines[k]):
                    made_at = dataclasses.replace(head, line=k + 1, text=lines[k].strip())
                    return made_at, (f"{words}: line {k + 1} ({lines[k].strip()}) assigns "
                                     f"{element} with <- inside the list, where "
                                     f"{element} = names an element")
            return a, words
    return a, f"it returns {name} with no number in it: {name} is made at line {a.line}"


def _left_out(t, g, ret):
    """For a returned element with no number read as state$b, where the list state was
    last given has no element b and state's value before it had one: (Assignment, words,
    kind) of the list that leaves b out (the last value of a with(state, { ... }) block, a
    list(...) assigned to state), or None."""
    for r in ret.parts or ret.reads:
        base, _, element = r.partition("$")
        if not element or "$" in element:
            continue
        made = g.resolve(base, ret.frame, ret.index)
        if made is None or t[made].kind == "arg":
            continue
        fields = _fields_of(t, made)
        if not fields or element in fields:
            continue
        before = g.resolve(base, ret.frame, made)
        if before is None or element not in _fields_of(t, before):
            continue
        # the value state took: the last list made in its frame before the assignment with
        # just those elements (a block's value), else the assignment itself
        lists = [a for a in t[before + 1:made] if a.frame == t[made].frame
                 and a.kind == "expr" and not a.name and _fields_of(t, a.index) == fields]
        a = lists[-1] if lists else t[made]
        return a, (f"it returns {ret.name[len('return:'):]} with no number in it: it reads "
                   f"{r}, and the list {base} is given at line {a.line} "
                   f"({a.text.splitlines()[0].strip()}) has no element {element}, which "
                   f"{base} had at line {t[before].line}: the moved {element} is never "
                   "written back"), "not-written-back"
    return None


def _fields_of(t, i):
    """The element names recorded after the assignment at index i (state$w, state$b: its
    value's elements), in order."""
    return [b.name[len(t[i].name) + 1:] for b in tracing._fields(t, t[i], "$")]


def _atomic(t, text, message):
    """For R's "$ operator is invalid for atomic vectors": (Assignment, words) of where the
    vector the statement reads with $ was made (c(w = w, b = b) where list() belongs), or
    None."""
    if "$ operator is invalid for atomic vectors" not in message:
        return None
    for name in dict.fromkeys(re.findall(r"(?<![\w.$])([A-Za-z.][\w.]*)\$", text)):
        made = [a for a in t if a.name == name and a.kind == "assign"]
        if made:
            a = made[-1]
            return a, (f"it reads {name}$..., and {name} is an atomic vector, made at line "
                       f"{a.line} ({a.text.splitlines()[0].strip()}): $ needs a list")
    return None


def _inside_helper(t, line):
    """Return (Assignment, words) of the last statement traced in a helper that never
    returned, called from the error's `line` (R names the caller's line for an error
    raised in a one-expression function: function(z) if (z > 0) ...), or None."""
    if not t:
        return None
    last = t[-1]
    frame = t.frames.get(last.frame)
    if frame is None or not frame.caller or frame.call_line != line or any(
            a.kind == "return" and a.frame == last.frame for a in t):
        return None
    if last.kind == "arg" and last.value is None:
        # R forces an argument where the helper first reads it: an error in the argument's
        # expression (sgm(X %*% W + B)) is the caller's, raised before the helper ran a line
        return None
    return last, f"it stops inside {frame.function}() (line {last.line}), called there"


def _past_the_samples(t, fixture, message, python):
    """For a port that stops on an index past the end, return (Assignment, words) of the
    bound its sample loop ran to (n <- 300, typed in where the data's count belongs), or
    of the loop itself: the last loop variable (or argument of a helper: lapply's i) traced
    holding a sample index past the data's samples (from 1 in R, from 0 in Python). None
    when there is none."""
    if not OUT_OF_RANGE.search(message):
        return None
    n = _count(fixture)
    top = min(t.frames) if t.frames else 1
    past = [a for a in t if (a.kind == "for" or a.kind == "arg" and a.frame != top)
            and a.value is not None and a.value.size == 1
            and float(a.value.flat[0]).is_integer()
            and not (0 if python else 1) <= a.value.flat[0] < n + (0 if python else 1)]
    if n is None or not past:
        return None
    loop = past[-1]
    g = tracing._Graph(t)
    bounds = [t[d] for d in g.deps(loop.index) if t[d].kind == "assign" and not g.deps(d)
              and t[d].value is not None and t[d].value.size == 1]
    at = bounds[0] if bounds else loop
    words = (f"its loop's {loop.name} reaches {int(loop.value.flat[0])} where the data has "
             f"{n} sample{'s' if n != 1 else ''}")
    if bounds:
        words += f": the bound is typed in at line {at.line} ({at.text.splitlines()[0].strip()})"
    return at, words


def _reference_trace(fixture, args, session, python):
    """Return the trace of the reference side's first epoch (the other language's than the
    port's), or None when it stops too."""
    net = fixture.net
    if python:
        ref = tracing.trace_r(session or runners.RSession.get(), net.files["r"],
                              net.functions["r"]["train"], args)
    else:
        train = net.train
        ref = tracing.trace_python(train, _python_args(train, args, dict(net.names)),
                                   [net.python_module.__file__])
    return ref if ref.error is None else None


# The names a statement's text reads (and writes): identifiers, attribute chains, p$w.
NAMES = re.compile(r"[A-Za-z_][A-Za-z0-9_.$]*")


def _origin(t, ref, text, fixture, language):
    """Return (Assignment, words, kind or None) of where what the statement that raised
    (`text`) reads first parts from the reference's values, its own inputs agreeing
    (tracing.align_stop), or None."""
    mapping, context = _alignment_args(fixture, language)
    code = text.split("#", 1)[0]
    keyed = set(re.findall(r"(?<![\w.$])([A-Za-z_.][\w.]*)\s*\[\[?\s*[A-Za-z_.]", code))
    found = tracing.align_stop(ref, t, set(NAMES.findall(text)), RTOL, ATOL, names=mapping,
                               context=context, keyed=keyed)
    if found is None:
        return None
    a = found.port
    words = (f"what it reads parts from the reference's values first at line {a.line} "
             f"({a.text.splitlines()[0].strip()}), from inputs that agree")
    if found.relation:
        words += f": {found.relation[1]}"
    return a, words, found.relation[0] if found.relation else None


def _transposed_input(t, text, ref):
    """Return (port Assignment, reference Assignment) for a value the statement that raised
    (`text`) reads whose numbers the reference computes in the transposed shape (an h x f
    gradient for an f x h one, or its numbers in the h x f shape in another order): the
    likely cause of a shape error; followed back through what it was computed from to the
    first value so transposed (output <- self$output <- sigmoid(Z) <- Z: where Z is made).
    None when there is none."""
    index = tracing._Index(ref, RTOL, ATOL)
    terms = {}

    def counterpart(a):
        if a.value is None or a.value.ndim != 2 or a.value.shape[0] == a.value.shape[1]:
            return None
        # the transpose, or the same numbers folded into the dimensions reversed
        # (R's matrix(v, ncol(W), nrow(W)))
        for m in index.same_numbers(a.value):
            if ref[m].value.shape == a.value.T.shape:
                return ref[m]
        if np.unique(a.value).size > 1 and not index.matches(a.value):
            # a part of a reference statement it never names (np.dot(H, wout) of
            # output_layer_input = np.dot(H, wout) + bout), transposed; of a value of many
            # numbers that no named one holds as it is (wout is no transpose of wout.T)
            if not terms:
                terms.update(tracing._subterms(ref))
            for value, name in terms.get(a.value.size, ()):
                if value.shape == a.value.T.shape and np.allclose(a.value, value.T, RTOL, ATOL):
                    made = next(r for r in reversed(ref) if r.name == name)
                    return dataclasses.replace(made, value=value)
        return None

    read = set(NAMES.findall(text))
    found = next(((a, r) for a in t if a.kind == "assign" and a.name in read
                  for r in [counterpart(a)] if r is not None), None)
    if found is None:
        return None
    g = tracing._Graph(t)
    a, r = found
    while True:
        back = next(((b, rb) for b in (t[d] for d in reversed(g.deps(a.index)))
                     if b.kind == "assign" and b.value is not None
                     and b.value.shape == a.value.shape
                     for rb in [counterpart(b)] if rb is not None), None)
        if back is None:
            return a, r
        a, r = back


def _shown_line(a):
    return None if a is None else (paths.shown(a.file), a.line, a.text.splitlines()[0])


def finding_lines(found, language, moved=None):
    """Return (quantity, Python line, R line) of a Finding whose port is in `language`; a
    probe's `moved` (path, line, text) takes the port's place (the loop over epochs)."""
    quantity = found.port.name.removeprefix("return:") or (
        found.inside.name if found.inside else "")
    port = moved or _shown_line(found.port)
    ref = _shown_line(found.reference)
    return (quantity, port, ref) if language == "Python" else (quantity, ref, port)


def _sides(fixture, py_train, r_train, port):
    """Return the port side's language: the side given (py_train or r_train), else the
    declared network's non-reference side."""
    if py_train is not None:
        return "Python"
    if r_train is not None:
        return "R"
    return "R" if fixture.net.reference == "python" else "Python"


def _python_args(train, args, names):
    """Return args under the names a Python train() takes (the declaration's `names`)."""
    try:
        taken = set(inspect.signature(train).parameters)
    except (TypeError, ValueError):
        return args
    return {(names.get(k, k) if k not in taken and names.get(k) in taken else k): v
            for k, v in args.items()}


def _alignment_args(fixture, language):
    """Return (names, context) for tracing.align() of a port in `language` against the
    other side: the declared map of the reference's names to the port's (or None), and
    what relation() is told of the fixture."""
    net = fixture.net
    names = dict(net.names)
    declared_port = "R" if net.reference == "python" else "Python"
    mapping = names if language == declared_port else {v: k for k, v in names.items()}
    # A mean is taken over the samples: the sizes a factor 1/n may name are the samples'.
    samples = sorted(_samples(fixture))
    context = {"sizes": samples} if samples else {}
    # the hyperparameters are the declared ones (under either side's name), not any scalar
    # argument: one sample's target is a number too
    back = {v: k for k, v in names.items()}
    context["hyper_names"] = {n for k in net.HYPER for n in (k, names.get(k), back.get(k))
                              if n}
    return mapping or None, context


# How many times more an epoch of a port that draws random numbers is traced when it agreed
DRAWN_AGAIN = 4


def trace_step(fixture, state, py_train=None, r_train=None, session=None, port=None,
               rtol=RTOL, atol=ATOL, epochs=1):
    """Return (Finding or None, the port side's language) of one epoch from `state` traced
    on both sides (tracing.py) and aligned, the reference side (the bundled or declared
    implementation of the other language) against the port side; or (None, why) when a
    side cannot be traced."""
    net = fixture.net
    hyper = {k: v for k, v in fixture.hyper.items() if k != net.EPOCHS}
    args = {**fixture.data, **state, **hyper, net.EPOCHS: epochs}
    language = _sides(fixture, py_train, r_train, port)
    r = session or runners.RSession.get()
    names = dict(net.names)

    def python_side(train, files=None):
        return tracing.trace_python(train, _python_args(train, args, names), files)

    def r_side(files, function):
        return tracing.trace_r(r, files, function, args)

    if language == "Python":
        if py_train is None:
            py_train = net.train
        files = [port] if port is not None and str(port).endswith(".py") else None

        def port_side():
            return python_side(py_train, files)
        port_trace = port_side()
        ref_trace = r_side(net.files["r"], net.functions["r"]["train"])
    else:
        if r_train is None:
            files, function = net.files["r"], net.functions["r"]["train"]
        elif port is not None:
            files, function = [port], "train"
        else:
            return None, "no trace: the R train() given has no file to trace"

        def port_side():
            return r_side(files, function)
        port_trace = port_side()
        ref_trace = python_side(net.train, [net.python_module.__file__])
    mapping, context = _alignment_args(fixture, language)
    found = None
    for _ in range(DRAWN_AGAIN + 1):
        for side, t in (("reference", ref_trace), ("port", port_trace)):
            if t.error is not None:
                return None, (f"no trace: the {side}'s traced epoch stopped: {t.error[0]}: "
                              f"{t.error[1]}")
        found = tracing.align(ref_trace, port_trace, rtol, atol, names=mapping,
                              context=context)
        # A port that draws may, this once, draw what the reference does (sample(n) the
        # identity): the epoch is traced again, as the lockstep's differed
        if found is not None or tracing.draws(port_trace) is None:
            break
        port_trace = port_side()
    if found is not None:           # for the repair probe: the values of the port's names
        found = dataclasses.replace(found, trace=port_trace)
    return found, language


def _side_runs(fixture, py_train, r_train, session, with_loss=False):
    """Return (port runs, reference runs): functions of a list of train()'s arguments giving,
    for each, the parameters returned (name -> float64 array; with_loss, the loss too when
    it returns one), or None where train() fails. An R side runs the list in one crossing."""
    net = fixture.net
    names = dict(net.names)
    keys = [*net.PARAMS, *(["loss"] if with_loss else [])]

    def kept(out):
        if out is None or not all(k in out for k in net.PARAMS):
            return None
        return {k: np.asarray(out[k], dtype=np.float64) for k in keys if k in out}

    def python(train):
        def runs(argsets):
            out = []
            for args in argsets:
                copies = {k: np.copy(v) if isinstance(v, np.ndarray) else v
                          for k, v in args.items()}
                try:
                    out.append(kept(train(**_python_args(train, copies, names))))
                except Exception:  # noqa: BLE001 -- a port's own error: no result
                    out.append(None)
            return out
        return runs

    def r_runs(train):
        def runs(argsets):
            r = session or runners.RSession.get()
            f = train if train is not None else r.function(net, "train")
            return [kept(out) for out in r.runs(f, argsets, keys)] if argsets else []
        return runs

    if py_train is not None:
        return python(py_train), r_runs(None)
    return r_runs(r_train), python(net.train)


def _one(runs):
    """Return the function of one args that batch runner `runs` (_side_runs) makes of it."""
    return lambda args: runs([args])[0]


def _side_runner(fixture, py_train, r_train, session, with_loss=False):
    """Return (port run, reference run): _side_runs() of one args at a time."""
    return tuple(map(_one, _side_runs(fixture, py_train, r_train, session, with_loss)))


def _same(a, b, rtol, atol):
    """True when two runs' parameters agree under the rule (a length-1 value is a scalar,
    identical rows are their row); False when either is missing."""
    if a is None or b is None:
        return False
    return all(tracing._same_returned(a[k], b[k], rtol, atol) for k in a)


def _identical(a, b):
    """True when two runs return the same numbers, all finite: a run that ends in NaN or
    Inf says nothing of what the port reads (NaN from any rate is NaN)."""
    return a is not None and b is not None and all(
        a[k].shape == b[k].shape and np.isfinite(a[k]).all() and np.array_equal(a[k], b[k])
        for k in a)


def _unchanged(value, given):
    """True when a returned value holds the given numbers, all finite, in their order (a
    length-1 vector is its scalar)."""
    v, g = np.ravel(np.asarray(value, dtype=np.float64)), np.ravel(given)
    return v.size == g.size and bool(np.isfinite(v).all()) and np.array_equal(v, g)


def _power(halved, port_1, given, params):
    """Return how a port's one-epoch update scales with a rate: 2 when halving the rate
    quarters some parameter's update (the rate applied twice), 1 when it halves every
    one's (as a step lr * g does), else None (no update, or neither)."""
    if halved is None or port_1 is None:
        return None
    medians = []
    for k in params:
        if k in halved and k in port_1 and k in given:
            full = np.ravel(np.asarray(port_1[k], dtype=np.float64) - given[k])
            half = np.ravel(np.asarray(halved[k], dtype=np.float64) - given[k])
            moved = np.abs(full) > 1e-12 * np.maximum(1.0, np.abs(np.ravel(given[k]))) \
                if full.shape == half.shape else np.zeros(0, dtype=bool)
            if moved.any() and np.isfinite(half[moved] / full[moved]).all():
                medians.append(float(np.median(half[moved] / full[moved])))
    if any(0.2 <= r <= 0.3 for r in medians):
        return 2
    return 1 if medians and all(0.4 <= r <= 0.6 for r in medians) else None


def _whole(value, given):
    """True when a returned value is the given one moved by whole numbers only, some of
    them not 0 (to the rounding of the subtraction), each small enough for a float64 to
    hold a fraction (from 2**52 on every float64 is a whole number: a step that blew up)."""
    v, g = np.ravel(np.asarray(value, dtype=np.float64)), np.ravel(given)
    if v.size != g.size or not np.isfinite(v).all():
        return False
    step = v - g
    if (np.abs(step) >= 2.0 ** 52).any():
        return False
    slack = 1e-9 * np.maximum(1.0, np.abs(g))
    return bool((np.abs(step) > slack).any() and (np.abs(step - np.round(step)) <= slack).all())


def _rel(a, b):
    """The largest relative difference between two runs' parameters, over the numbers both
    have (NaN: incomparable, of other sizes or with no number where the other has one)."""
    worst = 0.0
    for k in a:
        p, q = tracing._reduced(a[k]), tracing._reduced(b[k])
        if p.size != q.size:
            return float("nan")
        p, q = np.ravel(p), np.ravel(q)
        with np.errstate(invalid="ignore", divide="ignore"):
            d = np.abs(p - q) / np.maximum(np.maximum(np.abs(p), np.abs(q)), 1e-300)
        d[(p == q) | (np.isnan(p) & np.isnan(q))] = 0.0
        if d.size and np.isnan(d).all():
            return float("nan")
        worst = max(worst, float(np.nanmax(d)) if d.size else 0.0)
    return worst


def probe(fixture, state, py_train=None, r_train=None, session=None, rtol=RTOL, atol=ATOL):
    """Return what a few one-epoch runs of a diverging port show, against the reference's
    same runs, for diagnosis.py; each key says one thing that holds for any network:

        ignores        hyperparameters whose change leaves the port's result unchanged
                       (the reference's changes)
        ignores_epochs the port's result is the same for 1 and 2 epochs
        unmoved        the parameters the port returns after one epoch exactly as given,
                       where the reference moves them
        rate_power     rate -> 1 when halving it halves the port's one-epoch update, 2
                       when it quarters it (the rate applied twice), None otherwise
        whole_steps    the parameters it moves by whole numbers only (1 epoch), where the
                       reference's steps are not: a value truncated to an integer
        as_given       True: it returns every parameter as given after 1 and 2 epochs
                       (unmoved is not empty)
        ignores_init   the port's result is the same from other initial parameters
        own_init       the parameters whose other initial value alone leaves it the same
        one_sample     True: the port agrees with the reference on the first sample alone
        epochs_0       "agree", "ran N" (it trained N epochs when 0 were asked),
                       "single" (differs at 0 epochs by 1e-9 to 1e-5 relative),
                       "rounded" (so, its numbers kept to epochs_0_digits decimals),
                       "truncated" (the given values cut to whole numbers),
                       "random" (two identical calls return other values: it draws),
                       "rearranged" (the given numbers in other places), "from the given"
                       (other values that change with the given ones), "differs"
        epochs_off     +1 / -1: its 1 and 2 epochs are the reference's 2 and 3 (0 and 1)
        epochs_0_rel   the largest relative difference of its 0-epoch result from the init
        order          (given, visited): given its first samples alone in the order `given`
                       (0-based), it visits them as `visited` (the reference's result with
                       them in that order); else None
    """
    net = fixture.net
    port_runs, ref_runs = _side_runs(fixture, py_train, r_train, session)
    port_run, ref_run = _one(port_runs), _one(ref_runs)
    hyper = {k: v for k, v in fixture.hyper.items() if k != net.EPOCHS}
    base = {**fixture.data, **state, **hyper, net.EPOCHS: 1}
    init = {**fixture.data, **fixture.init, **hyper}
    rates = [k for k, kind in net.HYPER.items()
             if k != net.EPOCHS and kind == "rate" and k in base]
    other = _other(state)
    n_axes = {k: spec.index("n") for k, spec in net.DATA.items() if "n" in spec}
    n = _count(fixture)
    orders = [] if not n or n < 2 else sorted(
        itertools.permutations(range(min(n, 3))), key=lambda o: (o != tuple(sorted(o)),
                                                                 o != tuple(sorted(o))[::-1]))
    subsets = {("order", o): {**base, **{k: np.take(fixture.data[k], list(o), axis=i)
                                         for k, i in n_axes.items()}} for o in orders}
    # The runs the probes below read, each side's in one batch (one crossing into R): those
    # of the port, then those of the reference; only hides_at's run on their own.
    asked = {1: base, 2: {**base, net.EPOCHS: 2}, "other": {**base, **other},
             **{("rate", k): {**base, k: float(np.asarray(base[k])) * 0.5
                              if float(np.asarray(base[k])) else 0.25} for k in rates},
             # (one parameter's other start an integer away from its own too: a port that
             # truncates its initial value does not take the same start for another)
             **{("init", k): {**base, k: other[k] + 1.5} for k in state},
             **({"one": {**base, **{k: np.take(fixture.data[k], [0], axis=i)
                                    for k, i in n_axes.items()}}} if n and n > 1 else {}),
             # the first three samples alone (two, if two is all), in the given order and
             # reversed: whether it visits them in the order given (the reference runs every
             # order of them)
             **dict(list(subsets.items())[:2]),
             "0": {**init, net.EPOCHS: 0}}
    ported = {**asked, "0 again": asked["0"],
              "0 moved": {**init, **_other(fixture.init), net.EPOCHS: 0}}
    ref = {**asked, 3: {**base, net.EPOCHS: 3}, "init 1": {**init, net.EPOCHS: 1},
           "init 2": {**init, net.EPOCHS: 2}, **dict(list(subsets.items())[2:])}
    ported = dict(zip(ported, port_runs(list(ported.values()))))
    ref = dict(zip(ref, ref_runs(list(ref.values()))))
    port_1, ref_1 = ported[1], ref[1]
    out = {"ignores": [k for k in rates
                       if _identical(ported["rate", k], port_1) and ref["rate", k] is not None
                       and not _same(ref["rate", k], ref_1, rtol, atol)]}
    given_state = {k: np.asarray(v, dtype=np.float64) for k, v in state.items()}
    kept = [] if port_1 is None else [k for k in net.PARAMS if k in port_1 and k in given_state
                                      and _unchanged(port_1[k], given_state[k])]
    out["unmoved"] = [] if ref_1 is None else [
        k for k in kept if not _same({k: ref_1[k]}, {k: given_state[k]}, rtol, atol)]
    # the parameters it moves by whole numbers only, where the reference's steps are not
    out["whole_steps"] = [] if port_1 is None or ref_1 is None else [
        k for k in net.PARAMS if k in port_1 and k in ref_1 and k in given_state
        and k not in kept and _whole(port_1[k], given_state[k])
        and not _whole(ref_1[k], given_state[k])]
    out["rate_power"] = {k: _power(ported["rate", k], port_1, given_state, net.PARAMS)
                         for k in rates if float(np.asarray(base[k]))}
    port_2, ref_2 = ported[2], ref[2]
    # ... and every other parameter too, after 2 epochs as after 1: no update ever reaches
    # what it returns (a loop one epoch short returns them as given after 1 epoch only)
    out["as_given"] = bool(out["unmoved"]) and len(kept) == len(
        [k for k in net.PARAMS if k in port_1 and k in given_state]) and port_2 is not None \
        and all(_unchanged(port_2[k], given_state[k]) for k in kept if k in port_2)
    out["ignores_epochs"] = bool(_identical(port_1, port_2) and ref_2 is not None
                                 and not _same(ref_1, ref_2, rtol, atol))
    out["ignores_init"] = bool(_identical(ported["other"], port_1) and ref["other"] is not None
                               and not _same(ref["other"], ref_1, rtol, atol))
    # the parameters whose initial value alone the port ignores
    out["own_init"] = [] if out["ignores_init"] else [
        k for k in state if _identical(ported["init", k], port_1)
        and not _same(ref["init", k], ref_1, rtol, atol)]
    out["one_sample"] = _same(ported["one"], ref["one"], rtol, atol) if "one" in ref else None
    out["order"] = _order(ported, ref, orders, rtol, atol)
    port_0 = ported["0"]
    # what it returns for them at 0 epochs: its own initial values
    out["own_values"] = {k: port_0[k] for k in out["own_init"]
                         if port_0 is not None and k in port_0}
    given = {k: np.asarray(v, dtype=np.float64) for k, v in fixture.init.items()}
    out["epochs_0"] = "agree"
    if port_0 is None:
        out["epochs_0"] = "fails"
    elif not _same(port_0, given, rtol, atol):
        rel = _rel(port_0, given)
        out["epochs_0_rel"] = rel
        ran = [e for e in (1, 2) if _same(port_0, ref[f"init {e}"], rtol, atol)]
        out["epochs_0"] = (f"ran {ran[0]}" if ran else
                           "single" if 1e-9 <= rel < 1e-5 else "differs")
        # the parameters it does not return as given (asked of those two alone: a port that
        # ran epochs at 0 is told by that)
        off = [k for k in port_0 if k in given
               and not tracing._same_returned(port_0[k], given[k], rtol, atol)] \
            if out["epochs_0"] in ("single", "differs") else []
        if off and all(np.array_equal(port_0[k], np.trunc(given[k]))
                       and not np.array_equal(given[k], np.trunc(given[k])) for k in off):
            # the given values cut to whole numbers (np.asarray(w, dtype=int))
            out["epochs_0"], out["epochs_0_truncated"] = "truncated", off
        if out["epochs_0"] == "single":
            # numbers kept to a few decimals (np.round(w, 8)), not in float32
            digits = _decimals([port_0[k] for k in off])
            if digits is not None:
                out["epochs_0"], out["epochs_0_digits"] = "rounded", digits
        if out["epochs_0"] == "differs":
            # Of those: drawn afresh at each call, made from the given values (they change
            # with them: not weights of its own; the given numbers laid out otherwise when
            # they are the same numbers), or its own.
            again, other_0 = ported["0 again"], ported["0 moved"]
            if again is not None and not all(
                    np.array_equal(port_0[k], again[k], equal_nan=True) for k in off):
                out["epochs_0"] = "random"
            elif other_0 is not None and not _identical({k: port_0[k] for k in off},
                                                        {k: other_0[k] for k in off}):
                out["epochs_0"] = "from the given"
                scaled = {k: _scale(port_0[k], given[k]) for k in off}
                if all(c is not None for c in scaled.values()):
                    out["epochs_0_scaled"] = scaled     # wh / sqrt(nrow(wh)) before training
                numbers = np.sort(np.concatenate([np.ravel(port_0[k]) for k in off]))
                wanted = np.sort(np.concatenate([np.ravel(given[k]) for k in off]))
                if numbers.shape == wanted.shape and np.allclose(numbers, wanted, rtol, atol):
                    out["epochs_0"] = "rearranged"
    out["hides_at"] = {}
    for k in [*out["ignores"], *([net.EPOCHS] if out["ignores_epochs"] else [])]:
        values = net.article.get(k, [])
        if values:
            at = {**init, k: values[0]} if k == net.EPOCHS else {**base, k: values[0]}
            out["hides_at"][k] = _same(port_run(at), ref_run(at), rtol, atol)
    out["epochs_off"] = 0
    if not _same(port_1, ref_1, rtol, atol):
        if _same(port_1, ref_2, rtol, atol) and _same(port_2, ref[3], rtol, atol):
            out["epochs_off"] = 1
        elif _same(port_1, {k: np.asarray(state[k], dtype=np.float64) for k in net.PARAMS},
                   rtol, atol) and (_same(port_2, ref_1, rtol, atol)
                                    or _same(port_2, ref_2, rtol, atol)):
            # one epoch asked, none run; two asked, one run (or two, the first's result
            # skipped: islice(states, 1, epochs))
            out["epochs_off"] = -1
    return out


def _order(ported, ref, orders, rtol, atol):
    """Return (given, visited): the first samples in an order the port was given them, and
    the order it visits them in (the reference's run with them in that order gives its
    result, the one in the given order does not); None when it keeps the order given (as
    any port does where the order changes nothing: full batch), or when its result is no
    order's (another bug than the order)."""
    found = None
    for given in orders[:2]:
        port = ported["order", given]
        runs = {o: ref["order", tuple(given[k] for k in o)] for o in orders}
        if port is None or any(r is None for r in runs.values()):
            return None
        identity = tuple(range(len(given)))
        if _same(port, runs[identity], rtol, atol):
            continue
        visited = next((o for o in orders if o != identity and _same(port, runs[o], rtol, atol)),
                       None)
        if visited is None:
            return None
        found = found or (given, tuple(given[k] for k in visited))
    return found


def _decimals(values):
    """The fewest decimals (0 to 12) every number of `values` is rounded to, when none of
    them is a float32's number as well; else None."""
    vs = [np.ravel(np.asarray(v, dtype=np.float64)) for v in values]
    if not vs or any(tracing._in_float32(v) for v in vs):
        return None
    return next((d for d in range(13) if all(np.array_equal(np.round(v, d), v) for v in vs)),
                None)


def probe_line(found, probes, net, given=None):
    """Return (path, line, text) of the statement a probe blames instead of the trace's,
    or None: for a port that runs the wrong number of epochs or ignores the epochs asked,
    the loop over epochs (the outermost loop of train() the diverging statement ran in, or
    the loop of the port's file that reads the epochs' name) or the line that sets it; for
    one epoch too few with no such loop, where it keeps the `given` state (the bad step's)."""
    if probes.get("own_init"):
        names = probes["own_init"]
        if found.port.name.split(".")[-1].split("$")[-1] in names and not re.fullmatch(
                r"\s*[\w.$]+\s*(?:<-|=)\s*[\w.]+(?:\$\w+|\[\[\s*[\"']\w+[\"']\s*\]\])\s*",
                found.port.text.splitlines()[0] if found.port.text else ""):
            return None         # the trace's statement sets it already (not a copy of a
            # state's element, w <- state$w, whose value was set where the state was made)
        to_port = _to_port(net, found.port.language == "Python")
        for k, v in probes.get("own_values", {}).items():
            made = tracing.origin(found.trace, to_port.get(k, k), v,
                                  [to_port.get(q, q) for q in net.PARAMS]) \
                if found.trace is not None else None
            if made is not None:
                # (inside a helper whose parameter of that name the call left to its
                # default: the call)
                made = tracing.defaulted_call(found.trace, made, to_port.get(k, k)) or made
                return paths.shown(made.file), made.line, made.text.splitlines()[0].strip()
        return _init_line(Path(found.port.file), names)
    if probes.get("epochs_0") == "random" and found.trace is not None:
        drawn = tracing.draws(found.trace)
        if drawn is not None:
            return paths.shown(drawn[0]), drawn[1], drawn[2]
    ran_more = str(probes.get("epochs_0", "")).startswith("ran ") or probes.get("epochs_off")
    if probes.get("as_given") or not (ran_more or probes.get("ignores_epochs")):
        return None
    line = _epochs_line(Path(found.port.file), net, probes.get("ignores_epochs"))
    if line is None and probes.get("epochs_off") == -1 and found.trace is not None:
        # no loop over the epochs to blame: where it picks the state of before
        to_port = _to_port(net, found.port.language == "Python")
        kept = [tracing.kept_given(found.trace, to_port.get(k, k), v)
                for k, v in (given or {}).items() if k in net.PARAMS]
        kept = [a for a in kept if a is not None]
        if kept:
            a = max(kept, key=lambda a: a.index)
            return paths.shown(a.file), a.line, a.text.splitlines()[0].strip()
    return line


def _init_line(path, names):
    """Return (path, line, text) of the port's first statement that assigns one of the
    parameters `names` (w <- ..., self.w = ..., p$w <- ..., p["w"] = ...), gives it
    another value than its own (dict(w=0.0), list(w = 0), {"w": 0}), or reads it for its
    shape alone (matrix(0, nrow(w), ncol(w)), np.zeros_like(w)); or None: where a port sets
    its own initial value."""
    lines = path.read_text(encoding="utf-8").splitlines()
    alternatives = "|".join(re.escape(n) for n in names)
    element = rf"""(?:self\.|\w+\$|\w+\[\[?\s*["'])?({alternatives})["']?\s*\]?\]?"""
    shape = (r"(?:nrow|ncol|NROW|NCOL|dim|length|len|np\.zeros_like|np\.ones_like|"
             r"np\.empty_like|np\.shape)")
    for i, text in enumerate(lines, 1):
        code = text.split("#", 1)[0]
        if re.match(rf"^\s*{element}\s*(<<-|<-|=)(?!=)", code):
            return paths.shown(path), i, text.strip()
        for n in names:
            m = re.escape(n)
            other = (r"\s*(?:-?\.?\d|np\.(?:zeros|ones|full|random)|rng\.|random\.|rnorm\(|"
                     r"runif\(|numeric\(|rep\(|matrix\(\s*(?:0|rnorm|runif))")
            if re.search(rf"""(?:[(,]\s*{m}\s*=(?!=)|["']{m}["']\s*:){other}""", code) \
                    or re.search(rf"(<-|=).*\b{shape}\(\s*{m}\s*\)", code) \
                    and not re.search(rf"(?<![\w.$(]){m}(?![\w(])(?!\s*\))", code):
                return paths.shown(path), i, text.strip()
    return None


def _epochs_line(path, net, ignored=False):
    """Return (path, line, text) of the port's statement that sets the epochs' name to a
    number (when `ignored`), else of its loop that reads the epochs' name; or None."""
    lines = path.read_text(encoding="utf-8").splitlines()
    # the epochs' name, and the names given it alone (the article's epoch <- epochs)
    name = "(?:" + "|".join(map(re.escape, repair.epoch_names(lines, net.EPOCHS))) + ")"
    if ignored:
        for i, text in enumerate(lines, 1):
            if re.match(rf"^\s*{name}\s*(<-|=)(?!=)\s*[0-9]", text):
                return paths.shown(path), i, text.strip()
    loops = [i for i, text in enumerate(lines, 1)
             if re.match(r"^\s*(for|while)\b", text) and re.search(rf"\b{name}\b", text)]
    if not loops:
        # a loop along a vector made as long as the epochs (loss <- rep(NA, epoch), then
        # for (i in seq_along(loss)), for i in range(len(losses)))
        sized = {m.group(1) for text in lines for m in [re.match(
            rf"^\s*([A-Za-z_.][\w.]*)\s*(?:<-|=)(?!=)[^#]*\b{name}\b", text)] if m}
        loops = [i for i, text in enumerate(lines, 1) if re.match(r"^\s*(for|while)\b", text)
                 and any(re.search(rf"\b(?:seq_along|length|len)\(\s*{re.escape(n)}\s*\)",
                                   text) for n in sized)]
    if not loops and ignored:
        # a count of its own under a name of its own, that a loop reads (epoch = 5000, then
        # for (i in seq_len(epoch))): where the number is typed in
        # (not a counter's start, 0 or 1)
        counts = {m.group(1): i for i, text in enumerate(lines, 1) for m in [re.match(
            r"^\s*([A-Za-z_.][\w.]*)\s*(?:<-|=)(?!=)\s*([0-9]+)L?\s*(?:#.*)?$", text)]
            if m and int(m.group(2)) > 1}
        read = [n for i, text in enumerate(lines, 1) if re.match(r"^\s*(for|while)\b", text)
                for n in counts if re.search(rf"(?<![\w.]){re.escape(n)}(?![\w.])", text)]
        if read:
            i = counts[read[0]]
            return paths.shown(path), i, lines[i - 1].strip()
    if not loops and ignored:
        # the epochs walked otherwise: Reduce(f, seq_along(epochs), init), lapply(...)
        loops = [i for i, text in enumerate(lines, 1) if not text.lstrip().startswith("#")
                 and re.search(r"\b(Reduce|lapply|sapply|vapply|Map|accumulate|islice)\(", text)
                 and re.search(rf"\b{name}\b", text)]
    if not loops and ignored:
        # a loop over a number of its own: for e in range(1000), for (e in 1:1000)
        # or a while loop run to a number of its own: while (epoch <= 5000)
        loops = [i for i, text in enumerate(lines, 1) if re.match(r"^\s*for\b", text)
                 and re.search(r"(range|seq_len)\(\s*[0-9]+\s*\)|\b1:[0-9]+\b", text)
                 or re.match(r"^\s*while\b", text)
                 and re.search(r"[<>]=?\s*[0-9]+(?![\w.])", text)]
    if loops:
        return paths.shown(path), loops[0], lines[loops[0] - 1].strip()
    return None


def first_epoch(fixture, why, py_train=None, r_train=None, session=None, port=None,
                rtol=RTOL, atol=ATOL):
    """Return a Lockstep of epoch 1 alone, traced from the initial state, for a port whose
    epochs cannot be stepped (`why`: its first state has another shape than the given)."""
    result = Lockstep(np.arange(1), f"epoch 1 alone: {why}", float("nan"), 1)
    traced(result, fixture, dict(fixture.init), py_train, r_train, session, port, rtol, atol)
    return result


def zero_epochs(fixture, py_train=None, r_train=None, session=None, port=None, rtol=RTOL,
                atol=ATOL):
    """Return a Lockstep for a fixture of 0 epochs whose free runs differ: no step to take,
    so train(epochs = 0) itself is traced from the initial state on both sides and aligned,
    and probed as a bad step is (first_bad is 0: "at 0 epochs")."""
    result = Lockstep(np.arange(0), "0 epochs: train(epochs = 0) itself", float("nan"), 0)
    traced(result, fixture, dict(fixture.init), py_train, r_train, session, port, rtol, atol,
           epochs=0)
    return result


def _scale(value, given):
    """Return c when value is the given array times one number c (not 0 or 1), else None."""
    v, g = np.asarray(value, dtype=np.float64), np.asarray(given, dtype=np.float64)
    if v.shape != g.shape or not np.isfinite(v).all() or not (g != 0).any():
        return None
    c = float(np.sum(v * g) / np.sum(g * g))
    if c in (0.0, 1.0) or not np.allclose(v, c * g, rtol=1e-12, atol=0):
        return None
    return c


def _rows(stacked, part):
    return {k: v[part] for k, v in stacked.items()}


def _with_loss(py_loss, r_loss):
    """False when a side gave no loss at all (a port may not return one)."""
    return not (np.isnan(py_loss).all() or np.isnan(r_loss).all())


def _compare_steps(py_next, py_loss, r_next, r_loss, rtol, atol, with_loss):
    """Return the Differences of stacked steps, one per parameter and, `with_loss`, one for
    the loss; a Difference's first_index[0] is its first differing step."""
    ds = [compare(k, py_next[k], r_next[k], rtol, atol) for k in py_next]
    if with_loss:
        ds.append(compare("loss", py_loss, r_loss, rtol, atol))
    return ds


def _uniform(state, nxt):
    """True when the update nxt - state moves several elements, each by the same amount."""
    with np.errstate(invalid="ignore", over="ignore"):
        step = np.ravel(np.asarray(nxt, dtype=np.float64) - state)
    return bool(step.size > 1 and np.isfinite(step).all() and step.any()
                and np.allclose(step, step[0], rtol=1e-12, atol=0))


def update_ratio(state, py_next, r_next):
    """Return (median, spread) of (R's update) / (Python's update), element by element, over
    the elements Python moves: 1 for the same step, lr for a learning rate applied twice, -1
    for a step the wrong way. The spread is the largest relative departure from the median."""
    with np.errstate(invalid="ignore", over="ignore"):
        py_step, r_step = np.ravel(py_next - state), np.ravel(r_next - state)
    moved = np.abs(py_step) > 1e-300
    if not moved.any() or not np.isfinite(r_step[moved]).all():
        return float("nan"), float("nan")
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        ratio = r_step[moved] / py_step[moved]
    median = float(np.median(ratio))
    spread = float(np.max(np.abs(ratio - median)) / max(abs(median), 1e-300))
    return median, spread


def _reference(fixture, py_train, chosen, ref=None):
    """Return (states, next states, losses) of the reference (Python) trajectory at the
    chosen epochs and one epoch after each, stacked."""
    after = chosen + 1
    kept = np.union1d(chosen, after)
    if ref is None or not np.array_equal(ref.epochs, np.arange(fixture.epochs + 1)):
        ref = trajectory.record_python(fixture, py_train, record=kept)
    else:
        kept = ref.epochs
    at, nxt = np.searchsorted(kept, chosen), np.searchsorted(kept, after)
    return ({k: v[at] for k, v in ref.params.items()},
            {k: v[nxt] for k, v in ref.params.items()}, ref.loss[chosen])


def localize(fixture, state, bad, py_train=None, r_train=None, session=None, port=None,
             rtol=RTOL, atol=ATOL):
    """Return (quantity, Python line, R line) of the first quantity that differs inside the
    step from `state`. For the bundled networks, the intermediates are compared in the
    article's order; for a port, which has only train(), the first differing parameter."""
    net = fixture.net
    names = [d.quantity for d in bad]
    quantity = next((k for k in [*net.PARAMS, "loss"] if k in names), names[0] if names else None)
    r = session or runners.RSession.get()
    if (py_train is None and r_train is None and net.step is not None
            and r.function(net, "step", required=False) is not None):
        hyper = {k: v for k, v in fixture.hyper.items() if k != net.EPOCHS}
        args = {**fixture.data, **state, **hyper}
        py_step = net.step(**args)
        r_step = r.call(net, "step", args)
        for name in [*net.INTERMEDIATES, *net.PARAMS]:
            py_value = np.asarray(py_step[name], dtype=np.float64)
            r_value = np.asarray(r_step[name], dtype=np.float64)
            if py_value.shape == () and r_value.shape == (1,):
                r_value = r_value.reshape(())  # R has no scalars, only length-1 vectors
            if not compare(name, py_value, r_value, rtol, atol).agree:
                quantity = name
                break
    py_file = net.python_module.__file__
    r_file = net.files["r"][-1]  # train() is in the last of the network's R files
    if port is not None:
        py_file, r_file = (port, r_file) if str(port).endswith(".py") else (py_file, port)
    if quantity is None:
        return None
    return quantity, find_line(py_file, quantity, "python"), find_line(r_file, quantity, "r")


def find_line(path, name, language):
    """Return (path, line number, text) of the line that computes `name`, or None.

    An update of a parameter from itself (`wh = wh + ...`) is preferred to any other
    assignment, such as the line that first builds it."""
    assign = r"(=|\+=|-=)(?!=)" if language == "python" else r"(<-|=)(?!=)"
    target = rf"{re.escape(name)}(?:\[[^\]]*\])?"  # also loss[epoch] = ...
    pattern = re.compile(rf"^\s*(?:{target}\s*{assign}|\"{re.escape(name)}\":)\s*(.*)")
    hits = []
    for number, text in enumerate(open(path, encoding="utf-8").read().splitlines(), 1):
        m = pattern.match(text)
        if m:
            update = (m.group(1) in ("+=", "-=") or re.match(rf"{re.escape(name)}\b", m.group(2))
                      or re.match(rf"\s*{re.escape(name)}\[", text))
            entry = text.rstrip().endswith(",")  # an entry of a returned list or dict
            hits.append((entry, not update, number, text.strip()))
    if not hits:
        return None
    _, _, number, text = min(hits)  # a computation before an entry; an update first
    return paths.shown(path), number, text
