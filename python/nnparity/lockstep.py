"""Where and why two runs part: the free run's first divergence, the lockstep verdict, and
the first intermediate of the first diverging step, with the lines of code that compute it.

Lockstep re-runs single epochs in both languages from the *same* state, the reference
trajectory's state at that epoch. When every single step agrees while the free runs drift
apart, the two are equivalent and the drift is rounding amplified by the dynamics. When a
single step disagrees, that step is the divergence.
"""

import re
from dataclasses import dataclass, field

import numpy as np

from . import paths, runners, trajectory
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
    localized: tuple | None = None  # (quantity, Python line, R line) inside the bad step
    ratios: dict = field(default_factory=dict)  # at the bad step: name -> (ratio, spread) of
    # the R side's update to the Python side's (next - state), see update_ratio()


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
        result.localized = localize(fixture, state, result.differences, py_train, r_train,
                                    session, port, rtol, atol)
    return result


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
