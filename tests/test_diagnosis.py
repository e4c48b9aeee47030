"""Diagnosis: the catalogue's ports are named first, a tie is said to be one, and a bug that
is not in the catalogue gets no guess. Prints the measured share."""

import pytest

from nnparity import checking, diagnosis, pitfalls, ports

from conftest import BUNDLED

CATALOGUE = pitfalls.catalogue()

# Some catalogued ports blow up (weights to 1e14 and beyond): their exp() overflows, as the
# bug would make it in a real port.
pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered in exp:RuntimeWarning")


@pytest.fixture(scope="module")
def diagnoses(r_session):
    """Return pitfall name -> (names diagnosed, most likely first) for every catalogued port."""
    out = {}
    for p in CATALOGUE:
        py_train, r_train = ports.load(p.port, r_session)
        results = [checking.check(f, py_train, r_train, session=r_session, port=p.port)
                   for f in BUNDLED if f.network == p.network]
        out[p.name] = [x.name for x in diagnosis.diagnose(results, p.language)[0]]
    return out


def test_every_pitfall_declares_a_symptom():
    assert all(p.symptom for p in CATALOGUE)
    known = set(diagnosis.WEIGHTS) | {"hides_with_one_sample", "later_epoch"}
    assert {k for p in CATALOGUE for k in p.symptom} <= known


def test_the_right_pitfall_is_named_first_for_most_of_the_catalogue(diagnoses):
    first = [name for name, named in diagnoses.items() if named[:1] == [name]]
    share = len(first) / len(CATALOGUE)
    print(f"\ndiagnosis names the right pitfall first for {len(first)} of {len(CATALOGUE)} "
          f"({share:.0%})")
    assert share >= 0.85
    for name, named in diagnoses.items():
        assert name in named[:3], f"{name}: diagnosed as {named}"


def test_a_miss_is_a_tie_between_pitfalls_with_the_same_symptom(diagnoses):
    by_name = {p.name: p for p in CATALOGUE}
    for name, named in diagnoses.items():
        if named[0] != name:
            assert by_name[named[0]].symptom == by_name[name].symptom, (name, named)


def test_a_bug_outside_the_catalogue_gets_no_guess(tmp_path, r_session):
    port = tmp_path / "port.py"
    port.write_text(
        "from nnparity.networks import av_mlp\n\n"
        "def train(**args):\n"
        "    out = av_mlp.train(**args)\n"
        "    out['bout'] = out['bout'] + 0.01 * args['epochs']  # a drift of its own\n"
        "    return out\n")
    py_train, _ = ports.load(port, r_session)
    results = [checking.check(f, py_train, session=r_session) for f in BUNDLED
               if f.network == "av_mlp"]
    assert any(not r.passed for r in results)
    named, seen = diagnosis.diagnose(results, "Python")
    assert named == [] and seen["first_step"] == ["bout"]
    assert diagnosis.lines(results, "Python") == [
        "diagnosis: no catalogued pitfall fits what was seen; nnparity explain shows the first "
        "step and line that differ"]


def test_check_prints_the_diagnosis_of_a_port(capsys, r_session):
    from nnparity import cli, paths
    port = paths.PITFALLS / "av_mlp-lr-twice" / "port.py"
    status = cli.main(["check", str(paths.FIXTURES / "av_mlp"), "--port", str(port),
                       "--in-process"])
    out = capsys.readouterr().out
    assert status == 1
    assert "diagnosis: the likely pitfalls, most likely first:\n  1. av_mlp-lr-twice: " in out
