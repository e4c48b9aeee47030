"""Fixture files: validation with one-line errors naming file and field, exact round trips."""

import json
import subprocess
import sys

import jsonschema
import pytest

from nnparity import fixtures, gold, paths

from conftest import BUNDLED, assert_agree

WALKTHROUGH = paths.FIXTURES / "av_mlp" / "walkthrough-1.json"


def good():
    return json.loads(WALKTHROUGH.read_text())


def set_path(doc, path, value):
    *parents, last = path
    for key in parents:
        doc = doc[key]
    if value is DELETE:
        del doc[last]
    else:
        doc[last] = value


DELETE = object()

BAD = {
    "wrong format version": (["version"], 2, "$.version", "format version 2 is not supported"),
    "wrong format name": (["format"], "other", "$.format", "'nnparity-fixture' was expected"),
    "missing field": (["init"], DELETE, "$", "'init' is a required property"),
    "extra field": (["comment"], "hi", "$", "Additional properties are not allowed"),
    "unknown network": (["network"], "resnet", "$.network", "unknown network 'resnet'"),
    "string for a number": (["init", "wh", 1, 2], "0.5", "$.init.wh[1][2]", "is not of type 'number'"),
    "ragged matrix": (["init", "wh", 2], [0.1, 0.2], "$.init.wh[2]", "ragged matrix"),
    "empty matrix": (["data", "X"], [], "$.data.X", "empty matrix"),
    "matrix of one empty row": (["data", "X"], [[]], "$.data.X[0]", "should be non-empty"),
    "number for a matrix": (["init", "wh"], 0.5, "$.init.wh", "expected a matrix (list of rows), got a number"),
    "unknown hyperparameter": (["hyper", "momentum"], 0.9, "$.hyper.momentum", "unknown name"),
    "missing hyperparameter": (["hyper", "lr"], DELETE, "$.hyper", "missing 'lr'"),
    "epochs beyond the limit": (["hyper", "epochs"], 10**9, "$.hyper.epochs", "whole number of epochs"),
    "vector for a matrix": (["init", "bh"], [0.46, 0.72, 0.08], "$.init.bh", "expected a matrix (list of rows), got a vector"),
    "shapes do not chain": (["init", "wh"], [[0.1, 0.2, 0.3]] * 3, "$.init.wh",
                            "does not chain: f = 4 in data.X, 3 here"),
    "bias with two rows": (["init", "bout"], [[0.1], [0.2]], "$.init.bout", "axis 0 must be 1"),
    "missing parameter": (["init", "bh"], DELETE, "$.init", "missing 'bh'"),
    "negative epochs": (["hyper", "epochs"], -1, "$.hyper.epochs", "-1 is not a whole number of epochs"),
    "fractional epochs": (["hyper", "epochs"], 1.5, "$.hyper.epochs", "1.5 is not a whole number"),
    "zero learning rate": (["hyper", "lr"], 0, "$.hyper.lr", "0 is not a positive rate"),
    "boolean epochs": (["hyper", "epochs"], True, "$.hyper.epochs", "True is not of type 'number'"),
    "gold loss of the wrong length": (["gold", "loss"], [0.1, 0.2], "$.gold.loss",
                                      "2 values, expected one per epoch (1)"),
    "gold output of the wrong shape": (["gold", "output"], [[0.5]], "$.gold.output",
                                       "does not chain: n = 3 in data.X, 1 here"),
    "gold binding beyond the run": (["gold", "binding_until_epoch"], 5, "$.gold.binding_until_epoch",
                                    "5 is beyond the run's 1 epochs"),
    "gold parameter of the wrong shape": (["gold", "params", "wout"], [[0.1]], "$.gold.params.wout",
                                          "does not chain: h = 3 in init.wh, 1 here"),
    "boolean in a matrix": (["data", "X", 0, 1], True, "$.data.X[0][1]", "is not of type 'number'"),
    "null in a vector": (["gold", "loss", 0], None, "$.gold.loss[0]", "is not of type 'number'"),
    "matrix for the loss": (["gold", "loss"], [[0.1]], "$.gold.loss[0]", "is not of type 'number'"),
    "object for an array": (["gold", "output"], {"a": 1}, "$.gold.output", "is not valid under any"),
    "three nested lists": (["init", "wout", 0], [[0.1]], "$.init.wout[0][0]", "is not of type 'number'"),
    "string for an array": (["gold", "params", "bh"], "0.1", "$.gold.params.bh", "is not valid under any"),
}


@pytest.mark.parametrize("kind", BAD)
def test_a_malformed_fixture_gives_one_line_naming_file_and_field(kind, tmp_path):
    path, value, where, message = BAD[kind]
    doc = good()
    set_path(doc, path, value)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    with pytest.raises(fixtures.FixtureError) as e:
        fixtures.load(bad)
    text = str(e.value)
    assert text.startswith(f"{bad}: {where}: ") and message in text, text
    assert "\n" not in text


@pytest.mark.parametrize("kind", BAD)
def test_the_shortcut_past_the_validator_gives_the_validators_verdict(kind):
    """fixtures.load hands the JSON Schema validator small stand-ins for arrays it has found
    to hold plain numbers (for speed); the validator's verdict must be the one it gives on
    the whole document."""
    path, value, _, _ = BAD[kind]
    doc = good()
    set_path(doc, path, value)
    validator = fixtures._validator()
    whole = jsonschema.exceptions.best_match(validator.iter_errors(doc))
    stood_in = jsonschema.exceptions.best_match(
        validator.iter_errors(fixtures._with_stand_ins(doc)))
    assert (whole is None) == (stood_in is None)
    if whole is not None:
        assert (list(whole.absolute_path), whole.message) == (
            list(stood_in.absolute_path), stood_in.message)


def test_the_shortcut_leaves_the_document_alone():
    doc = good()
    fixtures._with_stand_ins(doc)
    assert doc == good()


@pytest.mark.parametrize("text, message", [
    ("", "not valid JSON"),
    ('{"format": "nnparity-fixture",', "not valid JSON"),
    (WALKTHROUGH.read_text().replace("0.42", "NaN", 1), "NaN is not JSON"),
    (WALKTHROUGH.read_text().replace("0.42", "Infinity", 1), "Infinity is not JSON"),
    ("[1, 2]", "is not of type 'object'"),
])
def test_unreadable_json_gives_one_line(text, message, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(text)
    with pytest.raises(fixtures.FixtureError, match=message) as e:
        fixtures.load(bad)
    assert str(e.value).startswith(f"{bad}: $") and "\n" not in str(e.value)


def test_floats_round_trip_exactly(tmp_path):
    doc = good()
    doc["init"]["wh"][0][0] = 0.1 + 0.2  # 0.30000000000000004
    doc["init"]["bh"][0][0] = 5e-324     # the smallest subnormal
    fixtures.write(tmp_path / "f.json", doc)
    f = fixtures.load(tmp_path / "f.json")
    assert f.init["wh"][0, 0] == 0.1 + 0.2 and f.init["bh"][0, 0] == 5e-324


def test_write_refuses_to_overwrite_and_leaves_the_file_alone(tmp_path):
    target = tmp_path / "f.json"
    target.write_text("precious")
    with pytest.raises(FileExistsError, match="--force"):
        fixtures.write(target, good())
    assert target.read_text() == "precious"


def test_write_never_leaves_a_partial_file(tmp_path):
    doc = good()
    doc["init"]["wh"][0][0] = float("nan")
    target = tmp_path / "f.json"
    target.write_text("precious")
    with pytest.raises(ValueError):
        fixtures.write(target, doc, force=True)
    assert target.read_text() == "precious" and list(tmp_path.iterdir()) == [target]


def test_the_generator_reproduces_the_bundled_fixtures(tmp_path):
    subprocess.run([sys.executable, str(paths.FIXTURES / "generate.py"), "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for bundled in BUNDLED:
        made = fixtures.load(tmp_path / bundled.network / bundled.path.name)
        assert made.raw["provenance"] == bundled.raw["provenance"]
        # Seeded draws, but some data pass through sin(), a matrix product or a mean, whose
        # last bits depend on the CPU (tests/test_machines.py): the rule, not bits.
        for section in ("data", "init"):
            for name, value in getattr(bundled, section).items():
                assert_agree(f"{bundled.id} {name}", getattr(made, section)[name], value)
        # Gold is the reference's results on the machine that wrote it: another CPU gives
        # other last bits, so it promises agreement under the comparison rule where it binds
        # (a chaotic run's final parameters bind nowhere; nnparity/gold.py).
        assert gold.binding(made).keys() == gold.binding(bundled).keys(), bundled.id
        for name, value in gold.binding(bundled).items():
            assert_agree(f"{bundled.id} {name}", gold.binding(made)[name], value)


def test_the_generator_refuses_to_overwrite_without_force(tmp_path):
    script = [sys.executable, str(paths.FIXTURES / "generate.py"), "--out", str(tmp_path)]
    subprocess.run(script, check=True, capture_output=True)
    target = tmp_path / "av_mlp" / "walkthrough-1.json"
    target.write_text(target.read_text().replace('"lr": 0.1', '"lr": 0.2'))
    changed = target.read_text()
    refused = subprocess.run(script, capture_output=True, text=True)
    assert refused.returncode == 2 and "--force" in refused.stderr
    assert target.read_text() == changed
    subprocess.run(script + ["--force"], check=True, capture_output=True)
    assert '"lr": 0.1' in target.read_text()


def test_every_bundled_fixture_says_how_it_was_made():
    for f in BUNDLED:
        assert f.raw["provenance"]["generator"] == "python fixtures/generate.py"
        assert "seed" in f.raw["provenance"]
