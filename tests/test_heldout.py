"""The held-out sets of mutant ports after the first (tests/ports/heldout/, third/ to
twentythird/): each mutant is one of the correct base ports in its set's bases/ with exactly one
line changed (or inserted) into a porting bug, for the four bundled networks and the two
example projects' networks (examples/deep_softmax, examples/ridge_logistic_r_first; their
entries carry "project"). Every set goes through the same checks, parametrized over the
folders; the second set's per-port tests keep their ids, the others' are prefixed with their
folder ("third/").

Every base passes on every fixture of its network (the bundled fixtures, or the project's),
every mutant is flagged (diverge or error) on a fixture its manifest entry names, the
manifest's line is the line that differs from the base, and manifest.json lists exactly the
mutant files, each with a kind of the shared vocabulary (KINDS in test_mutants.py) or, for a
bug that fits none of its words, kind null (the file is then named NN-network-other); no kind
is used more than 4 times. The checks are one test per port, so that pytest-xdist spreads
them over its workers.
"""

import difflib
import json
from pathlib import Path

import pytest

from nnparity import checking, declaration, fixtures, paths, report

from conftest import BUNDLED
from test_mutants import KEYS, KINDS, LANGUAGE, NAME

# A broken port may overflow exp() on its way to NaN; that is part of what it shows.
pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")

PORTS = Path(__file__).parent / "ports"
SETS = ("heldout", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
        "twentyfifth", "twentysixth", "twentyseventh",
        "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst",
        "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth")  # under tests/ports/
MANIFESTS = {s: json.loads((PORTS / s / "manifest.json").read_text()) for s in SETS}
BASES_OF = {s: sorted(p for p in (PORTS / s / "bases").iterdir() if p.suffix in (".R", ".py"))
            for s in SETS}
# The second set under the names it had before the third was added.
HERE, MANIFEST, BASES = PORTS / "heldout", MANIFESTS["heldout"], BASES_OF["heldout"]
OTHER = "other"     # the file name's kind for a mutant of kind null (no word of KINDS fits)
MAX_PER_KIND = 4

# The example projects whose networks the set covers: folder (relative to the repository's
# root) -> the network it declares.
PROJECTS = {"examples/deep_softmax": "deep_softmax",
            "examples/ridge_logistic_r_first": "ridge_logistic"}
PROJECT_OF = {network: folder for folder, network in PROJECTS.items()}
NETWORKS = [*declaration.NETWORKS, *PROJECTS.values()]


def _fixtures():
    """Return (network, name) -> Fixture: the bundled fixtures, and each project's own."""
    found = {(f.network, f.name): f for f in BUNDLED}
    for folder in PROJECTS:
        project = declaration.project(paths.ROOT / folder)
        for path in fixtures.discover(project.fixtures):
            f = fixtures.load(path)
            found[f.network, f.name] = f
    return found


FIXTURES = _fixtures()
CATALOGUE_KINDS = {json.loads(p.read_text())["kind"] for p in paths.PITFALLS.glob("*/pitfall.json")}


def network_of(base):
    """Return the network a base port is for: its file name starts with it."""
    return next(n for n in sorted(NETWORKS, key=len, reverse=True)
                if base.stem.startswith(f"{n}_"))


def of_network(network):
    return [f for (n, _), f in sorted(FIXTURES.items()) if n == network]


def changed_lines(here, mutant):
    """Return the 1-based lines of a mutant (of the set in folder `here`) that differ from its
    base, and how many of the base's lines they replace."""
    base = (here / mutant["base"]).read_text().splitlines()
    ours = (here / mutant["file"]).read_text().splitlines()
    changed, replaced = [], 0
    opcodes = difflib.SequenceMatcher(None, base, ours, autojunk=False).get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        if tag != "equal":
            changed.extend(range(j1 + 1, j2 + 1))
            replaced += i2 - i1
    return changed, replaced


def trains(load, path, fixture, session):
    """Return the port's (py_train, r_train) under the names its fixture's network declares
    (the ridge_logistic project's Python side calls lambda `lam`)."""
    py_train, r_train = load(path)
    net = fixture.net
    return (net.adapt("python", py_train) if py_train is not None else None,
            session.adapt(net, r_train) if r_train is not None else None)


def port_id(s, name):
    """Return a port's test id: its file name in the second set (the ids it always had),
    prefixed with its set's folder otherwise."""
    return name if s == "heldout" else f"{s}/{name}"


MUTANTS = [pytest.param(s, m, id=port_id(s, m["file"])) for s in SETS for m in MANIFESTS[s]]


# --- the manifest (fast) -------------------------------------------------------------------

@pytest.mark.parametrize("s", SETS)
def test_the_manifest_lists_every_mutant_file_and_only_those(s):
    here, manifest = PORTS / s, MANIFESTS[s]
    listed = [m["file"] for m in manifest]
    on_disk = sorted(p.name for p in here.iterdir() if p.is_file() and NAME.match(p.name))
    assert len(listed) == len(set(listed)), "a file is listed twice"
    assert sorted(listed) == on_disk
    others = sorted(p.name for p in here.iterdir()
                    if p.is_file() and p.suffix in (".R", ".py") and not NAME.match(p.name))
    assert not others, f"port files not named NN-network-kind.R|py: {others}"
    numbers = [int(NAME.match(name).group(1)) for name in listed]
    assert numbers == list(range(1, len(listed) + 1)), "numbered 01, 02, ... in order"


@pytest.mark.parametrize("s", SETS)
def test_every_base_is_used_and_named_after_its_network(s):
    used = {m["base"] for m in MANIFESTS[s]}
    assert sorted(used) == sorted(f"bases/{p.name}" for p in BASES_OF[s])
    assert all(network_of(p) in NETWORKS for p in BASES_OF[s])


@pytest.mark.parametrize("s, mutant", MUTANTS)
def test_a_manifest_entry_is_complete_and_agrees_with_its_file(s, mutant):
    here = PORTS / s
    network = mutant["network"]
    assert set(mutant) == (KEYS | {"project"} if network in PROJECT_OF else KEYS)
    if network in PROJECT_OF:
        assert mutant["project"] == PROJECT_OF[network]
        assert network in declaration.registry(paths.ROOT / mutant["project"])
    _, name_network, kind, ext = NAME.match(mutant["file"]).groups()
    assert (network, mutant["kind"] or OTHER) == (name_network, kind), "the file name says them"
    assert mutant["kind"] is None or mutant["kind"] in KINDS
    assert network in NETWORKS
    assert mutant["language"] == LANGUAGE[f".{ext}"]
    base = here / mutant["base"]
    assert base.parent.name == "bases" and base.is_file() and base.suffix == f".{ext}"
    assert network_of(base) == network
    if mutant["kind"] is None:   # no kind to look up: whether a pitfall of kind null comes close
        assert mutant["in_catalogue"] is (mutant["catalogue_pitfall"] is not None)
    else:
        assert mutant["in_catalogue"] is (mutant["kind"] in CATALOGUE_KINDS)
    if mutant["in_catalogue"]:
        pitfall = paths.PITFALLS / mutant["catalogue_pitfall"] / "pitfall.json"
        assert json.loads(pitfall.read_text())["kind"] == mutant["kind"]
    else:
        assert mutant["catalogue_pitfall"] is None
    assert isinstance(mutant["what"], str) and mutant["what"].endswith(".")
    assert mutant["exposed_by"], "a mutant is flagged on at least one fixture"
    assert len(set(mutant["exposed_by"])) == len(mutant["exposed_by"])
    assert all((network, name) in FIXTURES for name in mutant["exposed_by"])
    text = (here / mutant["file"]).read_text()
    assert "bug" not in text.lower(), "a mutant does not say where its bug is"


@pytest.mark.parametrize("s, mutant", MUTANTS)
def test_the_manifest_line_is_the_one_line_that_differs_from_the_base(s, mutant):
    changed, replaced = changed_lines(PORTS / s, mutant)
    line = (PORTS / s / mutant["file"]).read_text().splitlines()[mutant["line"] - 1]
    assert changed == [mutant["line"]], (
        f"{mutant['file']}:{mutant['line']} ({line.strip()!r}): the lines that differ from "
        f"{mutant['base']} are {changed}")
    assert replaced <= 1, "one line changed, or one inserted"


# The sets of one network only: the eighth to fifteenth, the nineteenth, twentieth,
# twentysecond, twentythird, twentyfifth, twentyseventh and twentyninth, av_mlp's ports in
# the styles a porter writes.
ONE_NETWORK = {"eighth": "av_mlp", "ninth": "av_mlp", "tenth": "av_mlp", "eleventh": "av_mlp",
               "twelfth": "av_mlp", "thirteenth": "av_mlp", "fourteenth": "av_mlp",
               "fifteenth": "av_mlp", "nineteenth": "av_mlp", "twentieth": "av_mlp",
               "twentysecond": "av_mlp", "twentythird": "av_mlp", "twentyfifth": "av_mlp",
               "twentyseventh": "av_mlp", "twentyninth": "av_mlp"}


@pytest.mark.parametrize("s", SETS)
def test_the_set_spreads_over_networks_languages_and_kinds(s):
    manifest = MANIFESTS[s]

    def by(key):
        return [m[key] for m in manifest]

    assert len(manifest) >= 32
    if s in ONE_NETWORK:
        # a set of one network, mostly R, as the ports people bring are
        assert set(by("network")) == {ONE_NETWORK[s]}
        assert by("language").count("Python") >= 8 and by("language").count("R") >= 20
    else:
        assert set(by("network")) == set(NETWORKS)
        assert all(by("network").count(n) >= 4 for n in PROJECTS.values())
        assert by("language").count("Python") >= 12 and by("language").count("R") >= 12
    assert set(by("kind")) - {None} == set(KINDS), "every kind of the vocabulary at least once"
    assert max(by("kind").count(k) for k in KINDS) <= MAX_PER_KIND, "no kind used too often"
    assert by("in_catalogue").count(False) >= len(manifest) / 2, (
        "at least half of the mutants are of kinds the catalogue does not hold")


# --- the checks (slow: one test per port, spread by pytest-xdist) --------------------------

BASE_RUNS = [pytest.param(base, f, id=port_id(s, f"{base.name}[{f.name}]"))
             for s in SETS for base in BASES_OF[s] for f in of_network(network_of(base))]


@pytest.mark.parametrize("base, fixture", BASE_RUNS)
def test_a_base_port_passes_on_every_fixture_of_its_network(base, fixture, load, r_session):
    py_train, r_train = trains(load, base, fixture, r_session)
    result = checking.check(fixture, py_train=py_train, r_train=r_train, session=r_session,
                            port=str(base))
    assert result.passed, (
        f"{base.name} is not correct on {fixture.id}: verdict {result.verdict}, worst relative "
        f"difference {report.num(result.worst_rel)}, error {result.error}")


@pytest.mark.parametrize("s, mutant", MUTANTS)
def test_a_mutant_is_flagged(s, mutant, load, r_session):
    path = PORTS / s / mutant["file"]
    seen = []
    for name in mutant["exposed_by"]:
        fixture = FIXTURES[mutant["network"], name]
        py_train, r_train = trains(load, path, fixture, r_session)
        result = checking.check(fixture, py_train=py_train, r_train=r_train,
                                session=r_session, port=str(path))
        if result.verdict in ("diverge", "error"):
            return
        seen.append(f"{name}: {result.verdict} ({report.num(result.worst_rel)})")
    pytest.fail(f"{mutant['file']} is flagged on none of the fixtures that exposed it: "
                f"{'; '.join(seen)}")
