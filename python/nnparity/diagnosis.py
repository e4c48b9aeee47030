"""Name the likely pitfall behind a diverging port, from what the harness saw.

The symptom of a port is what its checks on the bundled fixtures of its network show: where
it hides (one sample, the article's learning rate, ...), what differs after one lockstep
epoch and by how much, what R said. Each catalogued pitfall declares, in its pitfall.json,
the symptom it produces, in the vocabulary of `observed()`:

    first_step          the parameters that differ after the first diverging step, exactly
    update_ratio        R's update over Python's at that step, on every parameter that
                        differs: a number, "lr" (the fixture's rate), or "1/n" (its samples)
    precision           "single" (relative differences 1e-9 to 1e-5 at that step), or
                        "decimals" (larger, but at most 5e-5 absolute: values rounded to
                        4 decimals), or null (larger differences)
    hides_with_one_sample, hides_at_article_rate, hides_at_article_epochs, only_epochs_0,
    loss_only, rows_differ, recycling_warning, output_shape, later_epoch: true or false
    equal_steps         true when the port moved every element of the first parameters to
                        differ by one amount at that step, and the reference did not
    error               a substring of the error a side reported

A pitfall is named when every symptom it declares is observed AND the kind of bug seen
(port_kind(): the probes of lockstep.probe() and the relation of the trace's first diverging
statement, tracing.py) is the pitfall's kind: those of the port's language first, then of
its network, the most specific first among them (WEIGHTS: a measured ratio says more than
"it hides with one sample"). When none fits, diagnose() says so and lines()
says what was seen; it does not guess.
"""

import json
import re

import numpy as np

from . import paths
from .pitfalls import catalogue

def pitfall_kind(p):
    """Return a pitfall's kind, as its pitfall.json says ("kind": an id of the bug
    vocabulary, or null for none of it: a port that stops, a different algorithm)."""
    try:
        doc = json.loads((p.folder / "pitfall.json").read_text())
    except (OSError, ValueError):
        doc = {}
    return doc.get("kind")


def _first_traced(results):
    """Return the Lockstep of the first diverging step that was traced or probed (the
    fewest epochs first), or None."""
    stepped = [r for r in results if r.lockstep is not None
               and r.lockstep.first_bad is not None
               and (r.lockstep.finding is not None or r.lockstep.probes
                    or r.lockstep.stop is not None)]
    if not stepped:
        return None
    # a diverging step says more than a port that raises (stop): those first
    return min(stepped, key=lambda r: (r.lockstep.stop is not None, r.fixture.epochs,
                                       r.fixture.name)).lockstep


def port_kind(results):
    """Return (kind, words) of the bug the first traced bad step shows, or (None, words of
    what was seen). The probes decide first (each says one thing about the port's runs,
    for any network), then the relation of the trace's first diverging statement."""
    ls = _first_traced(results)
    if ls is None:
        return None, None
    if getattr(ls, "stop", None) is not None:
        return ls.stop          # a port that raises: where, and what made the value it read
    pr = getattr(ls, "probes", None) or {}
    found = getattr(ls, "finding", None)
    if pr.get("ignores_init"):
        return "own-init", ("the port's result is the same from other initial parameters: "
                            "it uses initial weights of its own")
    if pr.get("own_init"):
        names = ", ".join(pr["own_init"])
        return "own-init", (f"the port's result is the same from another initial {names}: "
                            f"it sets {names} itself")
    ran = str(pr.get("epochs_0", ""))
    if ran.startswith("ran ") and not pr.get("ignores_epochs"):
        n = ran.split()[1]
        return "epochs-off-by-one", (f"it runs {n} epoch{'s' if n != '1' else ''} when "
                                     "epochs = 0" + _epochs_fixed(pr))
    if pr.get("epochs_off"):
        return "epochs-off-by-one", ("it runs one epoch too many" if pr["epochs_off"] > 0
                                     else "it runs one epoch too few") + _epochs_fixed(pr)
    if pr.get("as_given"):
        return _as_given(pr)
    if pr.get("epochs_0") == "truncated":
        # (before the hyperparameters it seems to ignore: a penalty of weights cut to 0)
        names = ", ".join(pr.get("epochs_0_truncated", ()))
        return "integer-truncation", (f"asked for 0 epochs, it returns the given {names} cut "
                                      "to whole numbers: a value truncated to an integer")
    if pr.get("whole_steps"):
        # (a rate halved moves no whole step: it looks ignored, and is truncated)
        names = ", ".join(pr["whole_steps"])
        return "integer-truncation", (f"one epoch moves {names} by whole numbers only, where "
                                      "the reference's steps are fractions: a value "
                                      "truncated to an integer")
    if pr.get("ignores_epochs"):
        fixed = pr.get("epochs_repair")
        if fixed is not None:
            # an edit of the loop over the epochs makes it run those asked: what it names
            return fixed.kind, ("1 and 2 epochs give the same result" + _epochs_fixed(pr))
        return "ignores-hyper", "the port ignores epochs (1 and 2 epochs give the same result)"
    if pr.get("epochs_0_scaled"):
        # asked for no epoch, it returns the given values each times a number of its own
        scaled = ", ".join(f"{k} times {c:.6g}" for k, c in pr["epochs_0_scaled"].items())
        return "own-init", (f"asked for 0 epochs, it returns the given {scaled}: it rescales "
                            "the initial weights it was given")
    fixed = pr.get("repair")
    if pr.get("ignores") and fixed is not None and fixed.kind == "hyper-misused" and any(
            f"where {name} belongs" in fixed.words for name in pr["ignores"]):
        # ignored because another hyperparameter is given in its place
        return fixed.kind, (f"the port ignores {', '.join(pr['ignores'])}: {fixed.words}: with "
                            f"line {fixed.line} as '{fixed.edited.strip()}', one epoch of "
                            "the port agrees with the reference")
    if pr.get("ignores") and pr.get("instead"):
        # ignored because the call gives another hyperparameter in its place
        return "hyper-misused", f"the port ignores {', '.join(pr['ignores'])}: {pr['instead']}"
    if pr.get("ignores") and pr.get("unmoved") and fixed is not None \
            and fixed.kind == "not-written-back":
        # a hyperparameter that acts through a parameter that never moves looks ignored:
        # the update not written back is the bug, the repair says where
        return fixed.kind, (f"{', '.join(pr['unmoved'])} never moves, so "
                            f"{', '.join(pr['ignores'])} seems ignored: {fixed.words}: with "
                            f"line {fixed.line} as '{fixed.edited.strip()}', one epoch of the "
                            "port agrees with the reference")
    if pr.get("ignores"):
        words = f"the port ignores {', '.join(pr['ignores'])}"
        return "ignores-hyper", words + (f": {pr['default']}" if pr.get("default") else "")
    if pr.get("epochs_0") == "random":
        return "own-init", ("asked for 0 epochs, it returns other parameters than the given "
                            "ones, and others again from the same call: it draws initial "
                            "weights of its own")
    if pr.get("epochs_0") == "differs" and pr.get("epochs_0_rel", 0) > 1e-3 and not (
            found is not None and found.kind in ("rounding", "integer-truncation")):
        return "own-init", ("asked for 0 epochs, it returns other parameters than the "
                            "given ones: it uses initial weights of its own")
    if pr.get("epochs_0") == "rounded":
        return "rounding", (f"it differs already at 0 epochs, by "
                            f"{pr.get('epochs_0_rel', float('nan')):.1e} relative: its numbers "
                            f"rounded to {pr['epochs_0_digits']} decimals")
    if pr.get("epochs_0") == "single":
        return "single-precision", (f"it differs already at 0 epochs, by "
                                    f"{pr.get('epochs_0_rel', float('nan')):.1e} relative: "
                                    "single precision")
    if fixed is not None and fixed.kind is None and found is not None and (found.kind in (
            "single-precision", "rounding", "integer-truncation")
            or found.kind == "data-order" and fixed.line == found.port.line):
        # a repair that names no kind (a line dropped) leaves a kind the numbers themselves
        # show (every value a float32, rounded, whole; or the statement's own, the samples
        # reordered): dropping the cast is no other bug
        return found.kind, (f"{found.relation[1]}; with line {fixed.line} as "
                            f"'{fixed.edited.strip()}', one epoch of the port agrees")
    if fixed is not None and found is not None and tuple(found.diverging) == ("loss",) \
            and re.search(r"an index one off|the element one (along|back)", fixed.words):
        # only the loss differs, and an index one off mends it: each epoch's loss is stored
        # in another epoch's place (an index 0 in R: stored nowhere, the trace says)
        if found.kind == "epochs-off-by-one":
            return found.kind, (f"{found.relation[1]}; with line {fixed.line} as "
                                f"'{fixed.edited.strip()}', one epoch of the port agrees")
        return "epochs-off-by-one", (f"only the loss differs, each epoch's stored in another "
                                     f"epoch's place: {fixed.words}: with line {fixed.line} "
                                     f"as '{fixed.edited.strip()}', one epoch of the port "
                                     "agrees with the reference")
    if fixed is not None and found is not None and fixed.kind == "wrong-axis" \
            and found.kind in ("sum-for-mean", "mean-for-sum") and fixed.line == found.port.line:
        # a count of the other axis that divides (E.shape[1], 1, for E.shape[0]): what it
        # does is a sum where a mean belongs, as the values show
        return found.kind, (f"{found.relation[1]}; {fixed.words}: with line {fixed.line} as "
                            f"'{fixed.edited.strip()}', one epoch of the port agrees with "
                            "the reference")
    if fixed is not None and found is not None and found.kind == fixed.kind == "stale-value":
        # what the values showed (the value read after its update), then the edit
        return fixed.kind, (f"{found.relation[1]}; {fixed.words}: with line {fixed.line} as "
                            f"'{fixed.edited.strip()}', one epoch of the port agrees with "
                            "the reference")
    if fixed is not None and fixed.edited == fixed.text:
        return fixed.kind, fixed.words      # (the words say which edit ran)
    if fixed is not None:
        return fixed.kind, (f"{fixed.words}: with line {fixed.line} as "
                            f"'{fixed.edited.strip()}', one epoch of the port agrees with "
                            "the reference")
    if pr.get("order"):
        given, visited = ([i + 1 for i in o] for o in pr["order"])
        return "data-order", (f"given samples {', '.join(map(str, given))} alone in that "
                              f"order, it visits them as {', '.join(map(str, visited))}: the "
                              "samples are visited in another order than the reference's")
    if found is not None and found.kind == "hyper-misused":
        # a factor that equals a rate's value is the rate applied twice only if the port's
        # update scales with the rate's square
        linear = [k for k, power in pr.get("rate_power", {}).items()
                  if power == 1 and f"{k} applied twice" in found.relation[1]]
        if linear:
            return None, (f"{found.relation[1].split(': ' + linear[0])[0]}, but halving "
                          f"{linear[0]} halves the port's update, as it does the "
                          f"reference's: a factor of its own that equals {linear[0]}, not "
                          f"{linear[0]} applied twice")
    if found is not None and pr.get("dropped") and pr.get("unmoved") and not found.kind:
        # some parameters returned as given, and their update made and dropped
        names = ", ".join(pr["unmoved"])
        return "not-written-back", (f"after one epoch the port returns {names} exactly as "
                                    f"given, where the reference moves it: {pr['dropped']}")
    if found is not None and pr.get("lost"):
        return "not-written-back", pr["lost"]
    if found is not None and pr.get("unrun"):
        # not written back, because the statement that writes it did not run: a guard's
        # words are what was seen
        return None, f"what the port returns differs from the reference's: {pr['unrun']}"
    if found is not None and found.kind:
        return found.kind, found.relation[1] + (f": {pr['alias']}" if pr.get("alias") else "")
    return None, _seen_words(ls, pr)


def _as_given(pr):
    """(kind, words) of a port that returns every parameter as given after one epoch, where
    the reference moves them: the update is computed but never reaches what it returns."""
    names = ", ".join(pr["unmoved"])
    words = (f"after one epoch the port returns {names} exactly as given, where the "
             "reference moves them: its update never reaches what it returns")
    fixed = pr.get("repair")
    if fixed is not None and pr.get("zero_step"):
        # the update is written back, and is zero, and the repair says what made it so
        return fixed.kind, (f"after one epoch the port returns {names} exactly as given: "
                            f"{pr['zero_step']}; {fixed.words}: with line {fixed.line} as "
                            f"'{fixed.edited.strip()}', one epoch of it agrees with the "
                            "reference")
    if fixed is not None and not pr.get("truncated"):
        return fixed.kind, (f"{words}; with line {fixed.line} as '{fixed.edited.strip()}', "
                            "one epoch of it agrees with the reference")
    if pr.get("truncated"):
        return "integer-truncation", (f"after one epoch the port returns {names} exactly as "
                                      f"given: {pr['truncated']}")
    if pr.get("zero_step"):
        # the update is written back, and is zero: what made it zero is the question
        return None, (f"after one epoch the port returns {names} exactly as given: "
                      f"{pr['zero_step']}")
    if pr.get("dropped"):
        words = f"{words}; {pr['dropped']}"
    return "not-written-back", words


def _seen_words(ls, pr):
    """Return what was seen, in words, when no kind fits."""
    out = []
    found = getattr(ls, "finding", None)
    if found is not None and found.relation:
        out.append(f"the first diverging statement is {found.port.text.splitlines()[0]!r}: "
                   f"{found.relation[1]}")
    elif found is not None:
        out.append(f"the first diverging statement is {found.port.text.splitlines()[0]!r}, "
                   "with no relation of its value to the reference's that names a kind")
    elif getattr(ls, "traced", None):
        out.append(ls.traced)
    if pr.get("one_sample") is True:
        out.append("it agrees with one sample")
    at_0 = {"rearranged": "asked for 0 epochs, it returns the given numbers in other places",
            "from the given": "asked for 0 epochs, it returns other values, computed from the "
                              "given ones"}
    if pr.get("epochs_0") in at_0:
        out.append(at_0[pr["epochs_0"]])
    elif pr.get("epochs_0") not in (None, "agree"):
        out.append(f"at 0 epochs: {pr['epochs_0']}")
    return "; ".join(out) or "nothing the probes name"


def _samples(fixture):
    """Return the number of samples (the size "n"), or None when no shape names it."""
    for name, spec in fixture.net.DATA.items():
        if "n" in spec:
            return fixture.data[name].shape[spec.index("n")]
    return None


def _rate(fixture):
    return next((v for k, v in fixture.hyper.items() if fixture.net.HYPER[k] == "rate"), None)


def _hides(results, hidden):
    """True when every trained run where `hidden(fixture)` passes and some other one fails."""
    trained = [r for r in results if r.fixture.epochs > 0]
    where = [r for r in trained if hidden(r.fixture)]
    others = [r for r in trained if not hidden(r.fixture)]
    return bool(where) and all(r.passed for r in where) and any(not r.passed for r in others)


def observed(results, language="R"):
    """Return what the port's results show, in the vocabulary of the module docstring; the
    port is in `language`, the other side is the bundled reference."""
    failed = [r for r in results if not r.passed]
    if not failed:
        return {}
    net = results[0].fixture.net
    article = net.article  # the settings of the network's source: a port may hard-code them
    rate_name = next((k for k, v in net.HYPER.items() if v == "rate"), None)
    seen = {
        "hides_with_one_sample": _hides(results, lambda f: _samples(f) == 1),
        "hides_at_article_rate": _hides(results, lambda f: _rate(f) in
                                        article.get(rate_name, [])),
        "hides_at_article_epochs": _hides(results, lambda f: f.epochs in
                                          article.get(net.EPOCHS, [])),
        "only_epochs_0": all(r.fixture.epochs == 0 for r in failed),
        "loss_only": all(d.quantity == "loss" for r in failed for d in r.diverging())
        and not any(r.error for r in failed),
        "rows_differ": any("rows differ" in f for r in failed for f in r.findings),
        "recycling_warning": any("multiple of shorter" in w for r in results
                                 for _, w in r.warnings),
        "output_shape": any(d.quantity == "output" and d.shape_mismatch
                            for r in failed for d in r.diverging()),
        "error": " | ".join(r.error for r in failed if r.error),
    }
    stepped = [r for r in failed if r.lockstep is not None and r.lockstep.first_bad]
    if stepped:
        first = min(stepped, key=lambda r: (r.fixture.epochs, r.fixture.name))
        ls = first.lockstep
        seen["first_step"] = sorted(d.quantity for d in ls.differences if d.quantity in net.PARAMS)
        seen["later_epoch"] = all(r.lockstep.first_bad > 1 for r in stepped)
        worst_abs = max((d.worst_abs for d in ls.differences), default=0.0)
        seen["precision"] = ("single" if 1e-9 <= ls.worst_rel < 1e-5 else
                             "decimals" if worst_abs <= 5.1e-5 else None)
        moved = [ls.ratios[k] for k in seen["first_step"] if k in ls.ratios]
        if language == "Python":  # the ratio is R's update over Python's: the port's inverse
            moved = [(1 / r if r else np.inf, spread) for r, spread in moved]
        seen["update_ratio"] = (moved, _rate(first.fixture), _samples(first.fixture))
        # every element of the first parameters to differ moved by one amount by the port,
        # not by the reference (a sum of every element where a sum per column belongs)
        port_side = 0 if language == "Python" else 1
        uniform = [ls.uniform[k] for k in seen["first_step"] if k in ls.uniform]
        seen["equal_steps"] = bool(uniform) and all(
            u[port_side] and not u[1 - port_side] for u in uniform)
    ls = _first_traced(results)
    pr = (getattr(ls, "probes", None) or {}) if ls is not None else {}
    # What the results of several fixtures would show, from the probes when they do not.
    trained = [r for r in results if r.fixture.epochs > 0]
    if pr.get("one_sample") is not None and not any(_samples(r.fixture) == 1 for r in trained):
        seen["hides_with_one_sample"] = bool(pr["one_sample"])
    hides_at = pr.get("hides_at", {})
    if rate_name in hides_at and not seen["hides_at_article_rate"]:
        seen["hides_at_article_rate"] = bool(hides_at[rate_name])
    if net.EPOCHS in hides_at and not seen["hides_at_article_epochs"]:
        seen["hides_at_article_epochs"] = bool(hides_at[net.EPOCHS])
    if str(pr.get("epochs_0", "")).startswith("ran ") and not pr.get("epochs_off"):
        seen["only_epochs_0"] = seen["only_epochs_0"] or all(
            r.fixture.epochs == 0 for r in failed)
    seen["kind"] = port_kind(results)
    return seen


def _fits(key, want, seen):
    got = seen.get(key)
    if key == "error":
        return bool(got) and want in got
    if key == "first_step":
        return got is not None and sorted(want) == got
    if key == "update_ratio":
        if not got or not got[0]:
            return False
        ratios, rate, n = got
        target = {"lr": rate, "1/n": 1 / n}.get(want, want)
        return all(np.isfinite(r) and abs(r - target) <= 1e-6 * abs(target) and spread < 1e-6
                   for r, spread in ratios)
    return got == want


# How much a symptom narrows things down: a measured ratio or an error message says more than
# "every parameter differs" or "it hides with one sample".
# A run that agrees exactly at the article's settings and nowhere else is as telling.
WEIGHTS = {"update_ratio": 3, "error": 4, "rows_differ": 3, "only_epochs_0": 3,
           "equal_steps": 3,
           "output_shape": 3, "hides_at_article_rate": 3, "hides_at_article_epochs": 3,
           "loss_only": 2, "precision": 2, "recycling_warning": 2, "first_step": 1.5}


def _weight(symptom):
    """Return how specific a declared symptom is; a declared absence counts for little."""
    return sum(WEIGHTS.get(k, 1) if v not in (False, None) else 0.5 for k, v in symptom.items())


def _epochs_fixed(pr):
    """Words for the probe's edit of the port's epoch count that makes it run those asked."""
    fixed = pr.get("epochs_repair")
    if fixed is None:
        return ""
    return (f": {fixed.words}: with line {fixed.line} as '{fixed.edited.strip()}', it runs "
            "the epochs asked")


def diagnose(results, language=None):
    """Return (pitfalls whose declared symptom is all observed, most likely first; what was
    observed). An empty list means no catalogued pitfall fits."""
    seen = observed(results, language or "R")
    if not seen:
        return [], seen
    kind = seen.get("kind", (None, None))[0]
    ls = _first_traced(results)
    traced = ls is not None
    # a repair that names no kind of the vocabulary explains the port by itself: a pitfall
    # of no kind (which fits any) is not named beside it
    repaired = traced and (getattr(ls, "probes", None) or {}).get("repair") is not None
    fitting = [p for p in catalogue() if p.symptom and
               all(_fits(k, v, seen) for k, v in p.symptom.items())
               and (pitfall_kind(p) == kind if traced else True)
               # of a kind that holds more than one bug, the pitfall's own (its "seen")
               and (not traced or p.seen is None
                    or re.search(p.seen, seen.get("kind", (None, ""))[1] or ""))
               and not (repaired and pitfall_kind(p) is None)]
    # a pitfall of the port's language first: single precision in R (writeBin) is not how
    # a numpy port loses it, whatever the network; of the same symptom, the one whose title
    # names the calls the statement reported makes (matrix(rep(bh, n)) for a matrix() of a
    # rep()), and names fewest it does not make
    fitting.sort(key=lambda p: (*_rank(p, results, language), p.name))
    return fitting, seen


def _statement(ls, language):
    """The code of the first diverging statement reported on the port's side, or ""."""
    side = (ls.localized[1] if (ls.port_language or language) == "Python" else
            ls.localized[2]) if ls.localized else None
    return side[2].split("#", 1)[0] if side else ""


def _calls_named(title, statement):
    """(minus the calls a pitfall's title names that the statement makes, those it names
    that the statement does not make)."""
    named = set(re.findall(r"([A-Za-z_][\w.]*)\(", title))
    made = set(re.findall(r"([A-Za-z_][\w.]*)\s*\(", statement))
    return -len(named & made), len(named - made)


def lines(results, language=None):
    """Return the diagnosis of a port's results as report lines."""
    fitting, seen = diagnose(results, language)
    if not seen:
        return []
    kind, words = seen.get("kind", (None, None))
    ls = _first_traced(results)
    out = ["diagnosis:"]
    if ls is not None and ls.localized:
        side = ls.localized[1] if (ls.port_language or language) == "Python" else ls.localized[2]
        if side:
            out.append(f"  first diverging statement: {side[0]}:{side[1]}: {side[2]}")
    if kind:
        out.append(f"  kind: {kind}: {words}")
    if not fitting:
        seen_words = words if not kind else f"{kind} ({words})"
        out.append("  no catalogued pitfall fits" + (f"; seen: {seen_words}" if seen_words
                                                      else "; nnparity explain shows the "
                                                      "first step and line that differ"))
        return out
    out.append("  the likely pitfalls, most likely first:")
    for i, p in enumerate(fitting[:3], 1):
        tie = " (as likely as the one above: the same symptom)" if i > 1 and _rank(
            fitting[i - 2], results, language) == _rank(p, results, language) else ""
        out.append(f"    {i}. {p.name}: {p.title}{tie}; see {paths.shown(p.page)}")
    return out


def _rank(p, results, language):
    ls = _first_traced(results)
    return (p.language != language, p.network != results[0].fixture.network, -_weight(p.symptom),
            *_calls_named(p.title, _statement(ls, language) if ls is not None else ""))
