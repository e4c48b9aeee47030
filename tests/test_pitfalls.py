"""The pitfall catalogue: every pitfall port is flagged on the bundled fixtures its
pitfall.json names, correct ports written in other styles are flagged on none of their
network's fixtures, and every pitfall folder is complete and its pitfall.json valid.

exposed_by lists the bundled fixtures that expose a pitfall at least cost (each check
measured under 0.5 s on the reference machine), always including the one that shows what
it is (for a hard-coded learning rate, a fixture at another rate); each page's "Exposed by"
names every fixture that exposes it and every one it hides on.
"""

import json
import re
from pathlib import Path

import pytest

from nnparity import checking, paths, ports, report
from nnparity.declaration import NETWORKS

from test_mutants import KINDS

from conftest import BUNDLED

# A broken port may overflow exp() on its way to NaN; that is part of what it shows.
pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")

FOLDERS = sorted(d for d in paths.PITFALLS.iterdir() if d.is_dir())
CORRECT = sorted(p for p in (Path(__file__).parent / "ports" / "correct").iterdir()
                 if p.suffix in (".R", ".py"))
KEYS = {"title", "network", "language", "habit", "kind", "exposed_by"}
# what the harness sees, for the diagnosis (nnparity.diagnosis): the symptom, and for a kind
# that holds more than one bug, a pattern of the diagnosis's words that is this one's
OPTIONAL = {"symptom", "seen"}
HABITS = {"an R habit in Python", "a Python habit in R", "either language"}
FIXTURES = {(f.network, f.name): f for f in BUNDLED}


def metadata(folder):
    return json.loads((folder / "pitfall.json").read_text())


def port_of(folder):
    """Return the folder's one port file, port.R or port.py."""
    found = [folder / name for name in ("port.R", "port.py") if (folder / name).exists()]
    assert len(found) == 1, f"{folder.name}: one port file, port.R or port.py, not {found}"
    return found[0]


def network_of(correct_port):
    """Return the network a correct port is for: its file name starts with it."""
    return next(n for n in NETWORKS if correct_port.stem.startswith(f"{n}_"))


def check(path, fixture, load, r_session):
    py_train, r_train = load(path)
    return checking.check(fixture, py_train=py_train, r_train=r_train, session=r_session,
                          port=path)


EXPOSURES = [pytest.param(folder, name, id=f"{folder.name}[{name}]")
             for folder in FOLDERS for name in metadata(folder)["exposed_by"]]


@pytest.mark.parametrize("folder, name", EXPOSURES)
def test_a_pitfall_is_flagged_on_every_fixture_that_exposes_it(folder, name, load, r_session):
    fixture = FIXTURES[metadata(folder)["network"], name]
    result = check(port_of(folder), fixture, load, r_session)
    assert result.verdict in ("diverge", "error"), (
        f"{folder.name} is not flagged on {fixture.id}: verdict {result.verdict}, worst "
        f"relative difference {report.num(result.worst_rel)}; the port no longer has its "
        "bug, or the fixture no longer exposes it (see the pitfall's README.md)")


def test_the_whole_catalogue_is_exposed_in_both_directions():
    assert len(FOLDERS) >= 15
    unexposed = [d.name for d in FOLDERS if not metadata(d)["exposed_by"]]
    assert not unexposed, f"pitfalls no bundled fixture exposes: {unexposed}"
    habits = {metadata(d)["habit"] for d in FOLDERS}
    assert habits == HABITS
    assert {metadata(d)["language"] for d in FOLDERS} == {"R", "Python"}


CORRECT_RUNS = [pytest.param(port, f, id=f"{port.name}[{f.name}]")
                for port in CORRECT for f in BUNDLED if f.network == network_of(port)]


@pytest.mark.parametrize("port, fixture", CORRECT_RUNS)
def test_a_correct_port_in_another_style_is_flagged_on_no_fixture(port, fixture, load,
                                                                   r_session):
    result = check(port, fixture, load, r_session)
    assert result.verdict in ("agree", "equivalent"), (
        f"the correct port {port.name} is flagged on {fixture.id}:\n"
        + "\n".join(report.details(result)))


def test_the_correct_ports_cover_two_networks_and_both_languages():
    assert len(CORRECT) >= 4
    assert len({network_of(p) for p in CORRECT}) >= 2
    assert {p.suffix for p in CORRECT} == {".R", ".py"}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda d: d.name)
def test_a_pitfall_folder_holds_its_port_its_page_and_valid_metadata(folder, r_session):
    port = port_of(folder)
    assert {p.name for p in folder.iterdir()} == {port.name, "README.md", "pitfall.json"}
    meta = metadata(folder)
    assert KEYS <= set(meta) <= KEYS | OPTIONAL, f"{folder.name}/pitfall.json: {sorted(meta)}"
    assert isinstance(meta.get("symptom", {}), dict)
    re.compile(meta.get("seen", ""))     # a pattern, where the kind holds other bugs too
    assert "seen" not in meta or meta["kind"] is not None
    assert isinstance(meta["title"], str) and meta["title"].strip()
    assert "\n" not in meta["title"]
    assert meta["network"] in NETWORKS
    assert meta["language"] == ports.language(port)
    assert meta["habit"] in HABITS
    assert meta["kind"] is None or meta["kind"] in KINDS  # the bug vocabulary, or none of it
    exposed = meta["exposed_by"]
    assert isinstance(exposed, list) and exposed and len(set(exposed)) == len(exposed)
    unknown = [n for n in exposed if (meta["network"], n) not in FIXTURES]
    assert not unknown, f"{folder.name}: not bundled {meta['network']} fixtures: {unknown}"
    assert ports.infer_network(port, r_session) == meta["network"]


@pytest.mark.parametrize("port", CORRECT, ids=lambda p: p.name)
def test_a_correct_port_is_named_after_its_network(port, r_session):
    assert ports.infer_network(port, r_session) == network_of(port)


def test_the_readme_gallery_lists_every_pitfall_once():
    readme = (paths.ROOT / "README.md").read_text()
    gallery = readme[readme.index("\n## Pitfall gallery\n"):readme.index("\n## Fixtures\n")]
    for folder in sorted(p.parent.name for p in paths.PITFALLS.glob("*/pitfall.json")):
        assert gallery.count(f"[{folder}](pitfalls/{folder}/README.md)") == 1, folder
