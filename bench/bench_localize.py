"""How well a diverging port is localized and diagnosed: every mutant of the eleven held-out
sets (tests/ports/mutants/, heldout/ and third/ to eleventh/, a manifest.json each; heldout/ to
seventh/ include mutants of the example projects' networks, checked on the project's own
fixtures; eighth/ to eleventh/ are av_mlp's alone) and every catalogue port (pitfalls/*), each checked on the cheapest fixture that
exposes it (its exposed_by), with lockstep, the trace of the first bad step and the
diagnosis's probes (the repair probe's among them).

Per port: the port line reported (lockstep.localized) against the bug's line (the manifest's
line; for a pitfall, the line its port marks as the bug, BUG_LINES): right when the bug's
line is within the statement reported, from its first line to its last in the trace
(tracing.Assignment.last_line; a statement written over several lines is one statement), the kind named by the
diagnosis against the manifest's kind (for a pitfall, the kind its pitfall.json gives),
and whether a wrong kind or a wrong pitfall was named. Then the cost of the trace: a free
run that agrees runs no trace (the ratio of a check with tracing available to one without),
and a lockstep that diverges takes at most twice as long with the trace and the probes.

    .venv/bin/python bench/bench_localize.py            # the table, the three percentages
    .venv/bin/python bench/bench_localize.py --timing   # and the cost ratios
    .venv/bin/python bench/bench_localize.py --set third --verbose   # one set, what was said
    .venv/bin/python bench/bench_localize.py --match eleventh/07 --verbose   # some ports
"""

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from nnparity import (checking, declaration, diagnosis, fixtures, lockstep, paths, ports,
                      runners, tracing)

# The held-out sets: a manifest.json each, listing its mutant ports.
SETS = tuple(paths.ROOT / "tests" / "ports" / name
             for name in ("mutants", "heldout", "third", "fourth", "fifth", "sixth",
                          "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                          "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                          "seventeenth", "eighteenth", "nineteenth", "twentieth", "twentyfirst",
                          "twentysecond", "twentythird", "twentyfourth",
                          "twentyfifth", "twentysixth", "twentyseventh",
                          "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird",
                          "thirtyfourth", "thirtyfifth"))

# The bug's line of each catalogue port, by a marker in its text (the line holding it, or the
# next one when True): the "# the bug" comment, or the statement its README names.
BUG_LINES = {
    "rowsums-bias": ("rowSums(d_", False),
    "av_mlp-slope-of-preactivation": ("# the bug", False),
    "av_mlp-lr-twice": ("# the bug", False),
    "av_nobias-mean-gradient": ("# the bug", False),
    "av_nobias-gradient-ascent": ("# BUG", False),
    "zhou_sgd-updated-w5": ("# The bug", True),
    "single-precision-r": ("wh <- f32(wh)", False),
    "single-precision-python": ("astype(np.float32)", False),
    "av_nobias-single-precision": ("W_ih <- f32(", False),
    "av_mlp-sum-for-colsums": ("# the bug", False),
    "av_mlp-recycled-bias": ("# the bug", False),
    "av_mlp-repeat-reshape": ("# the bug", False),
    "av_mlp-matrix-byrow": ("# the bug", False),
    "av_mlp-hardcoded-lr": ("the bug", False),
    "av_mlp-aliased-wout": ("# the bug", False),      # wout_before = wout, not a copy
    "av_nobias-json-checkpoint": ("# The bug", True),  # toJSON(), digits = 4, rounds them
    "zhou_sgd-deriv-of-activation": ("# The bug", True),
    "zhou_sgd-broadcast-loss": ("# the bug", False),
    "zhou_sgd-shuffled": ("# the bug", False),
    "zhou_sgd-integer-loss": ("# the bug", False),       # np.repeat(0, n): an int array
    "udacity_linear-update-in-loop": ("# the bug", False),
    "udacity_linear-sigmoid-output": ("sigmoid(sigmoid(", False),
    "udacity_linear-targets-as-vector": ("# the bug", False),
    "av_mlp-hardcoded-sizes": ("# the bug", False),
    "udacity_linear-one-to-epochs": ("# the bug", False),
    "zhou_sgd-full-batch": ("# The bug", True),
    # the "# the bug" comment marks the article's two lines; on every fixture that exposes it
    # learn_rate is the article's 0.1, so the line that does wrong there is epochs'
    "zhou_sgd-hardcoded-epochs": ("epochs <- 1000", False),
}


def marked(path, marker, after=False):
    """Return the 1-based line of `path` holding `marker` (the next line if after)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    number = next(i for i, text in enumerate(lines, 1) if marker in text)
    return number + 1 if after else number


@dataclass
class Case:
    name: str                 # the mutant's file or the pitfall's name
    port: Path
    network: str
    line: int                 # the bug's line
    kind: str | None          # the bug's kind (None: none of the vocabulary)
    pitfall: str | None       # the catalogue pitfall it is (or matches)
    exposed_by: tuple
    project: Path | None = None  # the example project declaring the network, if not bundled


def cases():
    """Return every mutant and every catalogue port as a Case."""
    out = []
    for folder in SETS:
        for m in json.loads((folder / "manifest.json").read_text()):
            project = paths.ROOT / m["project"] if "project" in m else None
            out.append(Case(f"{folder.name}/{m['file']}", folder / m["file"], m["network"],
                            m["line"], m["kind"], m["catalogue_pitfall"],
                            tuple(m["exposed_by"]), project))
    for p in sorted(paths.PITFALLS.glob("*/pitfall.json")):
        doc = json.loads(p.read_text())
        port = next(p.parent.glob("port.*"))
        marker, after = BUG_LINES[p.parent.name]
        out.append(Case(p.parent.name, port, doc["network"], marked(port, marker, after),
                        doc.get("kind"), p.parent.name,
                        tuple(doc["exposed_by"])))
    return out


def _fixture(network, name, project=None):
    if project is None:
        return fixtures.load(paths.FIXTURES / network / f"{name}.json")
    found = declaration.project(project)
    for path in fixtures.discover(found.fixtures):
        f = fixtures.load(path)
        if (f.network, f.name) == (network, name):
            return f
    raise LookupError(f"{project}: no fixture {network}/{name}")


def _trains(loaded, net, session):
    """Return the port's (py_train, r_train) under the names `net` declares."""
    py_train, r_train = loaded
    return (net.adapt("python", py_train) if py_train is not None else None,
            session.adapt(net, r_train) if r_train is not None else None)


def run_case(case, session):
    """Return (results, Lockstep or None) of the port on the cheapest fixture that exposes
    it (the next cheapest when that one stops with an error; at most three; where the port
    stops when it stops on all three)."""
    port = ports.load(case.port, session)
    loaded = sorted((_fixture(case.network, n, case.project) for n in case.exposed_by),
                    key=lambda f: (f.epochs == 0, f.work))
    results = []
    for f in loaded[:3]:
        py_train, r_train = _trains(port, f.net, session)
        result = checking.check(f, py_train, r_train, session=session, port=case.port)
        if f.epochs == 0 and result.error is None and not result.agree:
            result.lockstep = lockstep.zero_epochs(f, py_train, r_train, session, case.port,
                                                   *f.net.tolerances(None))
        results.append(result)
        if result.lockstep is not None and result.lockstep.first_bad is not None \
                and result.lockstep.stop is None:
            return results, result.lockstep
    # a port that raises on every fixture tried: where it stops
    stops = [r.lockstep for r in results if r.lockstep is not None and r.lockstep.stop]
    return results, (stops[0] if stops else None)


def measure(case, session):
    """Return one row: name, reported line, line right, kind named, kind right, wrong,
    pitfall named, what the diagnosis said."""
    results, ls = run_case(case, session)
    language = ports.language(case.port)
    reported = last = None
    if ls is not None and ls.localized:
        side = ls.localized[1] if language == "Python" else ls.localized[2]
        if side and Path(side[0]).resolve() == case.port.resolve():
            reported = last = side[1]
            # The statement reported spans its lines in the trace (first..last): a bug line
            # inside a statement written over several lines is that statement's.
            port = ls.finding.port if ls.finding is not None else None
            if port is not None and port.line == reported \
                    and Path(port.file).resolve() == case.port.resolve():
                last = port.last_line
    kind, _ = diagnosis.port_kind(results)
    named = [p.name for p in diagnosis.diagnose(results, language)[0][:1]]
    pitfall = named[0] if named else None
    wrong = (kind is not None and kind != case.kind) or (
        pitfall is not None and pitfall != case.pitfall)
    shown = reported if last == reported else f"{reported}-{last}"
    return {"port": case.name, "bug line": case.line, "reported": shown,
            "line right": reported is not None and reported <= case.line <= last,
            "kind": case.kind, "named": kind,
            "kind right": kind == case.kind, "pitfall": pitfall, "wrong": wrong,
            "said": " / ".join(diagnosis.lines(results, language))}


def percentages(rows):
    n = len(rows)
    return (100 * sum(r["line right"] for r in rows) / n,
            100 * sum(r["kind right"] for r in rows) / n,
            100 * sum(r["wrong"] for r in rows) / n)


def groups(rows):
    """Return label -> rows: each held-out set, the catalogue, and all of them."""
    out = {}
    for r in rows:
        label = r["port"].split("/")[0] if "/" in r["port"] else "catalogue"
        out.setdefault(label, []).append(r)
    return {**out, "all": rows}


def table(rows):
    head = ("port", "bug line", "reported", "kind", "named", "pitfall", "line", "kind ok",
            "wrong")
    body = [(r["port"], str(r["bug line"]), str(r["reported"]), str(r["kind"]),
             str(r["named"]), str(r["pitfall"]), "yes" if r["line right"] else "NO",
             "yes" if r["kind right"] else "NO", "WRONG" if r["wrong"] else "") for r in rows]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(x, widths)).rstrip()
                     for x in [head, *body])


def _best(f, repeat=15):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


def timing(session):
    """Return (agreeing free run: with the trace available / without; diverging lockstep:
    with trace and probes / without), each the best of fifteen."""
    agree = _fixture("av_mlp", "article-epochs-1234")
    bad = ports.load(paths.PITFALLS / "av_mlp-slope-of-preactivation" / "port.R", session)
    diverge = _fixture("av_mlp", "article-epochs-1234")
    port = paths.PITFALLS / "av_mlp-slope-of-preactivation" / "port.R"
    real = lockstep.traced

    def without(*args, **kwargs):
        return None

    out = {}
    for label, run in (
            ("agreeing free run (check of a bundled fixture)",
             lambda: checking.check(agree, session=session)),
            ("diverging lockstep (av_mlp-slope-of-preactivation, article-epochs-1234)",
             lambda: lockstep.lockstep(diverge, *bad, session=session, port=port))):
        for _ in range(10):     # (the first runs after R starts grow its heap: slower)
            run()
        with_trace = _best(run)
        lockstep.traced = without
        try:
            without_trace = _best(run)
        finally:
            lockstep.traced = real
        out[label] = (with_trace, without_trace, with_trace / without_trace)
    # one epoch of a 200 x 8 network, traced and not, on each side
    big = _fixture("av_mlp", "random-200x8-h16")
    args = {**big.args(), "epochs": 1}
    r_files, r_name = big.net.files["r"], big.net.functions["r"]["train"]
    r_train = session.function(big.net, "train")
    for label, traced, plain in (
            ("one epoch of av_mlp random-200x8-h16 in Python",
             lambda: tracing.trace_python(big.net.train, args),
             lambda: big.net.train(**args)),
            ("one epoch of av_mlp random-200x8-h16 in R",
             lambda: tracing.trace_r(session, r_files, r_name, args),
             lambda: session.runs(r_train, [args], list(big.net.PARAMS)))):
        traced()
        a, b = _best(traced), _best(plain)
        out[label] = (a, b, a / b)
    return out


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    session = runners.RSession.get()
    only = argv[argv.index("--set") + 1] if "--set" in argv else None
    match = argv[argv.index("--match") + 1] if "--match" in argv else None
    rows = []
    for case in cases():
        if only is not None and (case.name.split("/")[0] if "/" in case.name
                                 else "catalogue") != only:
            continue
        if match is not None and match not in case.name:
            continue
        start = time.perf_counter()
        rows.append(measure(case, session))
        rows[-1]["seconds"] = time.perf_counter() - start
    if rows:
        print(table(rows))
        print()
    for label, part in (groups(rows) if rows else {}).items():
        line, kind, wrong = percentages(part)
        print(f"{label}: {len(part)} ports: line right {line:.0f}%, kind right {kind:.0f}%, "
              f"wrong kind or pitfall {wrong:.0f}%")
    if "--verbose" in argv:
        for r in rows:
            print(f"{r['port']} ({r['seconds']:.2f} s): {r['said']}")
    if "--timing" in argv:
        for label, (a, b, ratio) in timing(session).items():
            print(f"{label}: {a * 1e3:.1f} ms with the trace, {b * 1e3:.1f} ms without: "
                  f"{ratio:.2f}x")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
