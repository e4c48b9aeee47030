"""The held-out mutant ports (tests/ports/mutants/): each mutant is one of the correct base
ports in bases/ with exactly one line changed into a porting bug of one kind. Every base
passes on every bundled fixture of its network, every mutant is flagged (diverge or error)
on a fixture its manifest entry names, the manifest's line is the line that differs from the
base, and manifest.json lists exactly the mutant files, each with a kind of the shared
vocabulary (/work/briefs/kinds.md).

exposed_by in the manifest lists, cheapest first, the bundled fixtures on which
`nnparity check --port FILE --in-process` flagged the mutant when the set was written; the
test checks them in that order until one flags it (a mutant that visits the samples in a
random order may, by chance, keep data order on a one-epoch fixture). The checks are one test
per port, so that pytest-xdist spreads them over its workers.
"""

import difflib
import json
import re
from pathlib import Path

import pytest

from nnparity import checking, paths, report
from nnparity.declaration import NETWORKS

from conftest import BUNDLED

# A broken port may overflow exp() on its way to NaN; that is part of what it shows.
pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")

HERE = Path(__file__).parent / "ports" / "mutants"
MANIFEST = json.loads((HERE / "manifest.json").read_text())
BASES = sorted(p for p in (HERE / "bases").iterdir() if p.suffix in (".R", ".py"))
FIXTURES = {(f.network, f.name): f for f in BUNDLED}

# The bug kinds, the vocabulary shared with the diagnoser (/work/briefs/kinds.md).
KINDS = (
    "mean-for-sum", "sum-for-mean", "wrong-axis", "transposed", "recycling", "sign",
    "ignores-hyper", "hyper-misused", "epochs-off-by-one", "single-precision", "stale-value",
    "not-written-back", "wrong-derivative", "wrong-operand", "wrong-constant", "own-init",
    "data-order", "integer-truncation", "rounding",
)
KEYS = {"file", "network", "language", "line", "kind", "in_catalogue", "catalogue_pitfall",
        "what", "base", "exposed_by"}
NAME = re.compile(r"^(\d\d)-([a-z_]+)-([a-z-]+)\.(R|py)$")
LANGUAGE = {".R": "R", ".py": "Python"}


def network_of(base):
    """Return the network a base port is for: its file name starts with it."""
    return next(n for n in NETWORKS if base.stem.startswith(f"{n}_"))


def changed_lines(mutant):
    """Return the 1-based lines of a mutant that differ from its base, and how many of the
    base's lines they replace."""
    base = (HERE / mutant["base"]).read_text().splitlines()
    ours = (HERE / mutant["file"]).read_text().splitlines()
    changed, replaced = [], 0
    opcodes = difflib.SequenceMatcher(None, base, ours, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            changed.extend(range(j1 + 1, j2 + 1))
            replaced += i2 - i1
    return changed, replaced


# --- the manifest (fast) -------------------------------------------------------------------

def test_the_manifest_lists_every_mutant_file_and_only_those():
    listed = [m["file"] for m in MANIFEST]
    on_disk = sorted(p.name for p in HERE.iterdir() if p.is_file() and NAME.match(p.name))
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert sorted(listed) == on_disk
    others = sorted(p.name for p in HERE.iterdir()
                    if p.is_file() and p.suffix in (".R", ".py") and not NAME.match(p.name))
    assert not others, f"port files not named NN-network-kind.R|py: {others}"
    numbers = [int(NAME.match(name).group(1)) for name in listed]
    assert numbers == list(range(1, len(listed) + 1)), "numbered 01, 02, ... in order"


@pytest.mark.parametrize("mutant", MANIFEST, ids=lambda m: m["file"])
def test_a_manifest_entry_is_complete_and_agrees_with_its_file(mutant):
    assert set(mutant) == KEYS
    _, network, kind, ext = NAME.match(mutant["file"]).groups()
    assert (mutant["network"], mutant["kind"]) == (network, kind), "the file name says them"
    assert mutant["kind"] in KINDS
    assert mutant["network"] in NETWORKS
    assert mutant["language"] == LANGUAGE[f".{ext}"]
    base = HERE / mutant["base"]
    assert base.parent.name == "bases" and base.is_file() and base.suffix == f".{ext}"
    assert network_of(base) == network
    assert isinstance(mutant["in_catalogue"], bool)
    if mutant["in_catalogue"]:
        assert (paths.PITFALLS / mutant["catalogue_pitfall"] / "pitfall.json").is_file()
    else:
        assert mutant["catalogue_pitfall"] is None
    assert isinstance(mutant["what"], str) and mutant["what"].endswith(".")
    assert mutant["exposed_by"], "a mutant is flagged on at least one bundled fixture"
    assert all((network, name) in FIXTURES for name in mutant["exposed_by"])
    text = (HERE / mutant["file"]).read_text()
    assert "bug" not in text.lower(), "a mutant does not say where its bug is"


@pytest.mark.parametrize("mutant", MANIFEST, ids=lambda m: m["file"])
def test_the_manifest_line_is_the_one_line_that_differs_from_the_base(mutant):
    changed, replaced = changed_lines(mutant)
    line = (HERE / mutant["file"]).read_text().splitlines()[mutant["line"] - 1]
    assert mutant["line"] in changed, (
        f"{mutant['file']}:{mutant['line']} ({line.strip()!r}) is the same as in "
        f"{mutant['base']}; the lines that differ are {changed}")
    assert 1 <= len(changed) <= 2 and replaced <= 2, (
        f"one bug on one line (two at most): {len(changed)} lines differ from the base")


def test_the_set_spreads_over_networks_languages_and_kinds():
    def by(key):
        return [m[key] for m in MANIFEST]

    assert len(MANIFEST) >= 34
    assert all(by("network").count(n) >= 6 for n in NETWORKS)
    assert by("language").count("Python") >= 10 and by("language").count("R") >= 18
    assert len(set(by("kind"))) >= 14
    assert by("in_catalogue").count(False) >= 14
    # in_catalogue says whether the catalogue holds the kind: the same for every mutant of it.
    for kind in set(by("kind")):
        assert len({m["in_catalogue"] for m in MANIFEST if m["kind"] == kind}) == 1, kind


# --- the checks (slow: one test per port, spread by pytest-xdist) --------------------------

BASE_RUNS = [pytest.param(base, f, id=f"{base.name}[{f.name}]")
             for base in BASES for f in BUNDLED if f.network == network_of(base)]


@pytest.mark.parametrize("base, fixture", BASE_RUNS)
def test_a_base_port_passes_on_every_fixture_of_its_network(base, fixture, load, r_session):
    py_train, r_train = load(base)
    result = checking.check(fixture, py_train=py_train, r_train=r_train, session=r_session,
                            port=str(base))
    assert result.passed, (
        f"{base.name} is not correct on {fixture.id}: verdict {result.verdict}, worst relative "
        f"difference {report.num(result.worst_rel)}, error {result.error}")


@pytest.mark.parametrize("mutant", MANIFEST, ids=lambda m: m["file"])
def test_a_mutant_is_flagged(mutant, load, r_session):
    path = HERE / mutant["file"]
    py_train, r_train = load(path)
    seen = []
    for name in mutant["exposed_by"]:
        result = checking.check(FIXTURES[mutant["network"], name], py_train=py_train,
                                r_train=r_train, session=r_session, port=str(path))
        if result.verdict in ("diverge", "error"):
            return
        seen.append(f"{name}: {result.verdict} ({report.num(result.worst_rel)})")
    pytest.fail(f"{mutant['file']} is flagged on none of the fixtures that exposed it: "
                f"{'; '.join(seen)}")
