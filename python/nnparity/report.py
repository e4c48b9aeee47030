"""Say what a check found: a table for people, JSON for machines."""

import dataclasses
import json
import math

import numpy as np

from . import paths
from .checking import first_epoch


def num(x):
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3g}"


def _shape(shape):
    return " x ".join(map(str, shape)) if shape else "scalar"


def environment(session):
    """Return what decides the last bits of a run: versions, and numpy's and R's BLAS."""
    import platform

    from . import __version__
    blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
    return {"nnparity": __version__, "python": platform.python_version(),
            "numpy": np.__version__, "numpy_blas": f"{blas['name']} {blas.get('version', '')}".strip(),
            "r": session and session.version, "r_blas": session and session.blas}


def header(env):
    """Return the report's first line, naming the versions and both BLAS libraries."""
    return (f"nnparity {env['nnparity']}: Python {env['python']}, numpy {env['numpy']} "
            f"(BLAS {env['numpy_blas']}), R {env['r']} (BLAS {env['r_blas']})")


def table(results, errors=(), env=None):
    """Return the one-row-per-fixture table, then details of every divergence and error."""
    rows = [("network", "fixture", "epochs", "worst rel diff", "verdict")]
    rows += [(r.fixture.network, r.fixture.name, str(r.fixture.epochs), num(r.worst_rel),
              r.verdict) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [header(env), ""] if env else []
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    for r in results:
        if not r.passed or r.verdict != "agree" or r.findings or r.warnings:
            lines += [""] + details(r)
    lines += [""] + [f"error: {e}" for e in errors] if errors else []
    return "\n".join(lines)


def details(result):
    """Return the lines that say where and how one fixture's two runs differ."""
    lines = [f"{result.fixture.id}: {result.verdict}"]
    if result.error:
        lines.append(f"  {result.error}")
    ls = result.lockstep
    if result.equivalent:
        at = result.first_loss_divergence()
        lines.append(f"  the free runs part (the loss first differs at epoch {at}; worst relative "
                     f"difference {num(result.worst_rel)}), but every single step agrees in "
                     f"lockstep ({ls.how}; worst per-step relative difference "
                     f"{num(ls.worst_rel)}): rounding differences amplified by the dynamics")
        return lines + [f"  {language} warning: {w}" for language, w in result.warnings]
    for d in result.diverging():
        lines.append("  " + describe(d))
    if ls is not None:
        lines += lockstep_lines(ls)
    for f in result.findings:
        lines.append(f"  finding: {f}")
    for language, w in result.warnings:
        lines.append(f"  {language} warning: {w}")
    return lines


def lockstep_lines(ls):
    """Return the lines on a lockstep verdict that found a diverging step."""
    names = ", ".join(d.quantity for d in ls.differences)
    # (epoch 1 alone, or 0 epochs, traced without a step compared: no differences of it)
    lines = [f"  lockstep ({ls.how}): the step of epoch {ls.first_bad} already disagrees "
             f"from the same state: {names}" if names else f"  lockstep ({ls.how})"]
    lines += ["    " + describe(d) for d in ls.differences]
    if getattr(ls, "finding", None) is not None:
        return lines + statement_lines(ls, "  ")
    if ls.localized:
        quantity, py_line, r_line = ls.localized
        lines.append(f"  first to differ inside that step: {quantity}")
        for language, line in (("Python", py_line), ("R", r_line)):
            if line:
                path, number, text = line
                lines.append(f"    {language:<6} {path}:{number}: {text}")
    if getattr(ls, "traced", None):
        lines.append(f"  (no statement-level answer: {ls.traced})")
    return lines


def brief(value):
    """Return a value in a few characters: a number, or its shape and first elements."""
    if value is None:
        return "(not numeric)"
    v = np.asarray(value)
    if v.size == 1:
        return f"{float(v.flat[0]):.6g}"
    head = ", ".join(f"{float(x):.4g}" for x in v.ravel(order="F")[:3])
    return f"{_shape(v.shape)} [{head}{', ...' if v.size > 3 else ''}]"


def statement_lines(ls, indent=""):
    """Return the lines on a lockstep's first diverging statement (its Finding): both
    statements with their values, the agreeing inputs, the relation's words."""
    f, port_language = ls.finding, ls.port_language
    ref_language = "R" if port_language == "Python" else "Python"
    port = ls.localized[1] if port_language == "Python" else ls.localized[2]
    ref = ls.localized[2] if port_language == "Python" else ls.localized[1]
    lines = [f"{indent}first diverging statement (one epoch traced on both sides):"]
    value = f.inside.value if f.port.value is None and f.inside is not None else f.port.value
    fixed = (getattr(ls, "probes", None) or {}).get("repair")
    traced = (paths.shown(f.port.file), f.port.line)
    if port:
        lines.append(f"{indent}  {port_language:<6} {port[0]}:{port[1]}: {port[2]}")
        if fixed is not None:
            lines.append(f"{indent}         repaired: as '{fixed.edited.strip()}', one epoch of "
                         f"the port agrees with the reference ({fixed.described})")
        if (port[0], port[1]) != traced:
            lines.append(f"{indent}         where the trace first differs: {traced[0]}:"
                         f"{traced[1]}: {f.port.text.splitlines()[0]}")
        lines.append(f"{indent}         value {brief(value)}")
    if ref:
        lines.append(f"{indent}  {ref_language:<6} {ref[0]}:{ref[1]}: {ref[2]}")
        if f.reference is not None:
            lines.append(f"{indent}         value {brief(f.reference.value)}")
    else:
        lines.append(f"{indent}  {ref_language:<6} (no counterpart: the reference computes "
                     "no such value)")
    if f.inputs:
        lines.append(f"{indent}  from agreeing inputs: "
                     + ", ".join(p.name for p, _ in f.inputs))
    # what a probe saw at the line it moved the finding to (an epoch's loss computed and
    # dropped, an update never read, a rate cut to 0, ...), when the values say nothing
    probes = getattr(ls, "probes", None) or {}
    seen = next((probes[k] for k in _SEEN if isinstance(probes.get(k), str)), None)
    if f.relation:
        # (a relation of no kind: what the values show, where no bug kind's word fits)
        lines.append(f"{indent}  relation: {f.relation[1]}"
                     + (f" ({f.relation[0]})" if f.relation[0] else ""))
    elif fixed is None and seen:
        pass
    else:
        lines.append(f"{indent}  relation: none of the bug kinds fits the two values")
    if fixed is None and seen:
        lines.append(f"{indent}  seen: {seen}")
    return lines


# The probes whose words say what was seen where they moved the finding (lockstep.traced).
_SEEN = ("lost", "dropped", "unrun", "truncated", "alias", "default", "instead", "zero_step")


def finding_dict(ls):
    """Return a lockstep's Finding as plain data (None when there is none)."""
    f = getattr(ls, "finding", None)
    if f is None:
        return None
    port_language = ls.port_language
    port = ls.localized[1] if port_language == "Python" else ls.localized[2]
    ref = ls.localized[2] if port_language == "Python" else ls.localized[1]
    return {"kind": f.kind, "words": f.relation[1] if f.relation else None,
            "port": dict(_line(port) or {}, language=port_language) if port else None,
            "reference": dict(_line(ref) or {}, language="R" if port_language == "Python"
                              else "Python") if ref else None,
            "inputs": [p.name for p, _ in f.inputs], "diverging": list(f.diverging)}


def _probes_dict(probes):
    return {k: _plain(v) for k, v in (probes or {}).items()}


def _plain(v):
    """A probe's value as JSON holds it: numbers finite or null, arrays and tuples as lists,
    the repair (a dataclass) as its fields."""
    if dataclasses.is_dataclass(v):             # the repair: where, the line edited, the kind
        return dict(dataclasses.asdict(v), file=paths.shown(v.file))
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, np.ndarray):
        return _plain(v.tolist())
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (float, np.floating)):
        return finite(float(v))
    if isinstance(v, np.integer):
        return int(v)
    return v


def describe(d):
    """Return one line on a diverging quantity: shape, count, worst element, first epoch."""
    if d.shape_mismatch:
        return f"{d.quantity}: shape differs: Python {_shape(d.shape_a)}, R {_shape(d.shape_b)}"
    text = (f"{d.quantity} ({_shape(d.shape_a)}): {d.n_differ} of {d.n_total} elements differ; "
            f"worst {list(d.worst_index)}: Python {d.worst_a!r} vs R {d.worst_b!r} "
            f"(abs {num(d.worst_abs)}, rel {num(d.worst_rel)})")
    if d.quantity == "loss":
        text += f"; first diverging epoch {first_epoch(d)}"
    return text


def as_dict(result):
    """Return one fixture's result as plain data, for JSON."""
    return {
        "fixture": str(result.fixture.path), "network": result.fixture.network,
        "name": result.fixture.name, "epochs": result.fixture.epochs,
        "verdict": result.verdict, "passed": result.passed, "error": result.error,
        "first_loss_divergence": result.first_loss_divergence(),
        "lockstep": None if result.lockstep is None else {
            "how": result.lockstep.how, "first_bad_epoch": result.lockstep.first_bad,
            "worst_rel": finite(result.lockstep.worst_rel),
            "differing": [d.quantity for d in result.lockstep.differences],
            "localized": None if result.lockstep.localized is None else {
                "quantity": result.lockstep.localized[0],
                "python": _line(result.lockstep.localized[1]),
                "r": _line(result.lockstep.localized[2])},
            "finding": finding_dict(result.lockstep),
            "traced": getattr(result.lockstep, "traced", None),
            "probes": _probes_dict(getattr(result.lockstep, "probes", None))},
        "worst_rel": None if math.isnan(result.worst_rel) else finite(result.worst_rel),
        "quantities": [{
            "quantity": d.quantity, "agree": d.agree,
            "shape_python": list(d.shape_a), "shape_r": list(d.shape_b),
            "n_differ": d.n_differ, "n_total": d.n_total,
            "worst_index": None if d.worst_index is None else list(d.worst_index),
            "worst_python": finite(d.worst_a), "worst_r": finite(d.worst_b),
            "worst_abs": finite(d.worst_abs), "worst_rel": finite(d.worst_rel),
            "first_epoch": first_epoch(d) if d.quantity == "loss" else None,
        } for d in result.differences],
        "findings": result.findings,
        "warnings": [{"language": lang, "message": w} for lang, w in result.warnings],
    }


def _line(line):
    return None if line is None else {"path": line[0], "line": line[1], "text": line[2]}


def finite(x):
    """Return x for JSON: NaN and the infinities as the strings "nan", "inf", "-inf"."""
    return x if x is None or np.isfinite(x) else str(x)


def to_json(results, errors=(), env=None, diagnosed=None):
    """Return every result, every bad input, and for a port the names of the likely
    pitfalls (most likely first), as JSON with a stable key order."""
    doc = {"environment": env, "results": [as_dict(r) for r in results], "errors": list(errors)}
    if diagnosed is not None:
        doc["diagnosis"] = [p.name for p in diagnosed]
    return json.dumps(doc, indent=1, sort_keys=True, allow_nan=False) + "\n"


def failure(result, port=None, ported="R"):
    """Return a test failure's text: headline, what to do next, then per differing quantity
    its shape, how many elements differ, the worst absolute and relative errors, and the
    first diverging epoch. `ported`: the language whose side is under test."""
    f = result.fixture
    who = f"the port {port}" if port else ("R" if ported == "R" else "the Python train() given")
    reference = "the Python reference" if ported == "R" else "the R reference"
    lines = [f"{f.id}: {who} does not match {reference} (verdict: {result.verdict})"]
    explain = f"nnparity explain {f.path}" + (f" --port {port}" if port else "")
    lines += ["What to do next: run", f"    {explain}",
              "to see where the runs part and the lines that compute the first differing value.", ""]
    if result.error:
        lines.append(f"error: {result.error}")
    first_step = result.lockstep.first_bad if result.lockstep else None
    for d in result.diverging():
        lines.append(f"{d.quantity}:")
        if d.shape_mismatch:
            lines.append(f"  shape: Python {_shape(d.shape_a)}, R {_shape(d.shape_b)}")
            continue
        lines += [f"  shape: {_shape(d.shape_a)}",
                  f"  elements that differ: {d.n_differ} of {d.n_total}",
                  f"  worst absolute error: {num(d.worst_abs)} (at {list(d.worst_index)}: "
                  f"Python {d.worst_a!r} vs R {d.worst_b!r})",
                  f"  worst relative error: {num(d.worst_rel)}"]
        epoch = first_epoch(d) if d.quantity == "loss" else first_step
        if epoch is not None:
            lines.append(f"  first diverging epoch: {epoch}")
    ls = result.lockstep
    if ls is not None and getattr(ls, "finding", None) is not None:
        lines += statement_lines(ls)
    elif ls is not None and getattr(ls, "traced", None):
        lines.append(f"(no statement-level answer: {ls.traced})")
    lines += [f"finding: {x}" for x in result.findings]
    return "\n".join(lines)
