"""Read, validate and write JSON fixtures.

A fixture is one training run: network, data, initial parameters, hyperparameters and the
gold results of the Python reference. Reading checks it three ways: JSON syntax, the JSON
Schema in fixtures/schema.json, then the network's shape table. Every failure is one
FixtureError naming the file and the field as a JSON path.
"""

import json
import re
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import numpy as np

from . import paths
from .networks import NETWORKS

FORMAT, VERSION = "nnparity-fixture", 1


class FixtureError(Exception):
    """A fixture file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path, where, message):
        self.path, self.where, self.message = str(path), where, message
        super().__init__(f"{self.path}: {where}: {message}")


@dataclass(frozen=True)
class Fixture:
    path: Path
    network: str
    name: str
    data: dict   # name -> float64 matrix
    init: dict   # name -> float64 matrix
    hyper: dict  # lr (float), epochs (int)
    gold: dict   # params (name -> matrix), output (matrix), loss (vector)
    raw: dict    # the JSON document as read

    @property
    def id(self):
        return f"{self.network}[{self.name}]"

    @property
    def epochs(self):
        return self.hyper["epochs"]

    def args(self):
        """Return train()'s keyword arguments: data, initial parameters, hyperparameters."""
        return {**self.data, **self.init, **self.hyper}


def _schema():
    with open(paths.SCHEMA) as f:
        return json.load(f)


def _reject_constant(token):
    raise ValueError(f"{token} is not JSON; fixtures hold finite numbers only")


def _json_path(error_path):
    out = "$"
    for part in error_path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _matrix(path, where, rows):
    """Return `rows` (a list of equal-length lists of numbers) as a float64 matrix."""
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        bad = next(i for i, r in enumerate(rows) if len(r) != len(rows[0]))
        raise FixtureError(path, f"{where}[{bad}]",
                           f"ragged matrix: row has {len(rows[bad])} values, row 0 has {len(rows[0])}")
    return np.array(rows, dtype=np.float64)


def _check_shapes(path, table, arrays, section, dims):
    """Bind each symbolic dimension on first sight; every later sight must agree."""
    for name, spec in table.items():
        if name not in arrays:
            raise FixtureError(path, f"$.{section}", f"missing '{name}'")
        shape = arrays[name].shape
        for axis, (want, got) in enumerate(zip(spec, shape)):
            if isinstance(want, int):
                if got != want:
                    raise FixtureError(path, f"$.{section}.{name}",
                                       f"shape {shape[0]} x {shape[1]}, axis {axis} must be {want}")
            elif dims.setdefault(want, (got, f"{section}.{name}"))[0] != got:
                first, where = dims[want]
                raise FixtureError(path, f"$.{section}.{name}",
                                   f"shape {shape[0]} x {shape[1]} does not chain: "
                                   f"{want} = {first} in {where}, {got} here")
    extra = sorted(set(arrays) - set(table))
    if extra:
        raise FixtureError(path, f"$.{section}.{extra[0]}",
                           f"unknown array for this network (expected {', '.join(table)})")


def load(path):
    """Return the Fixture at `path`, or raise FixtureError saying what is wrong and where."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise FixtureError(path, "$", f"cannot read: {getattr(e, 'strerror', None) or e}") from None
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except ValueError as e:
        raise FixtureError(path, "$", f"not valid JSON: {e}") from None
    if isinstance(doc, dict) and "version" in doc and doc["version"] != VERSION:
        raise FixtureError(path, "$.version", f"format version {doc['version']!r} is not "
                           f"supported (this nnparity reads version {VERSION})")
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(_schema()).iter_errors(doc))
    if error is not None:
        raise FixtureError(path, _json_path(error.absolute_path), error.message)
    net = NETWORKS.get(doc["network"])
    if net is None:
        raise FixtureError(path, "$.network",
                           f"unknown network '{doc['network']}' (known: {', '.join(NETWORKS)})")
    arrays = {s: {k: _matrix(path, f"$.{s}.{k}", v) for k, v in doc[s].items()}
              for s in ("data", "init")}
    gold_params = {k: _matrix(path, f"$.gold.params.{k}", v) for k, v in doc["gold"]["params"].items()}
    dims = {}
    _check_shapes(path, net.DATA, arrays["data"], "data", dims)
    _check_shapes(path, net.PARAMS, arrays["init"], "init", dims)
    _check_shapes(path, net.PARAMS, gold_params, "gold.params", dict(dims))
    output = _matrix(path, "$.gold.output", doc["gold"]["output"])
    want = (dims["n"][0], 1)
    if output.shape != want:
        raise FixtureError(path, "$.gold.output", f"shape {output.shape[0]} x {output.shape[1]}, "
                           f"expected {want[0]} x {want[1]} (one output per sample)")
    loss = np.array(doc["gold"]["loss"], dtype=np.float64)
    if len(loss) != doc["hyper"]["epochs"]:
        raise FixtureError(path, "$.gold.loss",
                           f"{len(loss)} values, expected one per epoch ({doc['hyper']['epochs']})")
    hyper = {"lr": float(doc["hyper"]["lr"]), "epochs": int(doc["hyper"]["epochs"])}
    gold = {"params": gold_params, "output": output, "loss": loss}
    return Fixture(path, doc["network"], doc["name"], arrays["data"], arrays["init"], hyper,
                   gold, doc)


def discover(paths_or_dirs):
    """Return the fixture files under the given files and folders, sorted, schema excluded."""
    found = []
    for p in map(Path, paths_or_dirs):
        if p.is_dir():
            found += sorted(q for q in p.rglob("*.json") if q.name != paths.SCHEMA.name)
        else:
            found.append(p)
    return found


def _rows(a):
    return np.asarray(a, dtype=np.float64).tolist()


def dump(doc):
    """Return `doc` as JSON text; floats are written by repr, which round-trips exactly."""
    def default(o):
        if isinstance(o, np.ndarray):
            return _rows(o)
        if isinstance(o, np.generic):
            return o.item()
        raise TypeError(f"cannot write {type(o).__name__} to a fixture")
    text = json.dumps(doc, indent=1, default=default, allow_nan=False)
    # One line per matrix row and per vector: collapse every innermost list.
    text = re.sub(r"\[\s+([^\[\]{}]*?)\s+\]", lambda m: "[" + " ".join(m.group(1).split()) + "]", text)
    return text + "\n"


def write(path, doc, force=False):
    """Write `doc` to `path` atomically; refuse to replace an existing file unless `force`."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path}: exists; pass --force to overwrite")
    text = dump(doc)  # raises ValueError on NaN or Infinity before anything is written
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
