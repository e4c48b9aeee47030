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
import json
import keyword
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: the same parser, as a package
    import tomli as tomllib

from .compare import ATOL, RTOL

BUNDLED = Path(__file__).resolve().parent / "bundled.toml"
CONFIG_NAMES = ("nnparity.toml", "pyproject.toml")  # nnparity.toml first, as pytest.ini is

TOP_KEYS = {"fixtures", "networks"}
KEYS = {"description", "python", "r", "reference", "data", "params", "hyper", "epochs",
        "input", "output", "functions", "rtol", "atol", "tolerance", "sizes", "defaults",
        "draw", "names", "intermediates", "article"}
REQUIRED = ("python", "r", "reference", "data", "params", "hyper")
WANTED = {  # what a missing required key would have said
    "python": "the Python side, a .py file (or a module name) defining train()",
    "r": "the R side, a .R file (or a list of them) defining train()",
    "reference": "the side that is right, \"python\" or \"r\"",
    "data": "train()'s data and their shapes, e.g. data = {X = [\"n\", \"f\"], y = [\"n\", 1]}",
    "params": "train()'s parameters and their shapes, e.g. params = {W = [\"f\", 1]}",
    "hyper": "train()'s hyperparameters, e.g. hyper = {lr = \"rate\", epochs = \"count\"}",
}
SIDES = ("python", "r")
FUNCTIONS = ("train", "predict", "step")
DISTRIBUTIONS = {"uniform": 2, "normal": 2, "bernoulli": 1, "onehot": 0, "zeros": 0}
USAGE = {"uniform": "uniform(a, b)", "normal": "normal(mean, sd)", "bernoulli": "bernoulli(p)",
         "onehot": "onehot", "zeros": "zeros"}
KNOWN_DISTRIBUTIONS = ", ".join(USAGE.values())
NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*$")
LETTER = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
MODULE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
NETWORK_NAME = re.compile(r"^[a-z][a-z0-9_]*$")  # as the fixture schema says
R_RESERVED = {"if", "else", "repeat", "while", "function", "for", "next", "break", "in",
              "TRUE", "FALSE", "NULL", "Inf", "NaN", "NA", "NA_integer_", "NA_real_",
              "NA_character_", "NA_complex_"}
SHAPES = "a list of sizes, letters or positive integers ([] a scalar, [\"n\"] a vector, " \
         "[\"n\", \"f\"] a matrix)"


class DeclarationError(Exception):
    """A declaration that cannot be used; str() is the one-line message for the user:
    `FILE: [TABLE]: KEY: message`, without the table where there is none (a TOML syntax
    error, the top level of nnparity.toml) and without the key where the table is at fault."""

    def __init__(self, path, table, key, message):
        self.path, self.table, self.key = path, table, key
        self.message = str(message).replace("\r", " ").replace("\n", " ")
        where = "".join(f"{w}: " for w in (table and f"[{table}]", key) if w)
        super().__init__(f"{path}: {where}{self.message}")

    def __reduce__(self):  # to cross from a worker process intact
        return type(self), (self.path, self.table, self.key, self.message)


def _nearest(word, choices):
    near = difflib.get_close_matches(str(word), sorted(choices), n=1)
    if not near:  # "Python" for "python": close matches miss a change of case
        near = [c for c in sorted(choices) if c.lower() == str(word).lower()]
    return f" (did you mean '{near[0]}'?)" if near else ""


def _show(value):
    """Return `value` as TOML would write it: "n", [1, "h"], true, 1.5."""
    try:
        return json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):  # a date or time
        return str(value)


def _kind(value):
    """Return the TOML name of `value`'s type, with its article: 'a string', 'an array'."""
    for t, name in ((bool, "a boolean"), (str, "a string"), (int, "an integer"),
                    (float, "a float"), (list, "an array"), (dict, "a table")):
        if isinstance(value, t):
            return name
    return "a date or time"


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

    def renamed(self, side):
        """Return declared name -> the name `side` uses for it, where they differ: the
        declaration's `names` for the port side, {} for the reference."""
        return dict(self.names) if side == self.port_side else {}

    def side_contract(self, side):
        """Return the names `side`'s train() takes, in order: the port's under `names`."""
        rename = self.renamed(side)
        return [rename.get(n, n) for n in self.contract()]

    def adapt(self, side, f):
        """Return the Python function `f` of `side` called, and answering, under the
        declared names: named arguments renamed to `side`'s names on the way in, a
        returned dict's keys back to the declared ones on the way out. `f` itself when
        `side` uses the declared names."""
        names = self.renamed(side)
        if not names:
            return f
        back = {v: k for k, v in names.items()}

        def adapted(*args, **kwargs):  # positional arguments are f's own, in its order
            value = f(*args, **{names.get(k, k): v for k, v in kwargs.items()})
            return ({back.get(k, k): v for k, v in value.items()} if isinstance(value, dict)
                    else value)
        adapted.__name__ = adapted.__qualname__ = getattr(f, "__name__", "train")
        return adapted

    def tolerances(self, quantity, rtol=None, atol=None):
        """Return (rtol, atol) for `quantity`: given ones first, then the declaration's."""
        q_rtol, q_atol = self.tolerance.get(quantity, (self.rtol, self.atol))
        return (q_rtol if rtol is None else rtol), (q_atol if atol is None else atol)

    @property
    def python_module(self):
        return _python_module(self)

    @property
    def train(self):
        """The Python train() under the declared names, its arguments checked against the
        declaration on first use."""
        _checked_python_arguments(self)
        return self.adapt("python", self._python_function("train"))

    @property
    def predict(self):
        f = self._python_function("predict", required=False)
        return f and self.adapt("python", f)

    @property
    def step(self):
        f = self._python_function("step", required=False)
        return f and self.adapt("python", f)

    def _python_function(self, kind, required=True):
        name = self.functions["python"][kind]
        f = getattr(self.python_module, name, None)
        if not callable(f):
            if required:
                raise self.error("python", f"{_relative(self, 'python')} defines no function "
                                           f"{name}()")
            return None
        return f

    def error(self, key, message):
        return DeclarationError(self.config, self.table, key, message)

    def check_python_arguments(self):
        """Raise DeclarationError when the Python train() takes other names than declared."""
        f = self._python_function("train")
        try:
            parameters = inspect.signature(f).parameters.values()
        except (TypeError, ValueError):  # a builtin without a signature: nothing to check
            return
        want = self.side_contract("python")
        names = []
        for p in parameters:
            if p.kind is p.VAR_KEYWORD:
                names.append("...")  # takes any name
            elif p.kind is p.POSITIONAL_ONLY and p.default is p.empty:
                raise self.error("python", f"{_relative(self, 'python')}: {f.__name__}() takes "
                                           f"{p.name} by position only; train() is called "
                                           "with named arguments")
            elif p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and (
                    p.default is p.empty or p.name in want):
                names.append(p.name)  # one with a default is harmless unless declared
        check_arguments(self, "python", names)

    def shown(self, side):
        """Return the side's files as the user wrote them (for reports)."""
        value = self.files[side]
        if isinstance(value, (str, Path)):
            return str(value)
        return ", ".join(map(str, value))

    def __hash__(self):
        return hash((self.name, self.config))

    def __eq__(self, other):
        return isinstance(other, Network) and (self.name, self.config) == (other.name,
                                                                           other.config)


@functools.cache
def _checked_python_arguments(net):
    net.check_python_arguments()


def check_arguments(net, side, names):
    """Raise DeclarationError when train()'s argument names (`names`, in order; "..." for
    R's ... or Python's **kwargs, which take any name) are not the declared ones."""
    anything = "..." in names
    names = [n for n in names if n != "..."]
    want = net.side_contract(side)
    missing = [] if anything else [n for n in want if n not in names]
    extra = [n for n in names if n not in want]
    if missing or extra:
        rename = net.renamed(side)
        section = {rename.get(n, n): s for s in ("data", "params", "hyper")
                   for n in getattr(net, s)}
        detail = "; ".join(filter(None, [
            missing and "missing " + ", ".join(f"{n} ({section[n]})" for n in missing),
            extra and f"{', '.join(extra)} {'is' if len(extra) == 1 else 'are'} not declared"]))
        fname = net.functions[side]["train"]
        raise net.error(side, f"{_relative(net, side)}: {fname}({', '.join(names)}) does not "
                              f"take the declared arguments: {detail}")


def _relative(net, side):
    """Return the side's files as written in the declaration, relative to its folder."""
    value = net.files[side]
    if isinstance(value, str):
        return value
    root = net.config.parent
    return ", ".join(str(f.relative_to(root)) if f.is_relative_to(root) else str(f)
                     for f in ((value,) if isinstance(value, Path) else value))


def check_r_arguments(net, session, train=None):
    """Raise DeclarationError when the R train() takes other names than declared.

    `session` is the runners.RSession whose R holds the network's R files; `train` an R
    function to check in place of the network's own. A formal with a default that is not
    declared is harmless (nothing passes it) and allowed, as is `...`."""
    if train is None:  # the function itself, not session.function()'s renaming wrapper
        env, name = session.environment(net), net.functions["r"]["train"]
        if name not in env:
            raise net.error("r", f"{_relative(net, 'r')} defines no function {name}()")
        train = env[name]
    formals = session._ro.r["formals"](train)
    names = []
    pairs = () if formals is session._ro.NULL else zip(formals.names, formals)
    for name, value in pairs:
        default = value[0]
        empty = type(default).__name__ == "SexpSymbol" and str(default) == ""
        if name == "..." or empty or name in net.side_contract("r"):
            names.append(name)
    check_arguments(net, "r", names)


@functools.cache
def _python_module(net):
    target = net.files["python"]
    if isinstance(target, str):  # an importable module's name
        try:
            return importlib.import_module(target)
        except ImportError as e:
            near = net.config.parent / f"{target.replace('.', '/')}.py"
            hint = (f" (for the file, write python = \"{near.relative_to(net.config.parent)}\")"
                    if near.is_file() else "")
            raise net.error("python", f"cannot import {target}: {e}{hint}") from None
        except Exception as e:  # noqa: BLE001 -- the module raised while loading
            raise net.error("python", f"cannot import {target}: {type(e).__name__}: "
                                      f"{_first_line(e)}") from None
    spec = importlib.util.spec_from_file_location(f"nnparity_network_{net.name}", target)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(target.parent))  # the file may import its siblings
    try:
        spec.loader.exec_module(module)
    except Exception as e:  # noqa: BLE001 -- the user's code raised while loading
        raise net.error("python", f"{target}: cannot load: {type(e).__name__}: "
                                  f"{_first_line(e)}") from None
    finally:
        sys.path.remove(str(target.parent))
    return module


def _first_line(e):
    lines = str(e).strip().splitlines()
    return lines[0] if lines else ""


# Reading a declaration. Each helper takes `err(key, message)`, which makes the
# DeclarationError of the table being read.

def _table(err, key, value, example=""):
    if not isinstance(value, dict):
        raise err(key, f"{_show(value)} is {_kind(value)}, not a table" +
                  (f": write {example}" if example else ""))
    return value


def _shape(err, key, value):
    if not isinstance(value, list):
        raise err(key, f"{_show(value)} is {_kind(value)}, not a shape: {SHAPES}")
    for d in value:
        if not ((isinstance(d, str) and LETTER.match(d)) or (type(d) is int and d >= 1)):
            what = ("not a letter" if isinstance(d, str) else
                    "not positive" if type(d) is int else f"{_kind(d)}")
            raise err(key, f"{_show(value)}: {_show(d)} is {what}; a shape is {SHAPES}")
    if len(value) > 2:
        raise err(key, f"{_show(value)} has {len(value)} dimensions: a shape has at most 2")
    return tuple(value)


def _number(err, key, value):
    """Return a tolerance: a finite number, 0 or more."""
    if isinstance(value, str):
        raise err(key, f"{_show(value)} is a string: write the number without quotes")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise err(key, f"{_show(value)} is {_kind(value)}, not a number")
    if not math.isfinite(value) or value < 0:
        raise err(key, f"{value!r} is not a tolerance: a finite number, 0 or more")
    return float(value)


def _keys(err, given, known, prefix=""):
    for key in given:
        if key not in known:
            near = _nearest(key, known)
            raise err(f"{prefix}{key}", "unknown key" +
                      (near or f" (known: {', '.join(sorted(known))})"))


def _files(err, key, value, root):
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v
                                                           for v in value):
        raise err(key, f"{_show(value)}: must be a file name" +
                  ("" if key == "python" else " or a list of file names"))
    if key == "python" and len(value) == 1 and not value[0].endswith(".py"):
        v = value[0]
        if (root / v).exists():
            raise err(key, f"{v}: not a .py file")
        if not MODULE.match(v):
            raise err(key, f"{_show(v)} is neither a .py file nor a module name "
                           "(e.g. \"src/net.py\" or \"mypackage.net\")")
        return v  # a module to import
    files = []
    for v in value:
        f = (root / v).resolve()
        suffixes = (".py",) if key == "python" else (".R", ".r")
        if f.suffix not in suffixes:
            raise err(key, f"{v}: not a {' or '.join(suffixes)} file")
        if not f.is_file():
            raise err(key, f"{v}: no such file (looked in {root})")
        files.append(f)
    if key == "python":
        if len(files) != 1:
            raise err(key, "the Python side is one file (it may import its siblings)")
        return files[0]
    return tuple(files)


def _names(err, t):
    """Return (data, params, hyper) of a network's table `t`."""
    sections = {}
    for section in ("data", "params", "hyper"):
        values = _table(err, section, t[section], WANTED[section].split(", e.g. ")[1])
        if not values:
            raise err(section, f"declares no names: {WANTED[section]}")
        for name in values:
            if not NAME.match(name):
                raise err(f"{section}.{name}", f"{_show(name)} is not a variable name "
                                               "(letters, digits, _ and ., from a letter)")
        sections[section] = values
    data = {k: _shape(err, f"data.{k}", v) for k, v in sections["data"].items()}
    params = {k: _shape(err, f"params.{k}", v) for k, v in sections["params"].items()}
    hyper = dict(sections["hyper"])
    for k, kind in hyper.items():
        if not isinstance(kind, str):
            raise err(f"hyper.{k}", f"{_show(kind)} is {_kind(kind)}: hyper says what each is, "
                                    "\"rate\" or \"count\" (a value goes in defaults)")
        if kind not in ("rate", "count"):
            raise err(f"hyper.{k}", f"{_show(kind)} is neither \"rate\" (a positive number) "
                                    "nor \"count\" (a whole number)" +
                      _nearest(kind, ("rate", "count")))
    seen = {}
    for section, values in (("data", data), ("params", params), ("hyper", hyper)):
        for k in values:
            if k in seen:
                raise err(f"{section}.{k}", f"'{k}' is declared in {seen[k]} too: train()'s "
                                            "arguments have distinct names")
            if k == "loss":
                raise err(f"{section}.{k}", "'loss' is the name of train()'s per-epoch loss, "
                                            "not an argument: name it otherwise")
            seen[k] = section
    return data, params, hyper


def _epochs(err, t, hyper):
    counts = [k for k, kind in hyper.items() if kind == "count"]
    epochs = t.get("epochs")
    if epochs is None:
        if not counts:
            raise err("hyper", "no hyperparameter is a \"count\": train() needs the number of "
                               "epochs, e.g. hyper = {lr = \"rate\", epochs = \"count\"}")
        if len(counts) > 1:
            raise err("epochs", f"missing: {' and '.join(counts)} are counts, say which counts "
                                f"epochs, e.g. epochs = \"{counts[0]}\"")
        return counts[0]
    if not isinstance(epochs, str):
        raise err("epochs", f"{_show(epochs)} is {_kind(epochs)}: write the name of the "
                            f"hyperparameter that counts epochs ({', '.join(counts)})")
    if epochs not in hyper:
        raise err("epochs", f"'{epochs}' is not a hyperparameter" +
                  (_nearest(epochs, hyper) or f" ({', '.join(hyper)})"))
    if epochs not in counts:
        raise err("epochs", f"'{epochs}' is a \"{hyper[epochs]}\", not a \"count\": epochs "
                            "are counted by a whole number")
    return epochs


def _input_output(err, t, data, letters):
    input_, output = t.get("input"), None
    if input_ is not None:
        if not isinstance(input_, str):
            raise err("input", f"{_show(input_)} is {_kind(input_)}: write the name of the "
                               f"data predict() takes ({', '.join(data)})")
        if input_ not in data:
            raise err("input", f"'{input_}' is not one of data ({', '.join(data)})" +
                      _nearest(input_, data))
    if "output" in t:
        if input_ is None:
            raise err("output", "needs input, the data predict() takes, e.g. input = "
                                f"\"{next(iter(data))}\"")
        output = _shape(err, "output", t["output"])
        unbound = [d for d in output if isinstance(d, str) and d not in letters]
        if unbound:
            raise err("output", f"size '{unbound[0]}' appears in no shape of data or params "
                                f"({', '.join(sorted(letters)) or 'none has a letter'})")
    elif input_ is not None:
        raise err("output", "missing: input is declared, so predict()'s result shape is "
                            "needed, e.g. output = [\"n\", 1]")
    return input_, output


def _functions(err, t):
    functions = {side: dict(zip(FUNCTIONS, FUNCTIONS)) for side in SIDES}
    given = _table(err, "functions", t.get("functions", {}), "functions = {train = \"NAME\"}")
    for key, value in given.items():
        if key in SIDES:
            per_side = {key: _table(err, f"functions.{key}", value,
                                    f"functions.{key} = {{train = \"NAME\"}}")}
            prefix = f"functions.{key}."
        else:
            per_side, prefix = {s: {key: value} for s in SIDES}, "functions."
        for side, names in per_side.items():
            for kind, fname in names.items():
                if kind not in FUNCTIONS:
                    raise err(f"{prefix}{kind}", f"unknown function (known: "
                                                 f"{', '.join(FUNCTIONS)}, or python / r for "
                                                 "one language's)" + _nearest(kind, FUNCTIONS))
                if not isinstance(fname, str) or not NAME.match(fname) or (
                        side == "python" and not fname.isidentifier()):
                    raise err(f"{prefix}{kind}", f"{_show(fname)} is not a "
                                                 f"{'Python ' if side == 'python' else ''}"
                                                 "function name")
                functions[side][kind] = fname
    return functions


def _tolerances(err, t, params, output):
    rtol = _number(err, "rtol", t.get("rtol", RTOL))
    atol = _number(err, "atol", t.get("atol", ATOL))
    tolerance = {}
    quantities = [*params, *(["output"] if output is not None else []), "loss"]
    for q, v in _table(err, "tolerance", t.get("tolerance", {}),
                       "tolerance = {loss = {rtol = 1e-8}}").items():
        if q not in quantities:
            raise err(f"tolerance.{q}", "not a compared quantity (one of "
                                        f"{', '.join(quantities)})" + _nearest(q, quantities))
        v = _table(err, f"tolerance.{q}", v, f"tolerance.{q} = {{rtol = 1e-8, atol = 1e-12}}")
        _keys(err, v, ("rtol", "atol"), f"tolerance.{q}.")
        tolerance[q] = (_number(err, f"tolerance.{q}.rtol", v.get("rtol", rtol)),
                        _number(err, f"tolerance.{q}.atol", v.get("atol", atol)))
    return rtol, atol, tolerance


def _sizes(err, t, letters):
    sizes = {}
    for k, v in _table(err, "sizes", t.get("sizes", {}), "sizes = {n = 40}").items():
        if k not in letters:
            raise err(f"sizes.{k}", "not a size of any shape (" +
                      (', '.join(sorted(letters)) or "no shape has a letter") + ")" +
                      _nearest(k, letters))
        if type(v) is not int or v < 1:
            raise err(f"sizes.{k}", f"{_show(v)} is not a positive integer")
        sizes[k] = v
    return sizes


def _defaults(err, t, hyper):
    defaults = {}
    for k, v in _table(err, "defaults", t.get("defaults", {}), "defaults = {lr = 0.1}").items():
        if k not in hyper:
            raise err(f"defaults.{k}", f"not a hyperparameter ({', '.join(hyper)})" +
                      _nearest(k, hyper))
        if hyper[k] == "count":
            if type(v) is not int or v < 0:
                raise err(f"defaults.{k}", f"{_show(v)} is not a whole number, 0 or more "
                                           f"({k} is a \"count\")")
        elif isinstance(v, bool) or not isinstance(v, (int, float)) or not (
                math.isfinite(v) and v > 0):
            raise err(f"defaults.{k}", f"{_show(v)} is not a positive number ({k} is a "
                                       "\"rate\")")
        defaults[k] = v
    return defaults


def _renames(err, t, net_names, port):
    """Return `names`: reference name -> the port's name for it."""
    names = {}
    for k, v in _table(err, "names", t.get("names", {}), "names = {lambda = \"lam\"}").items():
        if k not in net_names:
            raise err(f"names.{k}", f"not a declared name ({', '.join(net_names)})" +
                      _nearest(k, net_names))
        if not isinstance(v, str) or not NAME.match(v):
            raise err(f"names.{k}", f"{_show(v)} is not a variable name")
        names[k] = v
    used = {}
    for n in net_names:
        p = names.get(n, n)
        if p in used:
            key = f"names.{n}" if n in names else f"names.{used[p]}"
            raise err(key, f"the {port} port would take '{p}' twice (as {used[p]} and {n})")
        used[p] = n
    return names


def _usable(err, sections, names, reference):
    """Raise when a declared name cannot be an argument in a language that takes it."""
    for section, values in sections.items():
        for n in values:
            for side in SIDES:
                mapped = side != reference and n in names
                a = names[n] if mapped else n
                key = f"names.{n}" if mapped else f"{section}.{n}"
                if side == "python" and (not a.isidentifier() or keyword.iskeyword(a)):
                    what = "a Python keyword" if keyword.iskeyword(a) else "not a Python name"
                    fix = ("name it otherwise" if mapped or side == reference else
                           f"give the Python port its own name, names = {{{n} = \"{n}_\"}}")
                    raise err(key, f"'{a}' is {what}, so the Python train() cannot take it: "
                                   + fix)
                if side == "r" and a in R_RESERVED:
                    fix = ("name it otherwise" if mapped or side == reference else
                           f"give the R port its own name, names = {{{n} = \"{n}_\"}}")
                    raise err(key, f"'{a}' is reserved in R, so the R train() cannot take "
                                   "it: " + fix)


def _draws(err, t, data, params):
    draw = {}
    for k, v in _table(err, "draw", t.get("draw", {}),
                       "draw = {X = \"normal(0, 1)\"}").items():
        if k not in data and k not in params:
            raise err(f"draw.{k}", "not a name in data or params" +
                      _nearest(k, [*data, *params]))
        draw[k] = parse_distribution(v, lambda m, k=k: err(f"draw.{k}", m))
    return draw


def _network(path, root, name, t, fixtures_dir):
    table = f"tool.nnparity.networks.{name}" if path.name == "pyproject.toml" else f"networks.{name}"
    err = functools.partial(DeclarationError, path, table)
    if not NETWORK_NAME.match(name):
        raise err(None, f"'{name}' is not a network name (lower-case letters, digits and _, "
                        "starting with a letter)")
    _table(err, None, t, f"it as a table [{table}]")
    _keys(err, t, KEYS)
    for key in REQUIRED:
        if key not in t:
            raise err(key, f"missing: {WANTED[key]}")
    reference = t["reference"]
    if reference not in SIDES:
        raise err("reference", f"{_show(reference)} is neither \"python\" nor \"r\"" +
                  (_nearest(reference, SIDES) if isinstance(reference, str) else ""))
    files = {side: _files(err, side, t[side], root) for side in SIDES}
    data, params, hyper = _names(err, t)
    epochs = _epochs(err, t, hyper)
    letters = {d for shape in [*data.values(), *params.values()] for d in shape
               if isinstance(d, str)}
    input_, output = _input_output(err, t, data, letters)
    functions = _functions(err, t)
    rtol, atol, tolerance = _tolerances(err, t, params, output)
    sizes = _sizes(err, t, letters)
    defaults = _defaults(err, t, hyper)
    draw = _draws(err, t, data, params)
    port = "Python" if reference == "r" else "R"
    names = _renames(err, t, [*data, *params, *hyper], port)
    _usable(err, {"data": data, "params": params, "hyper": hyper}, names, reference)
    intermediates = t.get("intermediates", [])
    if not isinstance(intermediates, list) or not all(isinstance(v, str) for v in intermediates):
        raise err("intermediates", "must be a list of names")
    article = {}
    for k, v in _table(err, "article", t.get("article", {})).items():
        if k not in hyper:
            raise err(f"article.{k}", f"not a hyperparameter ({', '.join(hyper)})" +
                      _nearest(k, hyper))
        if not isinstance(v, list) or not all(isinstance(x, (int, float)) and
                                              not isinstance(x, bool) for x in v):
            raise err(f"article.{k}", "must be a list of numbers")
        article[k] = v
    description = t.get("description", "")
    if not isinstance(description, str):
        raise err("description", f"{_show(description)} is {_kind(description)}, not a string")
    return Network(name, path, table, files, reference, data, params, hyper, epochs, input_,
                   output, functions, rtol, atol, tolerance, sizes, defaults, draw, names,
                   tuple(intermediates), article, description,
                   None if fixtures_dir is None else fixtures_dir / name)


def parse_distribution(text, error):
    """Return (name, parameters) of a distribution such as "normal(0, 0.5)"; raise error(msg)."""
    m = re.fullmatch(r"\s*([a-z]+)\s*(?:\(([^()]*)\))?\s*", text) if isinstance(text, str) else None
    if not m or m.group(1) not in DISTRIBUTIONS:
        near = _nearest(m.group(1), DISTRIBUTIONS) if m else ""
        raise error(f"{_show(text)} is not a distribution (known: {KNOWN_DISTRIBUTIONS})" +
                    near)
    name, inner = m.group(1), m.group(2)
    try:
        values = tuple(float(x) for x in inner.split(",")) if inner and inner.strip() else ()
    except ValueError:
        raise error(f"{_show(text)}: parameters must be numbers") from None
    n = DISTRIBUTIONS[name]
    if len(values) != n:
        raise error(f"{_show(text)}: {name} takes {n} parameter{'s' if n != 1 else ''}, "
                    f"not {len(values)}: {USAGE[name]}")
    if not all(map(math.isfinite, values)):
        raise error(f"{_show(text)}: parameters must be finite numbers")
    wrong = {"uniform": len(values) == 2 and values[0] > values[1] and "needs a <= b",
             "normal": len(values) == 2 and values[1] < 0 and "needs sd >= 0",
             "bernoulli": values and not 0 <= values[0] <= 1 and "needs 0 <= p <= 1"}.get(name)
    if wrong:
        raise error(f"{_show(text)}: {name} {wrong}")
    return name, values


@dataclass(frozen=True)
class Project:
    """A configuration file's declarations: its networks, and where its fixtures live."""
    config: Path
    networks: dict               # name -> Network
    fixtures: tuple              # folders of fixtures


def _read_toml(path):
    try:
        text = path.read_bytes()
    except OSError as e:
        raise DeclarationError(path, None, None, f"cannot read: {e.strerror}") from None
    try:
        return tomllib.loads(text.decode("utf-8"))
    except UnicodeDecodeError as e:
        line = text[:e.start].count(b"\n") + 1
        raise DeclarationError(path, None, None, f"line {line}: not valid TOML: byte "
                               f"0x{text[e.start]:02x} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        m = re.fullmatch(r"(.*) \(at (line \d+, column \d+|end of document)\)", str(e))
        where, what = (m.group(2), m.group(1)) if m else (None, str(e))
        raise DeclarationError(path, None, where, f"not valid TOML: {what}") from None


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
        top, prefix = doc, None  # nnparity.toml: the keys at its top level, a table unnamed
    err = functools.partial(DeclarationError, path, prefix)
    _table(err, None, top, "[tool.nnparity]")
    if prefix is None and "tool" in top:
        raise err("tool", "unknown key: nnparity.toml has the keys of [tool.nnparity] at its "
                          "top level (fixtures, [networks.NAME])")
    _keys(err, top, TOP_KEYS)
    root = path.parent
    given = top.get("fixtures", "parity")
    given = [given] if isinstance(given, str) else given
    if not isinstance(given, list) or not given or not all(isinstance(g, str) and g
                                                           for g in given):
        raise err("fixtures", f"{_show(top['fixtures'])}: must be a folder or a list of "
                              "folders (default \"parity\")")
    folders = tuple((root / g).resolve() for g in given)
    example = f"[{prefix + '.' if prefix else ''}networks.NAME]"
    if "networks" not in top:
        raise err("networks", f"missing: declare each network as a table {example}")
    networks = _table(err, "networks", top["networks"], f"a table {example} per network")
    if not networks:
        raise err("networks", f"declares no network: declare each as a table {example}")
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
