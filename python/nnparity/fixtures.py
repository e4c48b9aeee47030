"""Read, validate and write JSON fixtures.

A fixture is one training run: network, data, initial parameters, hyperparameters and the
gold results of the Python reference. Reading checks it three ways: JSON syntax, the JSON
Schema in fixtures/schema.json, then the network's shape table. Every failure is one
FixtureError naming the file and the field as a JSON path.
"""

import functools
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import numpy as np

from . import declaration, paths

FORMAT, VERSION = "nnparity-fixture", 1
MAX_EPOCHS = 10_000_000


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
    data: dict   # name -> float64 array, shaped as the network's DATA table says
    init: dict   # name -> float64 array (0-d for a scalar parameter), as PARAMS says
    hyper: dict  # name -> float (a rate) or int (a count of epochs), as HYPER says
    gold: dict   # params (name -> array), output (array, as OUTPUT says), loss (vector),
                 # binding_until_epoch (epochs + 1 unless the run amplifies rounding)
    raw: dict    # the JSON document as read
    net: object = None  # the declaration.Network it belongs to

    @property
    def id(self):
        return f"{self.network}[{self.name}]"

    @property
    def epochs(self):
        return self.hyper[self.net.epochs]

    def args(self):
        """Return train()'s keyword arguments: data, initial parameters, hyperparameters."""
        return {**self.data, **self.init, **self.hyper}

    @property
    def work(self):
        """A rough measure of the run's compute, for scheduling: epochs (at least one) times
        the numbers in its data and initial parameters."""
        return max(self.epochs, 1) * sum(a.size for a in [*self.data.values(),
                                                          *self.init.values()])


@functools.cache
def _validator():
    with open(paths.SCHEMA) as f:
        return jsonschema.Draft202012Validator(json.load(f))


def _numbers(value):
    """Return the stand-in the schema's "array" would accept in place of `value` (0, [] or
    [[0]]) when `value` is a number, a vector of numbers or a matrix of numbers, else None.

    The JSON Schema validator descends into every number of a fixture, which took most of
    the time of reading one; this looks at each number once, with the schema's meaning of
    a number (true and "1" are not numbers). Whatever it does not accept goes to the
    validator whole, so that its message and JSON path are the validator's."""
    number = (int, float)
    if type(value) in number:
        return 0
    if type(value) is not list:
        return None
    if value and type(value[0]) is list:
        ok = all(type(row) is list and row and all(type(x) in number for x in row)
                 for row in value)
        return [[0]] if ok else None
    return [] if all(type(x) in number for x in value) else None


def _with_stand_ins(doc):
    """Return `doc` with every array the schema allows replaced by a small stand-in; `doc`
    itself is not touched (what changes is copied)."""
    def stand_in(value, vector_only=False):
        small = _numbers(value)
        return value if small is None or (vector_only and small != []) else small

    def arrays(values):
        return {k: stand_in(v) for k, v in values.items()} if isinstance(values, dict) else values

    if not isinstance(doc, dict):
        return doc
    doc = {k: arrays(v) if k in ("data", "init") else v for k, v in doc.items()}
    if isinstance(doc.get("gold"), dict):
        gold = doc["gold"] = dict(doc["gold"])
        for key, replace in (("params", arrays), ("output", stand_in),
                             ("loss", lambda v: stand_in(v, vector_only=True))):
            if key in gold:
                gold[key] = replace(gold[key])
    return doc


def _reject_constant(token):
    raise ValueError(f"{token} is not JSON; fixtures hold finite numbers only")


def _json_path(error_path):
    out = "$"
    for part in error_path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _array(path, where, value, spec):
    """Return a JSON number, vector or list of rows as a float64 array of len(spec) dims."""
    ndim = len(spec)
    kinds = {0: "a number", 1: "a vector (list of numbers)", 2: "a matrix (list of rows)"}
    got = 0 if not isinstance(value, list) else 2 if value and isinstance(value[0], list) else 1
    if ndim == 2 and (value == [] or value == [[]]):
        raise FixtureError(path, where, "empty matrix: it needs at least one row and one column")
    if got != ndim:
        raise FixtureError(path, where, f"expected {kinds[ndim]}, got {kinds[got].split(' (')[0]}")
    if ndim == 2:
        bad = next((i for i, r in enumerate(value) if not isinstance(r, list) or
                    len(r) != len(value[0])), None)
        if bad is not None:
            raise FixtureError(path, f"{where}[{bad}]", "ragged matrix: row has "
                               f"{len(value[bad]) if isinstance(value[bad], list) else 'no'} "
                               f"values, row 0 has {len(value[0])}")
    array = np.array(value, dtype=np.float64)
    array.flags.writeable = False  # a fixture is read by many runs: none may change it
    return array


def _shape_text(shape):
    return " x ".join(map(str, shape)) if shape else "scalar"


def check_shapes(path, section, table, arrays, dims):
    """Check `arrays` against the symbolic `table`; bind each dimension on first sight."""
    for name, spec in table.items():
        if name not in arrays:
            raise FixtureError(path, f"$.{section}", f"missing '{name}'")
        shape = arrays[name].shape
        for axis, (want, got) in enumerate(zip(spec, shape)):
            if isinstance(want, int):
                if got != want:
                    raise FixtureError(path, f"$.{section}.{name}", f"shape "
                                       f"{_shape_text(shape)}, axis {axis} must be {want}")
            elif dims.setdefault(want, (got, f"{section}.{name}"))[0] != got:
                first, where = dims[want]
                raise FixtureError(path, f"$.{section}.{name}",
                                   f"shape {_shape_text(shape)} does not chain: "
                                   f"{want} = {first} in {where}, {got} here")


def _unknown(path, section, known, names):
    extra = sorted(set(names) - set(known))
    if extra:
        raise FixtureError(path, f"$.{section}.{extra[0]}",
                           f"unknown name for this network (expected {', '.join(known)})")


def _arrays(path, section, table, values):
    """Return the JSON object `values` as float64 arrays with as many dims as `table` says."""
    _unknown(path, section, table, values)
    return {k: _array(path, f"$.{section}.{k}", v, table[k]) for k, v in values.items()}


def _hyper(path, net, values):
    """Return the hyperparameters, checked against the network's HYPER kinds."""
    _unknown(path, "hyper", net.HYPER, values)
    for name, kind in net.HYPER.items():
        if name not in values:
            raise FixtureError(path, "$.hyper", f"missing '{name}'")
        v = values[name]
        if kind == "count" and (not isinstance(v, int) or not 0 <= v <= MAX_EPOCHS):
            raise FixtureError(path, f"$.hyper.{name}",
                               f"{v!r} is not a whole number of epochs from 0 to {MAX_EPOCHS}")
        if kind == "rate" and not v > 0:
            raise FixtureError(path, f"$.hyper.{name}", f"{v!r} is not a positive rate")
    return {k: int(v) if net.HYPER[k] == "count" else float(v) for k, v in values.items()}


def load(path, networks=None):
    """Return the Fixture at `path`, or raise FixtureError saying what is wrong and where.

    Its network is looked up in `networks` (name -> declaration.Network; default: the
    bundled networks and those of the project declared from the fixture's folder upwards,
    whose own declaration errors are reported as they are)."""
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
    error = jsonschema.exceptions.best_match(_validator().iter_errors(_with_stand_ins(doc)))
    if error is not None:
        raise FixtureError(path, _json_path(error.absolute_path), error.message)
    if networks is None:
        networks = declaration.registry(path.parent if path.parent.is_dir() else None)
    net = networks.get(doc["network"])
    if net is None:
        raise FixtureError(path, "$.network",
                           f"unknown network '{doc['network']}' (known: {', '.join(networks)})")
    hyper = _hyper(path, net, doc["hyper"])
    data = _arrays(path, "data", net.DATA, doc["data"])
    init = _arrays(path, "init", net.PARAMS, doc["init"])
    gold_params = _arrays(path, "gold.params", net.PARAMS, doc["gold"]["params"])
    dims = {}
    check_shapes(path, "data", net.DATA, data, dims)
    check_shapes(path, "init", net.PARAMS, init, dims)
    check_shapes(path, "gold.params", net.PARAMS, gold_params, dict(dims))
    output = None  # a network declared without predict() has no output to compare
    if net.OUTPUT is not None:
        if "output" not in doc["gold"]:
            raise FixtureError(path, "$.gold", "missing 'output' (the network declares predict())")
        output = _array(path, "$.gold.output", doc["gold"]["output"], net.OUTPUT)
        check_shapes(path, "gold", {"output": net.OUTPUT}, {"output": output}, dict(dims))
    loss = _array(path, "$.gold.loss", doc["gold"]["loss"], ("epochs",))
    epochs = hyper[net.EPOCHS]
    if len(loss) != epochs:
        raise FixtureError(path, "$.gold.loss",
                           f"{len(loss)} values, expected one per epoch ({epochs})")
    binding = doc["gold"].get("binding_until_epoch", epochs + 1)
    if binding > epochs + 1:
        raise FixtureError(path, "$.gold.binding_until_epoch",
                           f"{binding} is beyond the run's {epochs} epochs")
    gold = {"params": gold_params, "output": output, "loss": loss, "binding_until_epoch": binding}
    return Fixture(path, doc["network"], doc["name"], data, init, hyper, gold, doc, net)


def default_paths(start=None):
    """Return where fixtures are looked for when none are given: the fixture folders of the
    project declared from `start` (default: the current folder) upwards, else nnparity's
    bundled fixtures."""
    project = declaration.project(start)
    return list(project.fixtures) if project else [paths.FIXTURES]


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
