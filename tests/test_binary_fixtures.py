"""Fixtures whose arrays live in .npy files beside the JSON (nnparity issue 15): they read
exactly as the same fixture in JSON, in Python and in R; every kind of bad .npy file is one
line naming the fixture and the array's JSON path; reading writes nothing; write() puts
large arrays in .npy files, atomically, and refuses to overwrite as before."""

import hashlib
import json
import mmap
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from nnparity import declaration, fixtures, making, paths

WALKTHROUGH = paths.FIXTURES / "av_mlp" / "walkthrough-1.json"
SECTIONS = ("data", "init", "gold.params")


def good():
    return json.loads(WALKTHROUGH.read_text())


def arrays(f):
    """Return {(section, name): array} of everything a Fixture holds as arrays."""
    out = {(s, k): v for s in ("data", "init") for k, v in getattr(f, s).items()}
    out.update({("gold.params", k): v for k, v in f.gold["params"].items()})
    out[("gold", "output")] = f.gold["output"]
    out[("gold.loss", "loss")] = f.gold["loss"]
    return out


def snapshot(folder):
    """Return every file under `folder` with its bytes and modification time."""
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*"))
            if p.is_file()}


@pytest.fixture
def binary(tmp_path):
    """The walkthrough fixture with every array in a .npy file (threshold 0)."""
    path = tmp_path / "av_mlp" / "w.json"
    fixtures.write(path, good(), binary_threshold=0)
    return path


def test_every_array_goes_to_a_named_npy_file_with_its_checksum(binary):
    doc = json.loads(binary.read_text())
    ref = doc["gold"]["params"]["wh"]
    assert ref["npy"] == "w.gold.params.wh.npy"
    assert ref["sha256"] == hashlib.sha256((binary.parent / ref["npy"]).read_bytes()).hexdigest()
    assert doc["data"]["X"]["npy"] == "w.data.X.npy"
    assert doc["gold"]["output"]["npy"] == "w.gold.output.npy"
    assert doc["gold"]["loss"]["npy"] == "w.gold.loss.npy"
    assert sorted(p.name for p in binary.parent.iterdir()) == sorted(
        ["w.json", *(f"w.{s}.{k}.npy" for s in SECTIONS for k in doc[s.split(".")[0]]
                     if s != "gold.params"),
         *(f"w.gold.params.{k}.npy" for k in doc["gold"]["params"]),
         "w.gold.output.npy", "w.gold.loss.npy"])
    X = np.load(binary.parent / "w.data.X.npy")
    assert X.dtype.str == "<f8" and not np.isfortran(X)


@pytest.mark.parametrize("name", ["walkthrough-1", "article-epochs-0", "wide-f6-h2"])
def test_a_binary_fixture_loads_bit_for_bit_as_its_json_twin(name, tmp_path):
    source = paths.FIXTURES / "av_mlp" / f"{name}.json"  # epochs-0: an empty loss (shape 0)
    binary = tmp_path / "av_mlp" / f"{name}.json"
    fixtures.write(binary, json.loads(source.read_text()), binary_threshold=0)
    json_f, bin_f = fixtures.load(source), fixtures.load(binary)
    want, got = arrays(json_f), arrays(bin_f)
    assert want.keys() == got.keys()
    for key, value in want.items():
        assert got[key].shape == value.shape and got[key].dtype == np.float64, key
        assert got[key].tobytes() == value.tobytes(), key
        assert not got[key].flags.writeable, key
    assert bin_f.hyper == json_f.hyper
    assert bin_f.gold["binding_until_epoch"] == json_f.gold["binding_until_epoch"]


def test_a_large_npy_file_is_memory_mapped_read_only(tmp_path, monkeypatch):
    monkeypatch.setattr(fixtures, "MMAP_BYTES", 0)
    path = tmp_path / "w.json"
    fixtures.write(path, good(), binary_threshold=0)
    f = fixtures.load(path)
    base = f.data["X"]
    while isinstance(base, np.ndarray):
        base = base.base
    assert isinstance(base.obj, mmap.mmap) and not f.data["X"].flags.writeable
    with pytest.raises(ValueError):
        f.data["X"][0, 0] = 1.0


def test_the_threshold_decides_which_arrays_leave_the_json(tmp_path):
    doc = good()  # X is 3 x 4 (12 numbers), wh 4 x 3, y 3 x 1, bout 1 x 1
    fixtures.write(tmp_path / "t.json", doc, binary_threshold=11)
    written = json.loads((tmp_path / "t.json").read_text())
    assert isinstance(written["data"]["X"], dict) and isinstance(written["init"]["wh"], dict)
    assert written["data"]["y"] == doc["data"]["y"] and written["init"]["bout"] == [[doc["init"]["bout"][0][0]]]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "t.data.X.npy", "t.gold.params.wh.npy", "t.init.wh.npy", "t.json"]
    fixtures.write(tmp_path / "d.json", doc)  # the default: 10 000 numbers, all in the JSON
    assert fixtures.BINARY_THRESHOLD == 10_000
    assert not list(tmp_path.glob("d.*.npy"))
    assert json.loads((tmp_path / "d.json").read_text()) == doc
    big = good()
    big["data"]["X"] = np.zeros((10_001, 1))  # (not this network's shapes: write() does not check)
    fixtures.write(tmp_path / "big.json", big)
    assert json.loads((tmp_path / "big.json").read_text())["data"]["X"]["npy"] == "big.data.X.npy"


def _resave(file, array, **kwargs):
    with open(file, "wb") as f:
        np.lib.format.write_array(f, array, **kwargs)


def _fix_sha(fixture, where, file):
    """Set the checksum at `where` to that of `file`: a bad file that the checksum agrees
    with (as a careless writer would leave it), so that the structural check must see it."""
    doc = json.loads(fixture.read_text())
    node = doc
    for key in where:
        node = node[key]
    node["sha256"] = hashlib.sha256(file.read_bytes()).hexdigest()
    fixture.write_text(json.dumps(doc))


def _set_ref(fixture, where, value):
    doc = json.loads(fixture.read_text())
    node = doc
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    fixture.write_text(json.dumps(doc))


X = np.array([[1.0, 0.0, 1.0, 0.0], [1.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 1.0]])  # 3 x 4


def bad_missing(folder, fixture):
    (folder / "w.data.X.npy").unlink()


def bad_checksum(folder, fixture):
    _set_ref(fixture, ["data", "X", "sha256"], "0" * 64)


def bad_changed_byte(folder, fixture):
    file = folder / "w.data.X.npy"
    data = bytearray(file.read_bytes())
    data[-1] ^= 0x01  # the last number's sign bit: still a float64 file of the same shape
    file.write_bytes(bytes(data))


def resave(array, **kwargs):
    def corrupt(folder, fixture):
        _resave(folder / "w.data.X.npy", array, **kwargs)
        _fix_sha(fixture, ["data", "X"], folder / "w.data.X.npy")
    return corrupt


def bad_truncated(folder, fixture):
    file = folder / "w.data.X.npy"
    file.write_bytes(file.read_bytes()[:-8])
    _fix_sha(fixture, ["data", "X"], file)


def bad_trailing(folder, fixture):
    file = folder / "w.data.X.npy"
    file.write_bytes(file.read_bytes() + b"\0" * 8)
    _fix_sha(fixture, ["data", "X"], file)


def bad_not_npy(folder, fixture):
    file = folder / "w.data.X.npy"
    file.write_bytes(b"1,0,1,0\n1,0,1,1\n0,1,0,1\n")
    _fix_sha(fixture, ["data", "X"], file)


def bad_header(folder, fixture):
    file = folder / "w.data.X.npy"
    file.write_bytes(file.read_bytes()[:12])
    _fix_sha(fixture, ["data", "X"], file)


def rename(name):
    def corrupt(folder, fixture):
        _set_ref(fixture, ["data", "X", "npy"], name)
    return corrupt


def bad_csv_name(folder, fixture):
    shutil.copy(folder / "w.data.X.npy", folder / "w.data.X.csv")
    _set_ref(fixture, ["data", "X", "npy"], "w.data.X.csv")


def bad_shape(folder, fixture):
    file = folder / "w.init.wh.npy"
    _resave(file, np.zeros((3, 3)))
    _fix_sha(fixture, ["init", "wh"], file)


BAD = {  # kind: (corrupt(folder, fixture), JSON path, message)
    "missing file": (bad_missing, "$.data.X", "'w.data.X.npy': cannot read: No such file"),
    "wrong checksum": (bad_checksum, "$.data.X", "checksum mismatch: the file's SHA-256 is "),
    "a changed number": (bad_changed_byte, "$.data.X", "checksum mismatch"),
    "float32": (resave(X.astype(np.float32)), "$.data.X",
                "dtype <f4 (float32): fixtures hold little-endian float64 ('<f8')"),
    "int64": (resave(X.astype(np.int64)), "$.data.X", "dtype <i8 (int64)"),
    "big-endian": (resave(X.astype(">f8")), "$.data.X", "big-endian float64 ('>f8')"),
    "Fortran order": (resave(np.asfortranarray(X)), "$.data.X", "Fortran order (fortran_order True)"),
    "truncated": (bad_truncated, "$.data.X", "truncated: 88 bytes of data, shape 3 x 4 needs 96"),
    "bytes after the data": (bad_trailing, "$.data.X", "8 bytes after the data of shape 3 x 4"),
    "a vector for a matrix": (resave(X.ravel()), "$.data.X", "shape 12 (1 dimensions): expected a matrix"),
    "shape not the declared one": (bad_shape, "$.init.wh", "shape 3 x 3 does not chain: f = 4 in data.X, 3 here"),
    "a path with ..": (rename("../w.data.X.npy"), "$.data.X", "leaves the fixture's folder"),
    "a path below with ..": (rename("sub/../../x.npy"), "$.data.X", "leaves the fixture's folder"),
    "an absolute path": (rename("/etc/passwd.npy"), "$.data.X", "leaves the fixture's folder"),
    "not named .npy": (bad_csv_name, "$.data.X", "'w.data.X.csv': not a .npy file (the name must end in .npy)"),
    "not a .npy file": (bad_not_npy, "$.data.X", "not a .npy file: "),
    "a truncated header": (bad_header, "$.data.X", "not a .npy file: "),
    "a pickle": (resave(np.array([{"a": 1}, None], dtype=object), allow_pickle=True), "$.data.X",
                 "holds Python objects (dtype |O, a pickle)"),
    "no checksum": (lambda folder, fixture: _set_ref(fixture, ["data", "X"], {"npy": "w.data.X.npy"}),
                    "$.data.X", "'sha256' is a required property"),
    "a checksum that is not hex": (lambda folder, fixture: _set_ref(
        fixture, ["gold", "loss", "sha256"], "xyz"), "$.gold.loss.sha256",
        "'xyz' does not match '^[0-9a-f]{64}$'"),
}


@pytest.mark.parametrize("kind", BAD)
def test_a_bad_npy_file_gives_one_line_naming_fixture_and_array(kind, binary):
    corrupt, where, message = BAD[kind]
    corrupt(binary.parent, binary)
    before = snapshot(binary.parent.parent)
    with pytest.raises(fixtures.FixtureError) as e:
        fixtures.load(binary)
    text = str(e.value)
    assert text.startswith(f"{binary}: {where}: ") and message in text, text
    assert "\n" not in text and len(text) < 400, text
    assert snapshot(binary.parent.parent) == before  # reading writes and changes nothing


def test_nnparity_check_shows_a_bad_npy_file_as_its_line_without_a_traceback(binary):
    resave(X.astype(np.float32))(binary.parent, binary)
    done = subprocess.run([sys.executable, "-m", "nnparity.cli", "check", str(binary)],
                          check=False, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{binary}: $.data.X: 'w.data.X.npy': dtype <f4 (float32)" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_write_refuses_to_overwrite_a_json_or_an_npy_file(tmp_path):
    target = tmp_path / "w.json"
    target.write_text("precious")
    with pytest.raises(FileExistsError, match="--force"):
        fixtures.write(target, good(), binary_threshold=0)
    assert snapshot(tmp_path) and [p.name for p in tmp_path.iterdir()] == ["w.json"]
    target.unlink()
    (tmp_path / "w.init.wh.npy").write_text("precious")
    with pytest.raises(FileExistsError, match=r"w\.init\.wh\.npy: exists; pass --force"):
        fixtures.write(target, good(), binary_threshold=0)
    assert [p.name for p in tmp_path.iterdir()] == ["w.init.wh.npy"]
    assert (tmp_path / "w.init.wh.npy").read_text() == "precious"


def test_a_failure_mid_write_leaves_the_old_files_and_no_temporary_file(binary, monkeypatch):
    before = snapshot(binary.parent)
    doc = good()
    doc["init"]["wh"][0][0] = 0.5
    real, calls = np.lib.format.write_array, []

    def fail_on_the_third(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(np.lib.format, "write_array", fail_on_the_third)
    with pytest.raises(OSError, match="No space left"):
        fixtures.write(binary, doc, force=True, binary_threshold=0)
    assert snapshot(binary.parent) == before
    monkeypatch.setattr(np.lib.format, "write_array", real)
    fixtures.write(binary, doc, force=True, binary_threshold=0)  # and then it works
    assert fixtures.load(binary).init["wh"][0, 0] == 0.5
    assert not [p for p in binary.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_failure_renaming_the_json_leaves_no_temporary_file(binary, monkeypatch):
    real = os.replace

    def fail_on_json(src, dst):
        if str(dst).endswith(".json"):
            raise OSError(5, "Input/output error")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", fail_on_json)
    with pytest.raises(OSError):
        fixtures.write(binary, good(), force=True, binary_threshold=0)
    assert not [p for p in binary.parent.iterdir() if p.name.endswith(".tmp")]


def test_nan_in_a_binary_array_writes_nothing(tmp_path):
    doc = good()
    doc["data"]["X"][1][2] = float("nan")
    with pytest.raises(ValueError, match=r"data\.X holds NaN or Infinity"):
        fixtures.write(tmp_path / "w.json", doc, binary_threshold=0)
    assert not list(tmp_path.iterdir())


def test_rewriting_smaller_removes_the_npy_files_it_no_longer_uses(binary):
    fixtures.write(binary, good(), force=True, binary_threshold=11)
    assert sorted(p.name for p in binary.parent.iterdir()) == [
        "w.data.X.npy", "w.gold.params.wh.npy", "w.init.wh.npy", "w.json"]
    assert fixtures.load(binary).data["X"].tobytes() == fixtures.load(WALKTHROUGH).data["X"].tobytes()


def test_regenerating_over_memory_mapped_arrays_is_safe(binary, monkeypatch):
    """write(force=True) from arrays that are memory maps of the files it replaces (what
    `nnparity fixture regenerate` does): new files are renamed over, never written into."""
    monkeypatch.setattr(fixtures, "MMAP_BYTES", 0)
    f = fixtures.load(binary)
    doc = {**good(), "data": dict(f.data), "init": dict(f.init)}
    fixtures.write(binary, doc, force=True, binary_threshold=0)
    again = fixtures.load(binary)
    assert again.data["X"].tobytes() == f.data["X"].tobytes() == X.tobytes()


TINY = """
[tool.nnparity]
fixtures = "parity"

[tool.nnparity.networks.tiny]
description = "one weight vector and a scalar bias, a linear fit by gradient descent"
python = "tiny.py"
r = "tiny.R"
reference = "python"
data = {X = ["n", "f"], y = ["n"]}
params = {w = ["f"], b = []}
hyper = {lr = "rate", epochs = "count"}
input = "X"
output = ["n"]
sizes = {n = 2001, f = 5}
defaults = {lr = 0.1, epochs = 3}
"""

TINY_PY = """import numpy as np

def train(X, y, w, b, lr, epochs):
    w, loss = np.array(w), []
    for _ in range(epochs):
        e = X @ w + b - y
        loss.append(float(np.mean(e ** 2)))
        w, b = w - lr * 2 * X.T @ e / len(y), b - lr * 2 * float(np.mean(e))
    return {"w": w, "b": b, "loss": np.array(loss)}

def predict(X, w, b):
    return X @ w + b
"""


@pytest.fixture
def tiny(tmp_path):
    """A project declaring a network with a matrix, vectors and a scalar (the R side is
    never run here, only declared)."""
    (tmp_path / "pyproject.toml").write_text(TINY)
    (tmp_path / "tiny.py").write_text(TINY_PY)
    shutil.copy(paths.ROOT / "tests" / "r" / "print_fixture.R", tmp_path / "tiny.R")
    return declaration.registry(tmp_path)["tiny"]


def test_fixture_new_writes_a_big_fixture_binary(tiny, monkeypatch):
    monkeypatch.setattr(making, "_environment", lambda session: {"python": "test"})  # no R
    path = making.new(tiny, "big", seed=3)
    doc = json.loads(path.read_text())
    assert doc["data"]["X"]["npy"] == "big.data.X.npy"  # 2001 x 5 = 10 005 numbers
    assert isinstance(doc["data"]["y"], list) and isinstance(doc["gold"]["output"], list)
    f = fixtures.load(path, {"tiny": tiny})
    drawn, _ = making.draw(tiny, {"n": 2001, "f": 5}, 3)
    assert f.data["X"].tobytes() == drawn["X"].tobytes()
    with pytest.raises(FileExistsError):
        making.new(tiny, "big", seed=3)


def _r_lines(f):
    """Return print_fixture.R's lines for the arrays of Fixture `f`, computed from numpy."""
    lines = []
    for (section, name), a in arrays(f).items():
        dims = ("x".join(map(str, a.shape)) if a.ndim == 2 else
                "scalar" if a.size == 1 and section != "gold.loss" else f"v{a.size}")
        values = "".join(f" {x:.17g}" for x in a.ravel(order="F"))
        lines.append(f"{section} {name} {dims} double:{values}")
    return lines


def test_r_reads_a_binary_fixture_as_python_does(tiny, tmp_path, monkeypatch):
    rscript = shutil.which("Rscript")
    assert rscript, "Rscript is not on PATH"
    monkeypatch.setattr(making, "_environment", lambda session: {})
    monkeypatch.setattr(fixtures, "BINARY_THRESHOLD", 0)  # every array, the scalar b too
    path = making.new(tiny, "small", {"n": "4", "f": "3"}, seed=5)
    doc = json.loads(path.read_text())
    assert doc["init"]["b"]["npy"] == "small.init.b.npy" and np.load(
        path.parent / "small.init.b.npy").shape == ()
    f = fixtures.load(path, {"tiny": tiny})
    done = subprocess.run([rscript, str(paths.ROOT / "tests" / "r" / "print_fixture.R"),
                           str(paths.ROOT), str(path)], check=False, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == _r_lines(f)
