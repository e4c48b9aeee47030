"""Read, validate and write JSON fixtures.

A fixture is one training run: network, data, initial parameters, hyperparameters and the
gold results of the Python reference. Reading checks it three ways: JSON syntax, the JSON
Schema in fixtures/schema.json, then the network's shape table. Every failure is one
FixtureError naming the file and the field as a JSON path.

An array may live beside the JSON instead of in it: {"npy": "NAME.npy", "sha256": HEX}, a
.npy file in the fixture's folder (or below it), little-endian float64 in C order, of the
declared shape. write() puts every array of more than BINARY_THRESHOLD numbers there (JSON
text of a 60000 x 784 matrix is about a gigabyte, and slow to parse); load() checks the
file's structure and its SHA-256, and maps it read-only into memory when it is large.
"""

import functools
import hashlib
import json
import mmap
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
BINARY_THRESHOLD = 10_000  # write(): an array of more numbers goes to a .npy file
MMAP_BYTES = 1 << 20       # load(): a .npy file larger than this is memory-mapped
_CHUNK = 1 << 22           # bytes hashed at a time
_F8 = np.dtype("<f8")


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
    """Return a JSON number, vector or list of rows as a float64 array of len(spec) dims;
    an {"npy": ..., "sha256": ...} object as the array in that file (read_npy)."""
    if isinstance(value, dict):
        return read_npy(path, where, value, len(spec))
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


def _sha256(file):
    """Return the hex SHA-256 of `file`'s bytes, read in chunks (a file may be gigabytes)."""
    h = hashlib.sha256()
    with open(file, "rb") as f:
        buf = memoryview(bytearray(_CHUNK))
        while n := f.readinto(buf):
            h.update(buf[:n])
    return h.hexdigest()


def _npy_header(f):
    """Return (shape, fortran_order, dtype) of the .npy file open as `f`, positioned after
    the header; ValueError when it is not a .npy file (numpy's header parser, which uses
    ast.literal_eval: nothing in a header is ever run)."""
    version = np.lib.format.read_magic(f)
    if version == (1, 0):
        return np.lib.format.read_array_header_1_0(f)
    if version == (2, 0):
        return np.lib.format.read_array_header_2_0(f)
    return np.lib.format._read_array_header(f, version)  # 3.0: a UTF-8 header


def read_npy(path, where, ref, ndim):
    """Return the read-only float64 array of the .npy file that `ref` ({"npy": NAME,
    "sha256": HEX}, at JSON path `where` of fixture `path`) names, or raise FixtureError.

    NAME is relative to the fixture's folder and may not leave it. The file must be a .npy
    file of little-endian float64 ('<f8') in C order, with `ndim` dimensions, exactly as
    long as its header says, and its bytes must have the SHA-256 given; its shape is then
    checked against the network's table by the caller, as a JSON array's is. Files larger
    than MMAP_BYTES are memory-mapped (mode "r"), others read whole; pickles are never
    loaded, and nothing is ever written."""
    name = ref["npy"]
    def fail(message):
        raise FixtureError(path, where, f"{name!r}: {message}")
    parts = re.split(r"[/\\]", name)
    if (os.path.isabs(name) or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name)
            or ".." in parts):
        fail("leaves the fixture's folder: give a file name relative to it, without ..")
    if not name.endswith(".npy"):
        fail("not a .npy file (the name must end in .npy)")
    file = Path(path).parent / name
    try:
        size = file.stat().st_size
        with open(file, "rb") as f:
            try:
                shape, fortran, dtype = _npy_header(f)
            except (ValueError, SyntaxError, EOFError) as e:
                fail(f"not a .npy file: {str(e).splitlines()[0] if str(e) else type(e).__name__}")
            offset = f.tell()
    except OSError as e:
        fail(f"cannot read: {e.strerror or e}")
    if dtype.hasobject:
        fail(f"holds Python objects (dtype {dtype.str}, a pickle): fixtures hold float64 "
             "numbers only, and pickles are never loaded")
    if dtype.kind == "f" and dtype.itemsize == 8 and dtype.byteorder == ">":
        fail("big-endian float64 ('>f8'): write it little-endian ('<f8'), e.g. "
             "a.astype('<f8')")
    if dtype != _F8:
        fail(f"dtype {dtype.str} ({dtype.name}): fixtures hold little-endian float64 "
             "('<f8'); convert with a.astype('<f8')")
    if fortran:
        fail("Fortran order (fortran_order True): write it in C order, e.g. "
             "np.ascontiguousarray(a)")
    need = offset + 8 * int(np.prod(shape, dtype=np.int64))
    if size < need:
        fail(f"truncated: {size - offset} bytes of data, shape {_shape_text(shape)} needs "
             f"{need - offset}")
    if size > need:
        fail(f"{size - need} bytes after the data of shape {_shape_text(shape)}")
    if len(shape) != ndim:
        kinds = {0: "a number", 1: "a vector", 2: "a matrix"}
        fail(f"shape {_shape_text(shape)} ({len(shape)} dimensions): expected "
             f"{kinds.get(ndim, f'{ndim} dimensions')}")
    try:
        with open(file, "rb") as f:  # one read (or map) of the file: the bytes hashed are used
            buf = (mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if size > MMAP_BYTES
                   else f.read())
    except (OSError, ValueError) as e:
        fail(f"cannot read: {getattr(e, 'strerror', None) or e}")
    if len(buf) != size:
        fail("changed while it was read")
    h, view = hashlib.sha256(), memoryview(buf)
    for start in range(0, size, _CHUNK):  # hashing a mapped chunk also faults its pages in
        h.update(view[start:start + _CHUNK])
    view.release()
    if h.hexdigest() != ref["sha256"]:
        fail(f"checksum mismatch: the file's SHA-256 is {h.hexdigest()}, the fixture says "
             f"{ref['sha256']} (the file changed since the fixture was written)")
    # A read-only buffer (bytes, or a read-only map) gives a read-only array.
    return np.frombuffer(buf, dtype=_F8, count=(need - offset) // 8, offset=offset).reshape(shape)


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


def _binary(path, doc, threshold):
    """Return (doc with every array of more than `threshold` numbers replaced by a
    {"npy": NAME, "sha256": None} object, {NAME: float64 C-order array})."""
    out, files = dict(doc), {}

    def place(where, value):
        if isinstance(value, dict) or value is None:
            return value  # already a reference, or no output
        try:
            a = np.asarray(value)
        except ValueError:  # ragged: written as it is, for load() to say where
            return value
        if a.dtype.kind not in "fiub" or a.size <= threshold:
            return value
        a = np.asarray(a, dtype=_F8, order="C")  # (ascontiguousarray makes a 0-d array 1-d)
        if not np.isfinite(a).all():
            raise ValueError(f"{path}: {where} holds NaN or Infinity; fixtures hold finite "
                             "numbers only")
        name = f"{path.stem}.{where}.npy"
        files[name] = a
        return {"npy": name, "sha256": None}

    for section in ("data", "init"):
        if isinstance(out.get(section), dict):
            out[section] = {k: place(f"{section}.{k}", v) for k, v in out[section].items()}
    if isinstance(out.get("gold"), dict):
        gold = out["gold"] = dict(out["gold"])
        if isinstance(gold.get("params"), dict):
            gold["params"] = {k: place(f"gold.params.{k}", v) for k, v in gold["params"].items()}
        for key in ("output", "loss"):
            if key in gold:
                gold[key] = place(f"gold.{key}", gold[key])
    return out, files


def _referenced(path):
    """Return the .npy names that the fixture at `path` refers to (none if unreadable)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        sections = [doc.get("data", {}), doc.get("init", {}), doc["gold"].get("params", {}),
                    {k: doc["gold"].get(k) for k in ("output", "loss")}]
        return {v["npy"] for section in sections for v in section.values()
                if isinstance(v, dict) and isinstance(v.get("npy"), str)}
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return set()


def write(path, doc, force=False, binary_threshold=None):
    """Write `doc` to `path` atomically; refuse to replace an existing file unless `force`.

    An array of more than `binary_threshold` numbers (None: BINARY_THRESHOLD, 10 000) is
    written as a .npy file beside the JSON, named "<fixture>.<section>.<name>.npy"
    ("big.data.X.npy", "big.gold.params.W1.npy", "big.gold.loss.npy"), and the JSON holds
    {"npy": NAME, "sha256": HEX} in its place. Every file is first written whole to a
    temporary file in the same folder; only then are they renamed into place, the JSON
    last: a failure before the renames leaves the old files as they were and no temporary
    file behind (a reader between two renames sees a checksum mismatch, never wrong
    numbers). With `force`, .npy files that the old fixture referred to and the new one does
    not are removed after. Without `force`, an existing .npy file to be written is refused
    as the JSON is."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExistsError(f"{path}: exists; pass --force to overwrite")
    threshold = BINARY_THRESHOLD if binary_threshold is None else binary_threshold
    doc, arrays = _binary(path, doc, threshold)
    for name in arrays:
        if (path.parent / name).exists() and not force:
            raise FileExistsError(f"{path.parent / name}: exists; pass --force to overwrite")
    text = dump(doc)  # raises ValueError on NaN or Infinity before anything is written
    old = _referenced(path) if path.exists() else set()
    path.parent.mkdir(parents=True, exist_ok=True)
    temps = []  # (temporary file, final path), the JSON last

    def temp(final):
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{final.name}.", suffix=".tmp")
        temps.append((tmp, final))
        return fd, tmp

    try:
        for name, a in arrays.items():
            fd, tmp = temp(path.parent / name)
            with os.fdopen(fd, "wb") as f:
                np.lib.format.write_array(f, a, allow_pickle=False)
            doc_ref = _find_ref(doc, name)
            doc_ref["sha256"] = _sha256(tmp)
            os.chmod(tmp, 0o644)
        if arrays:
            text = dump(doc)
        fd, tmp = temp(path)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o644)
        for tmp, final in temps:
            os.replace(tmp, final)
    except BaseException:
        for tmp, _ in temps:
            if os.path.exists(tmp):
                os.unlink(tmp)
        raise
    for name in sorted(old - set(arrays)):
        stale = path.parent / name
        if ".." not in name and not os.path.isabs(name) and name.startswith(f"{path.stem}.") \
                and stale.is_file():
            stale.unlink()


def _find_ref(doc, name):
    """Return the {"npy": name, ...} object in `doc` (written by _binary)."""
    for section in (doc.get("data", {}), doc.get("init", {}), doc["gold"].get("params", {}),
                    doc["gold"]):
        for v in section.values():
            if isinstance(v, dict) and v.get("npy") == name:
                return v
    raise KeyError(name)
