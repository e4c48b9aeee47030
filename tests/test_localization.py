"""Localization and diagnosis measured on held-out ports: every mutant of the held-out sets
(tests/ports/mutants/, heldout/ and third/ to thirtyfifth/, manifest.json: the bug's file,
line and kind; the second to the thirtyfifth written and their manifests filled before the
localizer first ran on them, by sessions or helpers that never read it) and
every catalogue port (pitfalls/*: the bug's line marked in its port, bench/bench_localize.py
BUG_LINES).

Each port is checked on the cheapest fixture that exposes it (its exposed_by), with one R
session for all: lockstep, the trace of the first bad step, the probes, the diagnosis. What
is measured: the bug's line within the statement reported (its first to its last line in
the trace: a statement written over several lines is one statement); the kind named == the
bug's kind; a wrong kind or a wrong pitfall named (the rest say what was seen). The expected
lines and kinds come from the manifest and the ports' own text, never from what the engine
reports.
"""

import importlib.util
import json
import sys

import pytest
from nnparity import paths

spec = importlib.util.spec_from_file_location("bench_localize",
                                              paths.ROOT / "bench" / "bench_localize.py")
bench = importlib.util.module_from_spec(spec)
sys.modules["bench_localize"] = bench
spec.loader.exec_module(bench)


@pytest.fixture(scope="module")
def rows(r_session):
    return [bench.measure(case, r_session) for case in bench.cases()]


def test_every_mutant_and_catalogue_port_is_measured(rows):
    mutants = sum(len(json.loads((folder / "manifest.json").read_text()))
                  for folder in bench.SETS)
    assert mutants == 44 + 39 + 10 * 36 + 23 * 32
    assert len(rows) == mutants + len(list(paths.PITFALLS.glob("*/pitfall.json")))


# Today's measured numbers per set (line right, kind right, wrong kind or pitfall), with one
# row of slack each: a change that loses more ground fails here. Each set's first, unseen
# measurement: third 36%, 33%, 42%; fourth 56%, 47%, 17%; fifth 53%, 47%, 17%; sixth 72%,
# 56%, 22%; seventh 61%, 42%, 19% (bench/out/localize-seventh-unseen.txt); eighth (av_mlp
# alone) 72%, 69%, 25%; ninth 69%, 62%, 16%; tenth 50%, 53%, 22%; eleventh 56%, 50%, 9%;
# twelfth 56%, 59%, 16%; thirteenth 47%, 41%, 25%; fourteenth 69%, 75%, 6%; fifteenth 91%,
# 81%, 9%, the first to meet the targets unseen (av_mlp alone, each); sixteenth, across the
# six networks, 88%, 81%, 12%; seventeenth, across the six networks, 84%, 78%, 9%;
# eighteenth, across them with twelve of av_mlp, 75%, 75%, 6% (av_mlp's 12: 92%, 100%, 0%);
# nineteenth, av_mlp alone close to the article's code, 81%, 78%, 16%; twentieth, av_mlp
# alone close to it again, 66%, 72%, 9%; twentyfirst, across the six networks, 72%, 72%, 12%;
# twentysecond, av_mlp alone as close to the article's code as a porter writes, 81%, 69%, 9%;
# twentythird, faithful ports of the article's code with the issue's kinds of mistakes, 91%,
# 66%, 28%; twentyfourth, across the six networks, 69%, 75%, 6%; twentyfifth, av_mlp's
# faithful ports, 81%, 81%, 6%; twentysixth 75%, 84%, 9%; twentyseventh 81%, 84%, 0%;
# twentyeighth 78%, 59%, 19%; twentyninth 91%, 94%, 6%, the targets met unseen;
# thirtieth 88%, 91%, 0%; thirtyfirst, the four articles' networks and both examples as
# the issue's held-out ports are, 69%, 75%, 8%; thirtysecond, written so too, 86%, 89%, 0%;
# thirtythird, so again, 81%, 86%, 6%; thirtyfourth, so again, 89%, 89%, 8% (with the
# catalogue 90.5%, 92%, 5%: the targets met unseen); thirtyfifth, so again, 97%, 92%, 6%
# (with the catalogue 95%, 94%, 3%) (bench/out/localize-*-unseen.txt).
# Every failure of the third to the eleventh sets has since been looked at and has taught
# rules written for any port, each with a test of its own (tests/test_tracing.py,
# test_lockstep.py, test_repair.py, test_statement_rules.py); git log says which port
# showed which.
FLOORS = {"mutants": (97, 95, 3), "heldout": (97, 97, 3), "third": (91, 88, 3),
          "fourth": (91, 86, 6), "fifth": (91, 86, 6), "sixth": (94, 86, 6),
          "seventh": (91, 86, 9), "eighth": (94, 94, 6), "ninth": (91, 87, 7),
          "tenth": (91, 90, 6), "eleventh": (93, 93, 3), "twelfth": (94, 88, 3),
          "thirteenth": (78, 88, 6), "fourteenth": (94, 91, 6), "fifteenth": (91, 94, 3),
          "sixteenth": (93, 93, 4), "seventeenth": (94, 93, 3), "eighteenth": (94, 91, 6),
          "nineteenth": (93, 93, 3), "twentieth": (90, 96, 7), "twentyfirst": (81, 90, 7),
          "twentysecond": (96, 96, 7), "twentythird": (96, 81, 9), "twentyfourth": (87, 84, 4),
          "twentyfifth": (96, 96, 4), "twentysixth": (87, 87, 10),
          "twentyseventh": (87, 84, 4), "twentyeighth": (78, 65, 13),
          "twentyninth": (90, 93, 7), "thirtieth": (87, 87, 4), "thirtyfirst": (75, 80, 9),
          "thirtysecond": (91, 86, 3), "thirtythird": (97, 97, 3),
          "thirtyfourth": (97, 97, 6), "thirtyfifth": (94, 94, 6),
          "catalogue": (88, 92, 4)}


@pytest.mark.parametrize("label", FLOORS)
def test_localization_holds_what_it_reached(rows, label):
    group = bench.groups(rows)[label]
    line, kind, wrong = bench.percentages(group)
    floor = FLOORS[label]
    assert line >= floor[0] and kind >= floor[1] and wrong <= floor[2], bench.table(group)


@pytest.mark.parametrize("label", [
    "mutants", "heldout", "catalogue",
    "third",    # unseen 36%, 33%, 42%; reached once its failures were looked at (92, 92, 0)
    "fourth",   # unseen 56%, 47%, 17%; reached once its failures were looked at (94, 86, 3)
    "fifth",      # unseen 53%, 47%, 17%; reached once its failures were looked at (92, 83, 6)
    # unseen 72%, 56%, 22%; reached once its wrong diagnoses were looked at (97, 81, 3)
    "sixth",
    "seventh",    # unseen 61%, 42%, 19%; reached once its failures were looked at (92, 81, 6)
    "eighth",     # unseen 72%, 69%, 25%; reached once its failures were looked at (97, 94, 6)
    "ninth",      # unseen 69%, 62%, 16%; reached once its failures were looked at (91, 81, 9)
    "tenth",      # unseen 50%, 53%, 22%; reached once its failures were looked at (94, 84, 3)
    "eleventh",   # unseen 56%, 50%, 9%; reached once its failures were looked at (94, 97, 0)
    "twelfth",    # unseen 56%, 59%, 16%; reached once its failures were looked at (97, 91, 0)
    "fourteenth",  # unseen 69%, 75%, 6%; reached once its failures were looked at (97, 94, 3)
    "fifteenth",   # unseen 91%, 81%, 9%: met unseen; (94, 97, 0) once looked at
    "sixteenth",   # unseen 88%, 81%, 12%; reached once its failures were looked at (97, 97, 0)
    "seventeenth",  # unseen 84%, 78%, 9%; reached once its failures were looked at (97, 94, 0)
    "eighteenth",   # unseen 75%, 75%, 6%; reached once its failures were looked at (97, 94, 3)
    "nineteenth",   # unseen 81%, 78%, 16%; reached once its failures were looked at (91, 94, 0)
    "twentieth",    # unseen 66%, 72%, 9%; reached once its failures were looked at (94, 97, 3)
    "twentysecond",  # unseen 81%, 69%, 9%; reached once its failures were looked at (100, 100, 3)
    "twentythird",  # unseen 91%, 66%, 28%; reached once its failures were looked at (100, 84, 6)
    "twentyfourth",  # unseen 69%, 75%, 6%; reached once its failures were looked at (91, 88, 0)
    "twentyfifth",  # unseen 81%, 81%, 6%; reached once its failures were looked at (100, 100, 0)
    "twentysixth",  # unseen 75%, 84%, 9%; reached once its failures were looked at (91, 91, 6)
    "twentyninth",  # unseen 91%, 94%, 6%: met unseen; (94, 97, 3) today
    "thirtieth",    # unseen 88%, 91%, 0%; (91, 91, 0) today, from the rounds after it
    "thirtysecond",  # unseen 86%, 89%, 0%; reached once its failures were looked at (94, 89, 0)
    "twentyseventh",  # unseen 81%, 84%, 0%; reached by a later round's rules (91, 88, 0)
    "thirtythird",  # unseen 81%, 86%, 6%; reached once its failures were looked at (100, 100, 0)
    "thirtyfourth",  # unseen 89%, 89%, 8% (90.5, 92, 5 with the catalogue); now (100, 100, 3)
    "thirtyfifth",  # unseen 97%, 92%, 6%: met unseen; two of its misses looked at (97, 97, 3)
    pytest.param("twentyeighth", marks=pytest.mark.xfail(
        strict=True, reason="not reached on the twentyeighth set (81% line, 69% kind, 9% "
                            "wrong; unseen, 78%, 59%, 19%); strict: this fails as soon as "
                            "it is")),
    pytest.param("thirtyfirst", marks=pytest.mark.xfail(
        strict=True, reason="not reached on the thirtyfirst set (81% line, 83% kind, 6% "
                            "wrong; unseen, 69%, 75%, 8%); strict: this fails as soon as "
                            "it is")),
    pytest.param("twentyfirst", marks=pytest.mark.xfail(
        strict=True, reason="not reached on the twentyfirst set (84% line, 94% kind, 3% "
                            "wrong; unseen, 72%, 72%, 12%); strict: this fails as soon as "
                            "it is")),
    pytest.param("thirteenth", marks=pytest.mark.xfail(
        strict=True, reason="not reached on the thirteenth set (81% line, 91% kind, 3% "
                            "wrong; unseen, 47%, 41%, 25%); strict: this fails as soon as "
                            "it is"))])
def test_localization_meets_its_targets(rows, label):
    """The brief's targets on each set: the line reported is the bug's for >= 90%, the kind
    is named right for >= 80%, a wrong kind or pitfall is named for <= 10%."""
    group = bench.groups(rows)[label]
    line, kind, wrong = bench.percentages(group)
    assert line >= 90 and kind >= 80 and wrong <= 10, bench.table(group)


def test_a_port_named_a_pitfall_is_named_its_own_or_one_as_likely(rows):
    """A catalogue port whose diagnosis names a pitfall names its own first, except where
    two pitfalls show the same symptom and kind (the report says "as likely")."""
    catalogue = {p.parent.name for p in paths.PITFALLS.glob("*/pitfall.json")}
    wrong = [r for r in rows if r["port"] in catalogue and r["pitfall"] not in
             (None, r["port"]) and "as likely" not in r["said"]]
    assert not wrong, [(r["port"], r["pitfall"]) for r in wrong]


@pytest.mark.parametrize("label", [
    pytest.param("thirtyfirst", marks=pytest.mark.xfail(
        strict=True, reason="with the catalogue 86% line, 89% kind, 3% wrong")),
    "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth"])
def test_a_set_of_the_issues_kind_with_the_catalogue_meets_the_targets(rows, label):
    """The issue's own measure: its held-out ports (across the four networks and the
    examples) and the catalogue, counted together."""
    groups = bench.groups(rows)
    group = groups[label] + groups["catalogue"]
    line, kind, wrong = bench.percentages(group)
    assert line >= 90 and kind >= 80 and wrong <= 10, bench.table(group)
