"""Networks declared in TOML: the one source of a network's contract, for every network.

A project declares its networks under [tool.nnparity] in pyproject.toml, or at the top level
of nnparity.toml, found from a folder upwards as pytest finds its configuration. nnparity's
own four networks are declared the same way, in bundled.toml beside this module. Every key is
documented in the README ("Checking your own network"). A bad declaration is one
DeclarationError naming the file, the table and the key.
"""

import difflib
import functools
import importlib.util
import inspect
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .compare import ATOL, RTOL

BUNDLED = Path(__file__).resolve().parent / "bundled.toml"
CONFIG_NAMES = ("nnparity.toml", "pyproject.toml")  # nnparity.toml first, as pytest.ini is

TOP_KEYS = {"fixtures", "networks"}
KEYS = {"description", "python", "r", "reference", "data", "params", "hyper", "epochs",
        "input", "output", "functions", "rtol", "atol", "tolerance", "sizes", "defaults",
        "draw", "names", "intermediates", "article"}
REQUIRED = ("python", "r", "reference", "data", "params", "hyper")
SIDES = ("python", "r")
FUNCTIONS = ("train", "predict", "step")
DISTRIBUTIONS = {"uniform": 2, "normal": 2, "bernoulli": 1, "onehot": 0, "zeros": 0}
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*$")
LETTER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
NETWORK_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # as the fixture schema says


class DeclarationError(Exception):
    """A declaration that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path, table, key, message):
        where = f"[{table}]" + (f": {key}" if key else "")
        super().__init__(f"{path}: {where}: {message}")


def _nearest(word, choices):
    near = difflib.get_close_matches(word, sorted(choices), n=1)
    return f" (did you mean '{near[0]}'?)" if near else ""


@dataclass(frozen=True)
class Network:
    """One declared network: its contract, both sides' files and where its fixtures live."""
    name: str
    config: Path                 # the file that declares it
    table: str                   # its table's name there, for messages
    files: dict                  # "python" -> Path (or module name), "r" -> tuple of Paths
    reference: str               # "python" or "r": the side that is right
    data: dict                   # name -> symbolic shape (tuple of letters and ints)
    params: dict
    hyper: dict                  # name -> "rate" or "count"
    epochs: str                  # the count of epochs
    input: str | None            # predict()'s input, or None: no predict, no output
    output: tuple | None         # predict()'s result shape
    functions: dict              # side -> {"train": name, "predict": name, "step": name}
    rtol: float = RTOL
    atol: float = ATOL
    tolerance: dict = field(default_factory=dict)   # quantity -> (rtol, atol)
    sizes: dict = field(default_factory=dict)
    defaults: dict = field(default_factory=dict)
    draw: dict = field(default_factory=dict)
    names: dict = field(default_factory=dict)       # reference name -> port name
    intermediates: tuple = ()
    article: dict = field(default_factory=dict)     # hyper -> values the source's own runs use
    description: str = ""
    fixtures: Path | None = None                    # the folder of its fixtures

    # The contract under the names the harness has always used.
    DATA = property(lambda self: self.data)
    PARAMS = property(lambda self: self.params)
    HYPER = property(lambda self: self.hyper)
    EPOCHS = property(lambda self: self.epochs)
    INPUT = property(lambda self: self.input)
    OUTPUT = property(lambda self: self.output)
    INTERMEDIATES = property(lambda self: self.intermediates)

    @property
    def port_side(self):
        return "r" if self.reference == "python" else "python"

    def contract(self):
        """Return the names train() takes, in order."""
        return [*self.data, *self.params, *self.hyper]

    def tolerances(self, quantity, rtol=None, atol=None):
        """Return (rtol, atol) for `quantity`: given ones first, then the declaration's."""
        q_rtol, q_atol = self.tolerance.get(quantity, (self.rtol, self.atol))
        return (q_rtol if rtol is None else rtol), (q_atol if atol is None else atol)

    @property
    def python_module(self):
        return _python_module(self)

    @property
    def train(self):
        return self._python_function("train")

    @property
    def predict(self):
        return self._python_function("predict", required=False)

    @property
    def step(self):
        return self._python_function("step", required=False)

    def _python_function(self, kind, required=True):
        name = self.functions["python"][kind]
        f = getattr(self.python_module, name, None)
        if f is None and required:
            raise self.error("python", f"{self.files['python']} defines no function {name}()")
        return f

    def error(self, key, message):
        return DeclarationError(self.config, self.table, key, message)

    def check_python_arguments(self):
        """Raise DeclarationError when the Python train() takes other names than declared."""
        check_arguments(self, "python", list(inspect.signature(self.train).parameters))

    def shown(self, side):
        """Return the side's files as the user wrote them (for reports)."""
        value = self.files[side]
        return value if isinstance(value, str) else ", ".join(map(str, value))

    def __hash__(self):
        return hash((self.name, self.config))

    def __eq__(self, other):
        return isinstance(other, Network) and (self.name, self.config) == (other.name,
                                                                           other.config)


def check_arguments(net, side, names):
    """Raise DeclarationError when train()'s argument names are not the declared ones."""
    names = [n for n in names if n not in ("...", "args", "kwargs")]
    want = net.contract()
    if set(names) != set(want):
        missing = [n for n in want if n not in names]
        extra = [n for n in names if n not in want]
        detail = "; ".join(filter(None, [missing and f"missing {', '.join(missing)}",
                                         extra and f"unexpected {', '.join(extra)}"]))
        raise net.error(side, f"{net.functions[side]['train']}() takes ({', '.join(names)}), "
                              f"not the declared names ({detail})")


@functools.cache
def _python_module(net):
    target = net.files["python"]
    if isinstance(target, str):  # an importable module's name
        try:
            return importlib.import_module(target)
        except ImportError as e:
            raise net.error("python", f"cannot import {target}: {e}") from None
    spec = importlib.util.spec_from_file_location(f"nnparity_network_{net.name}", target)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(target.parent))  # the file may import its siblings
    try:
        spec.loader.exec_module(module)
    except Exception as e:  # the user's code raised while loading
        raise net.error("python", f"{target}: cannot load: {type(e).__name__}: {e}") from None
    finally:
        sys.path.remove(str(target.parent))
    return module


# Reading a declaration.

def _shape(path, table, key, name, value):
    if not isinstance(value, list) or not all(
            (isinstance(d, str) and LETTER.match(d)) or
            (isinstance(d, int) and not isinstance(d, bool) and d >= 1) for d in value):
        raise DeclarationError(path, table, f"{key}.{name}",
                               f"{value!r} is not a shape: a list of letters and positive "
                               "integers ([] a scalar, [\"n\"] a vector, [\"n\", \"f\"] a matrix)")
    if len(value) > 2:
        raise DeclarationError(path, table, f"{key}.{name}",
                               f"{len(value)} dimensions: a shape has at most 2")
    return tuple(value)


def _table(path, table, key, value):
    if not isinstance(value, dict):
        raise DeclarationError(path, table, key, f"must be a table, not {type(value).__name__}")
    return value


def _number(path, table, key, value, positive=False):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (
            positive and value == 0):
        raise DeclarationError(path, table, key, f"{value!r} is not a "
                               f"{'positive' if positive else 'non-negative'} number")
    return float(value)


def _files(path, table, key, value, root):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise DeclarationError(path, table, key, "must be a file name or a list of file names")
    if key == "python" and len(value) == 1 and not value[0].endswith(".py"):
        if not NAME.match(value[0]):
            raise DeclarationError(path, table, key, f"{value[0]!r} is neither a .py file "
                                   "nor a module name")
        return value[0]  # a module to import
    files = []
    for v in value:
        f = (root / v).resolve()
        suffixes = (".py",) if key == "python" else (".R", ".r")
        if f.suffix not in suffixes:
            raise DeclarationError(path, table, key, f"{v}: not a {' or '.join(suffixes)} file")
        if not f.is_file():
            raise DeclarationError(path, table, key, f"{v}: no such file (looked in {root})")
        files.append(f)
    if key == "python":
        if len(files) != 1:
            raise DeclarationError(path, table, key, "the Python side is one file")
        return files[0]
    return tuple(files)


def _network(path, root, name, t, fixtures_dir):
    table = f"tool.nnparity.networks.{name}" if path.name == "pyproject.toml" else f"networks.{name}"
    if not NETWORK_NAME.match(name):
        raise DeclarationError(path, table, None, f"'{name}' is not a network name (lower-case "
                               "letters, digits and _, starting with a letter)")
    _table(path, table, None, t)
    for key in t:
        if key not in KEYS:
            raise DeclarationError(path, table, key, "unknown key" + _nearest(key, KEYS))
    for key in REQUIRED:
        if key not in t:
            raise DeclarationError(path, table, key, "missing (required)")
    reference = t["reference"]
    if reference not in SIDES:
        raise DeclarationError(path, table, "reference",
                               f"{reference!r} is neither \"python\" nor \"r\"")
    files = {side: _files(path, table, side, t[side], root) for side in SIDES}
    data = {k: _shape(path, table, "data", k, v)
            for k, v in _table(path, table, "data", t["data"]).items()}
    params = {k: _shape(path, table, "params", k, v)
              for k, v in _table(path, table, "params", t["params"]).items()}
    hyper = dict(_table(path, table, "hyper", t["hyper"]))
    for section, values in (("data", data), ("params", params)):
        if not values:
            raise DeclarationError(path, table, section, "declares no names")
    for k, kind in hyper.items():
        if kind not in ("rate", "count"):
            raise DeclarationError(path, table, f"hyper.{k}",
                                   f"{kind!r} is neither \"rate\" nor \"count\"")
    seen = {}
    for section, values in (("data", data), ("params", params), ("hyper", hyper)):
        for k in values:
            if k in seen:
                raise DeclarationError(path, table, f"{section}.{k}",
                                       f"'{k}' is declared in {seen[k]} too")
            if k == "loss":
                raise DeclarationError(path, table, f"{section}.{k}",
                                       "'loss' is train()'s per-epoch loss, not an argument")
            seen[k] = section
    counts = [k for k, kind in hyper.items() if kind == "count"]
    epochs = t.get("epochs")
    if epochs is None:
        if len(counts) != 1:
            raise DeclarationError(path, table, "epochs", "missing: say which count counts "
                                   f"epochs ({', '.join(counts) or 'no hyper is a count'})")
        epochs = counts[0]
    elif epochs not in counts:
        raise DeclarationError(path, table, "epochs", f"{epochs!r} is not a \"count\" in hyper")
    letters = {d for shape in [*data.values(), *params.values()] for d in shape
               if isinstance(d, str)}
    input_, output = t.get("input"), None
    if input_ is not None and input_ not in data:
        raise DeclarationError(path, table, "input",
                               f"{input_!r} is not one of data ({', '.join(data)})")
    if "output" in t:
        if input_ is None:
            raise DeclarationError(path, table, "output", "needs input: predict()'s argument")
        output = _shape(path, table, "output", "", t["output"]) if t["output"] != [] else ()
        unbound = [d for d in output if isinstance(d, str) and d not in letters]
        if unbound:
            raise DeclarationError(path, table, "output", f"size '{unbound[0]}' appears in no "
                                   "shape of data or params")
    elif input_ is not None:
        raise DeclarationError(path, table, "output", "missing: predict()'s result shape")
    functions = {side: dict(zip(FUNCTIONS, FUNCTIONS)) for side in SIDES}
    given = _table(path, table, "functions", t.get("functions", {}))
    for key, value in given.items():
        per_side = {key: value} if key in SIDES else {s: {key: value} for s in SIDES}
        for side, names in per_side.items():
            for kind, fname in _table(path, table, f"functions.{key}", names).items():
                if kind not in FUNCTIONS:
                    raise DeclarationError(path, table, f"functions.{key}",
                                           f"unknown function '{kind}' (known: "
                                           f"{', '.join(FUNCTIONS)}, or python / r)")
                if not isinstance(fname, str) or not NAME.match(fname):
                    raise DeclarationError(path, table, f"functions.{key}.{kind}",
                                           f"{fname!r} is not a function name")
                functions[side][kind] = fname
    rtol = _number(path, table, "rtol", t.get("rtol", RTOL))
    atol = _number(path, table, "atol", t.get("atol", ATOL))
    tolerance = {}
    quantities = [*params, "output", "loss"]
    for q, v in _table(path, table, "tolerance", t.get("tolerance", {})).items():
        if q not in quantities:
            raise DeclarationError(path, table, f"tolerance.{q}", "not a quantity (one of "
                                   f"{', '.join(quantities)})" + _nearest(q, quantities))
        v = _table(path, table, f"tolerance.{q}", v)
        for k in v:
            if k not in ("rtol", "atol"):
                raise DeclarationError(path, table, f"tolerance.{q}.{k}", "unknown key "
                                       "(rtol, atol)")
        tolerance[q] = (_number(path, table, f"tolerance.{q}.rtol", v.get("rtol", rtol)),
                        _number(path, table, f"tolerance.{q}.atol", v.get("atol", atol)))
    sizes = {}
    for k, v in _table(path, table, "sizes", t.get("sizes", {})).items():
        if k not in letters:
            raise DeclarationError(path, table, f"sizes.{k}", "not a size of any shape "
                                   f"({', '.join(sorted(letters))})")
        if isinstance(v, bool) or not isinstance(v, int) or v < 1:
            raise DeclarationError(path, table, f"sizes.{k}", f"{v!r} is not a positive integer")
        sizes[k] = v
    defaults = {}
    for k, v in _table(path, table, "defaults", t.get("defaults", {})).items():
        if k not in hyper:
            raise DeclarationError(path, table, f"defaults.{k}", f"not a hyperparameter "
                                   f"({', '.join(hyper)})")
        ok = (isinstance(v, int) and not isinstance(v, bool) and v >= 0 if hyper[k] == "count"
              else isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0)
        if not ok:
            raise DeclarationError(path, table, f"defaults.{k}", f"{v!r} is not a "
                                   f"{'whole number' if hyper[k] == 'count' else 'positive rate'}")
        defaults[k] = v
    draw = {}
    for k, v in _table(path, table, "draw", t.get("draw", {})).items():
        if k not in data and k not in params:
            raise DeclarationError(path, table, f"draw.{k}", "not a name in data or params")
        draw[k] = parse_distribution(v, lambda m: DeclarationError(path, table, f"draw.{k}", m))
    names = {}
    for k, v in _table(path, table, "names", t.get("names", {})).items():
        if k not in seen:
            raise DeclarationError(path, table, f"names.{k}", "not a declared name")
        if not isinstance(v, str) or not LETTER.match(v):
            raise DeclarationError(path, table, f"names.{k}", f"{v!r} is not a variable name")
        names[k] = v
    intermediates = t.get("intermediates", [])
    if not isinstance(intermediates, list) or not all(isinstance(v, str) for v in intermediates):
        raise DeclarationError(path, table, "intermediates", "must be a list of names")
    article = {}
    for k, v in _table(path, table, "article", t.get("article", {})).items():
        if k not in hyper:
            raise DeclarationError(path, table, f"article.{k}", "not a hyperparameter")
        if not isinstance(v, list) or not all(isinstance(x, (int, float)) and
                                              not isinstance(x, bool) for x in v):
            raise DeclarationError(path, table, f"article.{k}", "must be a list of numbers")
        article[k] = v
    description = t.get("description", "")
    if not isinstance(description, str):
        raise DeclarationError(path, table, "description", "must be a string")
    return Network(name, path, table, files, reference, data, params, hyper, epochs, input_,
                   output, functions, rtol, atol, tolerance, sizes, defaults, draw, names,
                   tuple(intermediates), article, description,
                   None if fixtures_dir is None else fixtures_dir / name)


def parse_distribution(text, error):
    """Return (name, parameters) of a distribution such as "normal(0, 0.5)"; raise error(msg)."""
    m = re.fullmatch(r"\s*([a-z]+)\s*(?:\(([^()]*)\))?\s*", text) if isinstance(text, str) else None
    if not m or m.group(1) not in DISTRIBUTIONS:
        raise error(f"{text!r} is not a distribution (known: uniform(a, b), normal(mean, sd), "
                    "bernoulli(p), onehot, zeros)")
    name, inner = m.group(1), m.group(2)
    try:
        values = tuple(float(x) for x in inner.split(",")) if inner and inner.strip() else ()
    except ValueError:
        raise error(f"{text!r}: parameters must be numbers") from None
    if len(values) != DISTRIBUTIONS[name]:
        raise error(f"{text!r}: {name} takes {DISTRIBUTIONS[name]} parameters")
    return name, values


@dataclass(frozen=True)
class Project:
    """A configuration file's declarations: its networks, and where its fixtures live."""
    config: Path
    networks: dict               # name -> Network
    fixtures: tuple              # folders of fixtures


def _read_toml(path):
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise DeclarationError(path, "toml", None, f"not valid TOML: {e}") from None
    except OSError as e:
        raise DeclarationError(path, "file", None, f"cannot read: {e.strerror}") from None


@functools.cache
def read(path):
    """Return the Project declared in `path` (pyproject.toml or nnparity.toml), or None when
    a pyproject.toml has no [tool.nnparity]; raise DeclarationError."""
    path = Path(path).resolve()
    doc = _read_toml(path)
    if path.name == "pyproject.toml":
        tool = doc.get("tool", {})
        if not isinstance(tool, dict) or "nnparity" not in tool:
            return None
        top, prefix = tool["nnparity"], "tool.nnparity"
    else:
        top, prefix = doc, "nnparity.toml"
    _table(path, prefix, None, top)
    for key in top:
        if key not in TOP_KEYS:
            raise DeclarationError(path, prefix, key, "unknown key" + _nearest(key, TOP_KEYS))
    root = path.parent
    given = top.get("fixtures", "parity")
    given = [given] if isinstance(given, str) else given
    if not isinstance(given, list) or not all(isinstance(g, str) for g in given) or not given:
        raise DeclarationError(path, prefix, "fixtures", "must be a folder or a list of folders")
    folders = tuple((root / g).resolve() for g in given)
    networks = _table(path, prefix, "networks", top.get("networks", {}))
    if not networks:
        raise DeclarationError(path, prefix, "networks", "declares no network")
    return Project(path, {name: _network(path, root, name, t, folders[0])
                          for name, t in networks.items()}, folders)


def find(start=None):
    """Return the configuration file that declares networks, from `start` (default: the
    current folder) upwards: the first nnparity.toml, or pyproject.toml with [tool.nnparity]."""
    here = Path(start or Path.cwd()).resolve()
    for folder in [here, *here.parents] if here.is_dir() else here.parents:
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file() and (name == "nnparity.toml" or read(candidate) is not None):
                return candidate
    return None


def bundled():
    """Return the Project of nnparity's own four networks."""
    return read(BUNDLED)


def project(start=None):
    """Return the user's Project found from `start` upwards, or None."""
    config = find(start)
    return None if config is None else read(config)


def registry(start=None):
    """Return name -> Network: the bundled networks, and the project's found from `start`,
    which take precedence over a bundled network of the same name."""
    nets = dict(bundled().networks)
    found = project(start)
    if found is not None:
        nets.update(found.networks)
    return nets


def network_for(name, path=None):
    """Return the Network `name` as seen from `path` (a fixture, a folder), or None."""
    return registry(Path(path).parent if path and Path(path).is_file() else path).get(name)


def __getattr__(name):
    """NETWORKS: the bundled networks by name, for tests and tools (the harness itself looks
    networks up through a fixture or registry(), never by a bundled name)."""
    if name == "NETWORKS":
        return bundled().networks
    raise AttributeError(name)
