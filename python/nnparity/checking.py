"""Check one fixture: run it in Python and in R, compare every quantity, give a verdict.

The quantities are the network's final parameters (in the article's order), its output on
the fixture's X after training, and the per-epoch loss. A port (a file defining train())
takes the place of the bundled implementation of its own language.
"""

from dataclasses import dataclass, field

import numpy as np

from . import lockstep, runners, trajectory
from .compare import Difference, compare


@dataclass
class Result:
    """The verdict on one fixture, with every quantity's Difference (Python vs R)."""
    fixture: object
    differences: list = field(default_factory=list)
    findings: list = field(default_factory=list)  # plain-language notes on what was seen
    warnings: list = field(default_factory=list)  # (language, message)
    error: str | None = None                      # a side that failed to run at all
    lockstep: object = None                       # lockstep.Lockstep, when the free run diverged

    @property
    def agree(self):
        return self.error is None and all(d.agree for d in self.differences)

    def first_loss_divergence(self):
        """Return the 1-based epoch at which the per-epoch loss first differs, or None."""
        loss = next((d for d in self.differences if d.quantity == "loss"), None)
        return None if loss is None or loss.shape_mismatch else first_epoch(loss)

    @property
    def equivalent(self):
        """True when the free runs part but every single step agrees in lockstep."""
        return (not self.agree and self.error is None and self.lockstep is not None
                and self.lockstep.first_bad is None
                and not any(d.shape_mismatch for d in self.differences))

    @property
    def verdict(self):
        """agree; equivalent (the free runs part, but every step agrees in lockstep: rounding
        differences amplified by the dynamics); diverge; or error."""
        if self.error:
            return "error"
        if self.agree:
            return "agree"
        return "equivalent" if self.equivalent else "diverge"

    @property
    def passed(self):
        return self.verdict in ("agree", "equivalent")

    @property
    def worst_rel(self):
        return max((d.worst_rel for d in self.differences), default=float("nan"))

    def diverging(self):
        return [d for d in self.differences if not d.agree]


def _collapse_replicated(name, value, shape, findings):
    """Accept a 1 x k parameter stored replicated per row (as the article's R code does)."""
    if value.ndim != 2 or shape[0] != 1 or value.shape[0] <= 1 or value.shape[1:] != shape[1:]:
        return value
    if np.array_equal(value, np.broadcast_to(value[:1], value.shape), equal_nan=True):
        findings.append(f"{name} is stored replicated per row ({value.shape[0]} x "
                        f"{value.shape[1]}); its rows are identical, so row 1 is compared")
        return value[:1]
    findings.append(f"{name} is stored per row ({value.shape[0]} x {value.shape[1]}) and its "
                    "rows differ: each sample got its own bias (a rowSums where colSums "
                    "belongs?)")
    return value


def check(fixture, py_train=None, r_train=None, rtol=None, atol=None, session=None,
          port=None, phase=None):
    """Return the Result of running `fixture` in both languages and comparing them; when
    the free runs part, also the lockstep verdict (`port`: the port's file, for showing its
    lines). `rtol`, `atol`: the comparison rule's tolerances; None: what the network
    declares for each quantity (default 1e-10, 1e-12). `phase`, when given, is called with the name of each part as it starts:
    "reference" and "port" (see free_run_check), then "lockstep" (a worker running a port
    times the parts and bounds each: isolation.py)."""
    reference = {}
    result = free_run_check(fixture, py_train, r_train, rtol, atol, session, reference, phase)
    if result.error is None and not result.agree and fixture.epochs > 0:
        if phase:
            phase("lockstep")
        try:
            step_rtol, step_atol = fixture.net.tolerances(None, rtol, atol)
            result.lockstep = lockstep.lockstep(fixture, py_train, r_train, session,
                                                around=result.first_loss_divergence(),
                                                port=port, rtol=step_rtol, atol=step_atol,
                                                reference=reference.get("trajectory"))
            misshapen = _misshapen(result, fixture)
            lost = _loss_only(result) if port is not None else None
            if result.lockstep.first_bad is None and lost and not misshapen:
                # every step agrees, and only the loss history differs in its length: where
                # the epoch's loss goes, which epoch 1 shows
                result.findings.append(f"every step agrees in lockstep, but {lost}; epoch 1 "
                                       "is traced from the initial state")
                result.lockstep = lockstep.first_epoch(fixture, lost, py_train, r_train,
                                                       session, port, step_rtol, step_atol)
            elif result.lockstep.first_bad is None and misshapen:
                # every step agrees once its values are laid out as given: what differs is
                # the shape a parameter is returned in, which epoch 1 shows
                raise trajectory.ShapeError(misshapen)
        except trajectory.ShapeError as e:
            # its states cannot be stepped; its first epoch, from the given ones, can be traced
            stepped = result.lockstep is not None
            result.findings.append(
                (f"every step agrees in lockstep once laid out as given, but {e}" if stepped
                 else f"lockstep could not run past epoch 1: {e}")
                + "; epoch 1 is traced from the initial state")
            try:
                result.lockstep = lockstep.first_epoch(fixture, str(e), py_train, r_train,
                                                       session, port, step_rtol, step_atol)
            except Exception as e:  # noqa: BLE001 -- a port may do anything under a trace
                result.findings.append(f"tracing failed: {type(e).__name__}: {e}")
        except Exception as e:  # a port's own code may raise anything; say so, go on
            result.findings.append(f"lockstep could not run: {type(e).__name__}: {e}")
    elif result.error is not None and port is not None and fixture.epochs > 0:
        # a port that stops: the statement it stops at, from a trace of its first epoch
        try:
            result.lockstep = lockstep.stopped(fixture, py_train, r_train, session, port)
        except Exception:  # noqa: BLE001 -- the error itself is what is reported
            result.lockstep = None
        if result.lockstep is not None:
            result.findings.append(result.lockstep.traced)
    return result


def _loss_only(result):
    """Return words on the loss history when it is all that differs, in its length (a port
    that drops each epoch's loss returns none), else None."""
    bad = result.diverging()
    if len(bad) != 1 or bad[0].quantity != "loss" or not bad[0].shape_mismatch:
        return None
    (a,), (b,) = (d if len(d) == 1 else (None,) for d in (bad[0].shape_a, bad[0].shape_b))
    return (f"the loss history has {b} entries in R where Python's has {a}"
            if a is not None and b is not None else None)


def _misshapen(result, fixture):
    """Return words on the first parameter a side returns in another shape than it was
    given (with the same number of elements), or None."""
    for d in result.differences:
        given = fixture.init.get(d.quantity)
        if given is None or not d.shape_mismatch:
            continue
        for language, shape in (("Python", d.shape_a), ("R", d.shape_b)):
            if shape != given.shape and int(np.prod(shape)) == given.size:
                return (f"{language} train() returned '{d.quantity}' of shape {shape} where "
                        f"{given.shape} was given")
    return None


KEEP_BYTES = 64 * 2**20  # the most a free run's Python states may take to be kept


def _recording(fixture, reference):
    """Return a train() for runners.run_python that runs the bundled Python network as its
    trajectory, every state kept in reference["trajectory"], when the fixture says its run
    amplifies rounding (gold.binding_until_epoch): its free runs are then expected to part,
    and lockstep needs the Python states, which it would otherwise compute again. Chained
    one-epoch runs give the bundled networks' train(epochs = N) bit for bit (a test checks
    it on every bundled fixture). Return None to run train() itself."""
    states = (fixture.epochs + 1) * sum(v.size for v in fixture.init.values()) * 8
    if (reference is None or fixture.gold["binding_until_epoch"] > fixture.epochs
            or states > KEEP_BYTES):
        return None

    def train(**_):
        kept = reference["trajectory"] = trajectory.record_python(
            fixture, record=np.arange(fixture.epochs + 1))
        return {**kept.state(-1), "loss": kept.loss}
    return train


def free_run_check(fixture, py_train=None, r_train=None, rtol=None, atol=None, session=None,
                   reference=None, phase=None):
    """Return the Result of one free run in each language, compared quantity by quantity.
    `reference`, a dict, receives the Python trajectory when one is kept (see _recording).

    The reference side (the language a port does not replace; Python when there is no port)
    runs first, so that its time is known when the port's run starts: `phase`, when given,
    is called with "reference", then "port", as each run starts. A Python error is reported
    before an R error, whichever side ran first."""
    result = Result(fixture)
    runs = {}

    def python():
        try:
            runs["Python"] = runners.run_python(fixture, py_train or _recording(fixture, reference))
        except Exception as e:  # a port's own exception; the bundled network raises none
            return f"Python train() raised {type(e).__name__}: {e}"

    def r_side():
        try:
            runs["R"] = runners.run_r(fixture, r_train, session)
        except (runners.RError, TypeError) as e:
            return f"R: {e}"

    announce = phase or (lambda part: None)
    announce("reference")
    if py_train is None:
        result.error = python()
        if result.error is None:
            announce("port")
            result.error = r_side()
    else:
        r_error = r_side()
        announce("port")
        result.error = python() or r_error
    if result.error:
        return result
    py, r = runs["Python"], runs["R"]
    result.warnings = _counted([("Python", w) for w in py.warnings] +
                               [("R", w) for w in r.warnings])
    result.findings += [f"R warned: {w}" for lang, w in result.warnings
                        if lang == "R" and "multiple of shorter" in w]
    net = fixture.net
    for name in net.PARAMS:
        shape = fixture.init[name].shape
        a = py.params.get(name)
        b = r.params.get(name)
        if a is None or b is None:
            side = "Python" if a is None else "R"
            result.findings.append(f"{side} train() returned no '{name}'")
            a = np.empty((0,)) if a is None else a
            b = np.empty((0,)) if b is None else b
        a = _collapse_replicated(name, a, shape, result.findings) if py_train else a
        b = _collapse_replicated(name, b, shape, result.findings) if r_train else b
        result.differences.append(compare(name, a, b, *net.tolerances(name, rtol, atol)))
    if py.output is not None and r.output is not None:
        result.differences.append(compare("output", py.output, r.output,
                                          *net.tolerances("output", rtol, atol)))
    elif net.INPUT is not None:
        result.findings.append("output not computed: the parameters above are misshapen")
    if py.loss is not None and r.loss is not None:
        result.differences.append(compare("loss", py.loss, r.loss,
                                          *net.tolerances("loss", rtol, atol)))
    else:
        side = "Python" if py.loss is None else "R"
        result.findings.append(f"loss not compared: {side} train() returned no per-epoch loss")
    extra = sorted((set(py.params) | set(r.params)) - set(net.PARAMS))
    if extra:
        result.findings.append(f"extra names returned by train(): {', '.join(extra)}")
    return result


def _counted(warnings):
    """Return each distinct (language, warning) once, with how often it came when more than once."""
    counts = {}
    for w in warnings:
        counts[w] = counts.get(w, 0) + 1
    return [(lang, w if n == 1 else f"{w} ({n} times)") for (lang, w), n in counts.items()]


def first_epoch(difference: Difference):
    """Return the 1-based epoch at which a per-epoch quantity first differs, or None."""
    if difference.first_index is None:
        return None
    return difference.first_index[0] + 1
