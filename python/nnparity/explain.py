"""Explain one fixture: the verdict, where the free runs part and how fast, what lockstep
says, the first diverging intermediate with its code; and write it as a PNG and JSON."""

import json
from dataclasses import dataclass

from . import checking, lockstep, plots, report, runners


@dataclass
class Explanation:
    result: object        # checking.Result, lockstep included
    free: object          # lockstep.FreeRun, or None when a trajectory could not be recorded
    py: object            # trajectory.Trajectory (Python), or None
    r: object             # trajectory.Trajectory (R), or None
    trouble: str | None   # why the trajectories could not be recorded


def explain(fixture, py_train=None, r_train=None, session=None, port=None, rtol=None,
            atol=None, every=None, phase=None):
    """Return the Explanation of `fixture`: check() plus both free-run trajectories, kept
    for the first 100 epochs and then every `every` (default: epochs / 1000). Tolerances
    left None are the network's declared ones; `phase` is announced each part as it starts
    (checking.check's, then "trajectories")."""
    result = checking.check(fixture, py_train, r_train, rtol, atol, session, port, phase)
    rtol, atol = fixture.net.tolerances(None, rtol, atol)
    if phase:
        phase("trajectories")
    try:
        free = lockstep.free_run(fixture, py_train, r_train, session, every, rtol, atol)
        return Explanation(result, free, free.py, free.r, None)
    except (runners.RError, ValueError, TypeError, KeyError) as e:
        return Explanation(result, None, None, None, f"trajectory not recorded: {e}")


def text(x):
    """Return the explanation as lines for a terminal."""
    f, result = x.result.fixture, x.result
    lines = [f"{f.id}: {f.epochs} epochs; verdict: {result.verdict}"]
    if x.free is not None:
        fr = x.free
        if fr.epoch is None and fr.loss_epoch is None:
            lines.append(f"free run (kept: the first 100 epochs, then every {fr.every}): the "
                         "two languages agree "
                         "at every kept epoch")
        else:
            if fr.epoch is not None:
                lines.append(f"free run (kept: the first 100 epochs, then every {fr.every}): the "
                             f"parameters first differ after epoch {fr.epoch}:")
                lines += ["  " + report.describe(d) for d in fr.differences]
            if fr.loss_epoch is not None:
                lines.append(f"  the loss first differs at epoch {fr.loss_epoch}")
            if fr.growth:
                lines.append("  worst relative difference afterwards: " + ", ".join(
                    f"epoch {e}: {report.num(w)}" for e, w in fr.growth))
    elif x.trouble:
        lines.append(f"free run: {x.trouble}")
    ls = result.lockstep
    if ls is None:
        lines.append("lockstep: not needed, the free runs agree" if result.agree else
                     "lockstep: not run")
    elif ls.first_bad is None:
        lines.append(f"lockstep ({ls.how}): every step agrees from the same state; worst "
                     f"per-step relative difference {report.num(ls.worst_rel)}")
    else:
        lines += [line[2:] for line in report.lockstep_lines(ls)]
    if result.equivalent:
        lines.append("verdict: equivalent: rounding differences amplified by the dynamics")
    lines += [f"finding: {f}" for f in result.findings]
    lines += [f"{language} warning: {w}" for language, w in result.warnings]
    return lines


def write(directory, x):
    """Write DIR/NETWORK-NAME.json for the explanation `x` and, when both trajectories were
    recorded, its picture .png and what the picture shows, .plot.json (plots.data); return
    the paths written."""
    f = x.result.fixture
    stem = directory / f"{f.network}-{f.name}"
    doc = report.as_dict(x.result)
    doc["free_run"] = None if x.free is None else {
        "every": x.free.every, "first_epoch": x.free.epoch, "loss_first_epoch": x.free.loss_epoch,
        "growth": [[e, report.finite(w)] for e, w in x.free.growth]}
    written = [stem.with_suffix(".json")]
    written[0].write_text(json.dumps(doc, indent=1, sort_keys=True, allow_nan=False) + "\n")
    if x.py is not None:
        first = x.free.loss_epoch if x.free.epoch is None else x.free.epoch
        png, drawn = stem.with_suffix(".png"), directory / f"{stem.name}.plot.json"
        fig = plots.draw(png, f"{f.id}: {x.result.verdict}", x.py, x.r, first)
        drawn.write_text(json.dumps(plots.data(fig), sort_keys=True, allow_nan=False) + "\n")
        written += [png, drawn]
    return written
