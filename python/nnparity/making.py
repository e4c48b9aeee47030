"""Fixtures from a network's declaration: draw seeded data and initial parameters, run the
reference side, and write the fixture with its gold and its provenance.

The draw: numpy.random.default_rng(seed), data first and then parameters, each in the
declaration's order, each array drawn whole in C order from its distribution (the
declaration's `draw`, else uniform(-1, 1) for data and normal(0, 0.5) for parameters).

Whether a run amplifies rounding is measured, not guessed: the reference runs a second time
from initial parameters moved by 1e-14 relative (about a hundred times what another CPU's
rounding does to one step). Where the two runs part under the comparison rule, the gold
stops binding: gold.binding_until_epoch is nine tenths of that epoch (nnparity/gold.py says
what gold promises).
"""

import hashlib
import re
import shlex
from pathlib import Path

import numpy as np

from . import declaration, fixtures, report, runners
from .compare import compare

GENERATOR = "nnparity fixture new"
NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")  # as the fixture schema says
DEFAULT_DRAW = {"data": ("uniform", (-1.0, 1.0)), "params": ("normal", (0.0, 0.5))}
NUDGE = 1e-14


class MakeError(Exception):
    """A fixture that cannot be made as asked; str() is the one-line message."""


def parse_pairs(text, option):
    """Return {"n": "40", ...} of "n=40,f=5"; raise MakeError naming the option."""
    out = {}
    for part in filter(None, (text or "").split(",")):
        key, eq, value = part.partition("=")
        if not eq or not key.strip() or not value.strip():
            raise MakeError(f"{option} {text}: '{part}' is not NAME=VALUE")
        out[key.strip()] = value.strip()
    return out


def _draw(rng, spec, shape):
    name, p = spec
    if name == "uniform":
        return rng.uniform(p[0], p[1], size=shape)
    if name == "normal":
        return rng.normal(p[0], p[1], size=shape)
    if name == "bernoulli":
        return (rng.random(size=shape) < p[0]).astype(np.float64)
    if name == "zeros":
        return np.zeros(shape)
    # onehot: each row (a vector: the whole) has a single 1, at a uniformly drawn place
    out = np.zeros(shape)
    rows = out.reshape(-1, shape[-1]) if shape else out.reshape(1, 1)
    rows[np.arange(len(rows)), rng.integers(0, rows.shape[1], size=len(rows))] = 1.0
    return out


def _read_data(net, name, path):
    """Return the array in a .csv or .npy file for data `name`; raise MakeError."""
    path = Path(path)
    if name not in net.data:
        raise MakeError(f"--data {name}={path}: '{name}' is not one of {net.name}'s data "
                        f"({', '.join(net.data)})")
    try:
        if path.suffix == ".npy":
            a = np.load(path, allow_pickle=False)
        elif path.suffix == ".csv":
            a = np.loadtxt(path, delimiter=",", dtype=np.float64, ndmin=2)
        else:
            raise MakeError(f"--data {name}={path}: a .csv or .npy file")
    except (OSError, ValueError) as e:
        raise MakeError(f"--data {name}={path}: cannot read: {str(e).splitlines()[0]}") from None
    if a.dtype.kind not in "fiub":
        raise MakeError(f"--data {name}={path}: {a.dtype} is not numbers")
    a = np.asarray(a, dtype=np.float64)
    want = net.data[name]
    if len(want) == 1 and a.ndim == 2 and 1 in a.shape:
        a = a.ravel()
    if a.ndim != len(want):
        raise MakeError(f"--data {name}={path}: {a.ndim} dimensions, {name} has {len(want)}")
    if not np.isfinite(a).all():
        raise MakeError(f"--data {name}={path}: holds NaN or Inf")
    return a


def _sizes(net, given, data):
    """Return every size letter's value: from data files, then --sizes, then the
    declaration's; raise MakeError for one that is missing or does not chain."""
    sizes = {**net.sizes, **{k: _positive(k, v) for k, v in given.items()}}
    for k in given:
        if not any(k in shape for shape in [*net.data.values(), *net.params.values()]):
            raise MakeError(f"--sizes {k}: not a size of {net.name}'s shapes")
    bound = {}
    for name, a in data.items():
        for want, got in zip(net.data[name], a.shape):
            if isinstance(want, int) and want != got:
                raise MakeError(f"--data {name}: shape {a.shape}, axis must be {want}")
            if isinstance(want, str):
                if bound.setdefault(want, got) != got:
                    raise MakeError(f"--data {name}: {want} = {got} here, {bound[want]} "
                                    "in another data file")
                if want in given and int(given[want]) != got:
                    raise MakeError(f"--data {name}: {want} = {got}, but --sizes says "
                                    f"{given[want]}")
    sizes.update(bound)
    letters = [d for shape in [*net.data.values(), *net.params.values()] for d in shape
               if isinstance(d, str)]
    missing = sorted(set(letters) - set(sizes))
    if missing:
        raise MakeError(f"{net.name}: size '{missing[0]}' is not given: pass --sizes "
                        f"{missing[0]}=N or declare sizes.{missing[0]} in {net.config.name}")
    return sizes


def _positive(key, value):
    try:
        v = int(value)
    except ValueError:
        v = 0
    if v < 1 or str(v) != str(value).strip():
        raise MakeError(f"--sizes {key}={value}: not a positive whole number")
    return v


def _hyper(net, given):
    values = {**net.defaults}
    for k, v in given.items():
        if k not in net.hyper:
            raise MakeError(f"--hyper {k}: not a hyperparameter of {net.name} "
                            f"({', '.join(net.hyper)})")
        try:
            values[k] = int(v) if net.hyper[k] == "count" else float(v)
        except ValueError:
            raise MakeError(f"--hyper {k}={v}: not a "
                            f"{'whole number' if net.hyper[k] == 'count' else 'number'}") from None
    for k, kind in net.hyper.items():
        if k not in values:
            raise MakeError(f"{net.name}: hyperparameter '{k}' is not given: pass --hyper "
                            f"{k}=VALUE or declare defaults.{k} in {net.config.name}")
        if kind == "count" and not 0 <= values[k] <= fixtures.MAX_EPOCHS:
            raise MakeError(f"--hyper {k}={values[k]}: not a count from 0 to {fixtures.MAX_EPOCHS}")
        if kind == "rate" and not values[k] > 0:
            raise MakeError(f"--hyper {k}={values[k]}: not a positive rate")
    return {k: values[k] for k in net.hyper}


def draw(net, sizes, seed, given_data=None):
    """Return (data, init) drawn with numpy.random.default_rng(seed) (see the module's
    docstring); arrays in `given_data` are used as they are, and drawn nothing for."""
    rng = np.random.default_rng(seed)
    out = {}
    for section in ("data", "params"):
        table = getattr(net, section)
        values = {}
        for name, spec in table.items():
            if given_data and name in given_data:
                values[name] = given_data[name]
                continue
            shape = tuple(d if isinstance(d, int) else sizes[d] for d in spec)
            values[name] = _draw(rng, net.draw.get(name, DEFAULT_DRAW[section]), shape)
        out[section] = values
    return out["data"], out["params"]


def _fixture(net, data, init, hyper):
    return fixtures.Fixture(Path("<new>"), net.name, "new", data, init, hyper, {}, {}, net)


def run_reference(net, data, init, hyper, session=None):
    """Return the reference side's runners.Run of one training; raise MakeError."""
    f = _fixture(net, data, init, hyper)
    try:
        run = (runners.run_python(f) if net.reference == "python" else
               runners.run_r(f, session=session or runners.RSession.get()))
    except (runners.RError, TypeError) as e:
        raise MakeError(f"{net.name}: the reference ({net.shown(net.reference)}) failed: "
                        f"{e}") from None
    except Exception as e:  # the user's Python code raised
        raise MakeError(f"{net.name}: the reference ({net.shown(net.reference)}) raised "
                        f"{type(e).__name__}: {e}") from None
    missing = [k for k in net.params if k not in run.params]
    if missing:
        raise MakeError(f"{net.name}: the reference's train() returned no '{missing[0]}'")
    if run.loss is None or len(run.loss) != hyper[net.epochs]:
        raise MakeError(f"{net.name}: the reference's train() must return 'loss', one value "
                        f"per epoch ({hyper[net.epochs]})")
    for k, value in [*((k, run.params[k]) for k in net.params), ("loss", run.loss)]:
        if not np.isfinite(value).all():
            raise MakeError(f"{net.name}: the reference's {k} is NaN or Inf: choose another "
                            "learning rate or fewer epochs")
    return run


def binding_epoch(net, data, init, hyper, run, session=None):
    """Return the epoch until which the gold binds (gold.binding_until_epoch), or None when
    the whole run does: see the module's docstring."""
    epochs = hyper[net.epochs]
    nudged = {k: v * (1 + NUDGE) for k, v in init.items()}
    other = run_reference(net, data, nudged, hyper, session)
    rtol, atol = net.tolerances("loss")
    loss = compare("loss", run.loss, other.loss, rtol, atol)
    params_agree = all(compare(k, run.params[k], other.params[k],
                               *net.tolerances(k)).agree for k in net.params)
    if loss.agree and params_agree:
        return None
    first = loss.first_index[0] + 1 if not loss.agree else epochs + 1
    return max(1, min(epochs, int(first * 0.9)))


def reference_sha256(net):
    """Return the SHA-256 of the reference side's files (for a module: its file)."""
    target = net.files[net.reference]
    files = target if isinstance(target, tuple) else [
        Path(net.python_module.__file__) if isinstance(target, str) else target]
    h = hashlib.sha256()
    for f in files:
        h.update(Path(f).read_bytes())
    return h.hexdigest()


def _relative(net, path):
    try:
        return str(Path(path).resolve().relative_to(net.config.parent))
    except ValueError:
        return str(path)


def _environment(session):
    """Return report.environment() for the provenance; without R, only Python's side."""
    if session is None:
        try:
            session = runners.RSession.get()
        except runners.RUnavailable:
            return {k: v for k, v in report.environment(None).items() if v is not None}
    return report.environment(session)


def document(net, name, data, init, hyper, seed, command, description, source, session=None):
    """Return the fixture document: the reference's gold, and where it all came from."""
    run = run_reference(net, data, init, hyper, session)
    gold = {"params": {k: run.params[k] for k in net.params}, "loss": run.loss}
    if net.input is not None:
        if run.output is None:
            raise MakeError(f"{net.name}: the reference's predict() gave no output")
        gold["output"] = run.output
    binding = binding_epoch(net, data, init, hyper, run, session)
    if binding is not None:
        gold["binding_until_epoch"] = binding
    reference = net.files[net.reference]
    shown = reference if isinstance(reference, str) else ", ".join(
        _relative(net, f) for f in (reference if isinstance(reference, tuple) else [reference]))
    return {
        "format": fixtures.FORMAT, "version": fixtures.VERSION,
        "network": net.name, "name": name, "description": description,
        "provenance": {"generator": GENERATOR, "seed": seed, "command": command,
                       "source": source, "reference": shown,
                       "reference_sha256": reference_sha256(net),
                       "environment": _environment(session)},
        "data": data, "init": init, "hyper": hyper, "gold": gold,
    }


def new(net, name, sizes=None, hyper=None, seed=0, data_files=None, out=None, force=False,
        description=None, session=None):
    """Write a new fixture of `net` (see the module's docstring) and return its path; raise
    MakeError, or FileExistsError when it exists and not `force` (nothing is written)."""
    if not NAME.match(name):
        raise MakeError(f"fixture name '{name}': lower-case letters, digits and -")
    given = {k: _read_data(net, k, v) for k, v in (data_files or {}).items()}
    sizes = _sizes(net, sizes or {}, given)
    hyper = _hyper(net, hyper or {})
    path = Path(out) if out else net.fixtures / f"{name}.json"
    if path.exists() and not force:
        raise FileExistsError(f"{path}: exists; pass --force to overwrite")
    data, init = draw(net, sizes, seed, given)
    used = sorted({d for shape in [*net.data.values(), *net.params.values()] for d in shape
                   if isinstance(d, str)})
    command = " ".join(["nnparity", "fixture", "new", net.name, name,
                        "--sizes", ",".join(f"{k}={sizes[k]}" for k in used),
                        "--hyper", ",".join(f"{k}={hyper[k]!r}" for k in net.hyper),
                        "--seed", str(seed),
                        *(f"--data {k}={shlex.quote(str(v))}" for k, v in
                          (data_files or {}).items())])
    drawn = [f"{k} ~ {_spec_text(net.draw.get(k, DEFAULT_DRAW[s]))}"
             for s in ("data", "params") for k in getattr(net, s) if k not in given]
    source = "; ".join([*(f"{k} from {v}" for k, v in (data_files or {}).items()),
                        f"numpy.random.default_rng({seed}): " + ", ".join(drawn)])
    description = description or (f"{net.name}: " + ", ".join(
        f"{k} = {sizes[k]}" for k in used) + "; " + ", ".join(f"{k} = {hyper[k]}"
                                                               for k in net.hyper))
    doc = document(net, name, data, init, hyper, seed, command, description, source, session)
    fixtures.write(path, doc, force=force)
    return path


def _spec_text(spec):
    name, p = spec
    return f"{name}({', '.join(f'{x:g}' for x in p)})" if p else name


def _distinct_sizes(net):
    """Return sizes for every letter, all different and none dividing another (primes), in
    the order of the declared sizes (so the largest declared gets the largest prime)."""
    letters = sorted({d for shape in [*net.data.values(), *net.params.values()] for d in shape
                      if isinstance(d, str)}, key=lambda d: (net.sizes.get(d, 0), d))
    fixed = {d for shape in [*net.data.values(), *net.params.values()] for d in shape
             if isinstance(d, int)}
    primes = [p for p in (3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43)
              if not any(p % q == 0 or q % p == 0 for q in fixed if q > 1)]
    return dict(zip(letters, primes))


def spread_recipes(net):
    """Return (name, sizes, hyper overrides, seed offset, description) of the fixtures a port
    can silently get wrong: the lesson of the bundled suite."""
    rate = next((k for k, kind in net.hyper.items() if kind == "rate"), None)
    epochs = net.defaults.get(net.epochs, 100)
    recipes = [
        ("default", {}, {}, "the declared sizes and defaults"),
        ("epochs-0", {}, {net.epochs: 0}, "0 epochs: only the initial parameters and their output"),
        ("epochs-1", {}, {net.epochs: 1}, "one epoch: a single update, from the reference's formula"),
        ("sizes-distinct", _distinct_sizes(net), {},
         "every size different and none dividing another: a value laid out along the wrong "
         "dimension cannot line up by accident"),
        ("long", {}, {net.epochs: max(5 * epochs, 500)}, "a long run: drift that grows"),
    ]
    if any("n" in shape for shape in net.data.values()):
        recipes.insert(1, ("one-sample", {"n": 1}, {},
                           "one sample: a sum over samples equals their mean, a row its column"))
    if rate is not None and rate in net.defaults:
        other = round(net.defaults[rate] * 0.37, 12)
        recipes.insert(4, (f"{rate}-other", {}, {rate: other},
                           f"{rate} = {other}, not the default: a port that hard-codes it shows"))
    return recipes


def spread(net, seed=0, force=False, session=None, progress=None):
    """Write the spread of fixtures (spread_recipes) that do not exist yet (all of them with
    `force`); return (written paths, skipped paths)."""
    written, skipped = [], []
    for i, (name, sizes, hyper, description) in enumerate(spread_recipes(net)):
        path = net.fixtures / f"{name}.json"
        if path.exists() and not force:
            skipped.append(path)
            continue
        if progress:
            progress(path)
        written.append(new(net, name, {k: str(v) for k, v in sizes.items()},
                           {k: str(v) for k, v in hyper.items()}, seed + i, force=force,
                           description=f"{net.name}: {description}", session=session))
    return written, skipped


def regenerate(fixture, session=None):
    """Compute `fixture`'s gold again from its stored inputs with the current reference and
    replace the file atomically; return its path."""
    net = fixture.net
    prov = dict(fixture.raw.get("provenance", {}))
    doc = document(net, fixture.name, dict(fixture.data), dict(fixture.init),
                   dict(fixture.hyper), prov.get("seed"), prov.get("command", GENERATOR),
                   fixture.raw["description"], prov.get("source", "regenerated"), session)
    doc["provenance"] = {**prov, **{k: doc["provenance"][k] for k in
                                    ("reference", "reference_sha256", "environment")}}
    fixtures.write(fixture.path, doc, force=True)
    return fixture.path


def stale(fixture):
    """Return a one-line warning when the fixture's gold came from a reference file that has
    changed since, else None."""
    recorded = fixture.raw.get("provenance", {}).get("reference_sha256")
    if recorded is None:
        return None
    try:
        current = reference_sha256(fixture.net)
    except (OSError, declaration.DeclarationError):
        return None
    if current == recorded:
        return None
    return (f"{fixture.path}: gold is stale: the reference "
            f"({fixture.net.shown(fixture.net.reference)}) has changed since it was computed; "
            f"regenerate with: nnparity fixture regenerate {fixture.path}")
