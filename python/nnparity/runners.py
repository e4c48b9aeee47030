"""Run a fixture's training in Python or in R, and return what it produced.

R runs embedded in this process through rpy2: one R per process, started on first use; each
network's R files (as its declaration names them) are sourced, on first use, into an
environment of their own. Each run crosses into R once. R warnings are collected and returned, R errors come back as RError
with R's own message; neither is printed by rpy2 behind the caller's back.
"""

import importlib.util
import os
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import declaration


# Which rpy2 loads which R: 3.6 uses R_getVar, new in R 4.5.
RPY2_FITS = "rpy2 3.5.x (3.5.17) loads R 4.2 to 4.4, rpy2 3.6 needs R >= 4.5"


def _r_version_hint():
    """Return "; this R is X.Y: pip install 'rpy2...'" when R's version can be read."""
    import subprocess
    try:
        out = subprocess.run(["R", "--version"], capture_output=True, text=True, timeout=20)
        major, minor = map(int, out.stdout.split()[2].split(".")[:2])
    except (OSError, ValueError, IndexError, subprocess.SubprocessError):
        return ""
    want = "rpy2>=3.6" if (major, minor) >= (4, 5) else "rpy2==3.5.17"
    return f"; this R is {major}.{minor}: pip install '{want}'"


def _mixed_rpy2():
    """Return a hint when rpy2 3.6's parts outlive a downgrade to 3.5 (3.6 is a metapackage
    of rpy2-rinterface and rpy2-robjects; pip's downgrade of rpy2 leaves them)."""
    from importlib import metadata

    def version(name):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None
    parts = [d for d in ("rpy2-rinterface", "rpy2-robjects") if version(d)]
    if parts and (version("rpy2") or "").startswith("3.5"):
        return (f": rpy2 {version('rpy2')} is installed beside 3.6's {' and '.join(parts)}; "
                f"pip uninstall -y rpy2 {' '.join(parts)} first")
    return ""


class RUnavailable(Exception):
    """R, rpy2 or the R package cannot be used; str() says what to do."""


class RError(Exception):
    """R signalled an error; str() is R's message."""


@dataclass
class Run:
    """What one training run produced: final parameters, per-epoch loss, outputs."""
    params: dict                 # name -> float64 array, as returned by train()
    loss: np.ndarray | None      # one value per epoch, or None when train() gave none
    output: np.ndarray | None    # the network's output on the fixture's X, after training
    warnings: list = field(default_factory=list)


def _arrays(net, result, source):
    """Return train()'s dict as float64 arrays; a length-1 vector from R becomes a scalar
    where the network's parameter is one (R has no scalars). No other shape is touched."""
    if not isinstance(result, dict):
        raise TypeError(f"{source} returned {type(result).__name__}, not a dict")
    out = {}
    for name, value in result.items():
        try:
            a = np.asarray(value, dtype=np.float64)
        except (TypeError, ValueError):
            raise TypeError(f"{source} returned '{name}' that is not numeric "
                            f"({type(value).__name__})") from None
        if net.PARAMS.get(name) == () and a.shape == (1,):
            a = a.reshape(())
        out[str(name)] = a
    return out


def _run(net, result, source, predict, warnings_):
    """Return a Run from train()'s result and the output `predict` gives on its parameters."""
    result = _arrays(net, result, source)
    params = {k: v for k, v in result.items() if k != "loss"}
    return Run(params, result.get("loss"), predict(params), warnings_)


def run_python(fixture, train=None):
    """Train `fixture` with the bundled Python network, or with `train` from a port."""
    net = fixture.net
    # A port gets copies, so that one which updates its arguments in place harms nothing.
    args = {k: np.copy(v) if isinstance(v, np.ndarray) else v for k, v in fixture.args().items()}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = (train or net.train)(**args)

    def predict(params):
        if net.predict is None or net.INPUT is None:
            return None
        try:
            return np.asarray(net.predict(fixture.data[net.INPUT],
                                          **{k: params[k] for k in net.PARAMS}), dtype=np.float64)
        except (KeyError, ValueError):
            return None  # the comparison reports the missing or misshapen parameter
    return _run(net, result, "Python train()", predict, [str(w.message) for w in caught])


def load_python_port(path, source=None):
    """Return the `train` function defined by the Python file at `path` (or by `source`, an
    edited text of it, run as if it were the file)."""
    spec = importlib.util.spec_from_file_location(f"nnparity_port_{Path(path).stem}", path)
    module = importlib.util.module_from_spec(spec)
    if source is None:
        spec.loader.exec_module(module)
    else:
        exec(compile(source, str(path), "exec"), module.__dict__)  # noqa: S102
    if not callable(getattr(module, "train", None)):
        raise AttributeError(f"{path}: defines no function train()")
    return module.train


GLUE = Path(__file__).resolve().parent / "R" / "glue.R"


def _check_c_stack():
    """Turn R's check of its C stack back on, as R itself sets it (95% of the stack's soft
    limit; none when unlimited). rpy2 turns it off, for an R called from other threads;
    nnparity calls R from the main thread alone, where an endless recursion (a port's, or an
    edited copy's the repair probe runs) would otherwise overflow the stack and kill the
    process instead of raising R's "C stack usage is too close to the limit"."""
    import resource

    from rpy2.rinterface_lib import openrlib
    soft = resource.getrlimit(resource.RLIMIT_STACK)[0]
    if soft != resource.RLIM_INFINITY and threading.current_thread() is threading.main_thread():
        openrlib.rlib.R_CStackLimit = openrlib.ffi.cast("uintptr_t", int(0.95 * soft))


class RSession:
    """The process's embedded R, with the nnparity R package loaded from the checkout."""

    _instance = None

    @classmethod
    def get(cls):
        """Return the process's one RSession, starting R on first use."""
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def __init__(self):
        # Starting R sets LD_LIBRARY_PATH in this process's environment (R's ldpaths: R's own
        # lib folder and the system's). R needs it no more once started, but every child
        # process would inherit it, and a Python that links libpython dynamically would then
        # load the system's libpython instead of its own. So it is put back as it was.
        ld_library_path = os.environ.get("LD_LIBRARY_PATH")
        try:
            self._start()
        finally:
            if ld_library_path is None:
                os.environ.pop("LD_LIBRARY_PATH", None)
            else:
                os.environ["LD_LIBRARY_PATH"] = ld_library_path

    def _start(self):
        try:
            import rpy2.robjects as ro
            from rpy2.robjects import default_converter, numpy2ri
            from rpy2.robjects.conversion import localconverter
        except ImportError as e:
            raise RUnavailable(f"rpy2 cannot be imported ({e}){_mixed_rpy2()}; {RPY2_FITS}"
                               f"{_r_version_hint()}") from None
        except Exception as e:  # rpy2 raises plain errors when libR cannot be loaded
            raise RUnavailable(f"rpy2 cannot load R ({str(e).splitlines()[0]}); {RPY2_FITS}"
                               f"{_r_version_hint()}") from None
        if not GLUE.is_file():
            raise RUnavailable(f"{GLUE} is missing: reinstall nnparity")
        _check_c_stack()
        self._ro = ro
        self._convert = lambda: localconverter(default_converter + numpy2ri.converter)
        self.calls = 0  # crossings into R, counted by tests
        self._glue = ro.r(GLUE.read_text(encoding="utf-8"))
        self._sources = {}  # network -> (files' modification times, R environment)
        self._checked = set()  # networks whose R train() takes the declared arguments
        self.version = ro.r("paste(R.version$major, R.version$minor, sep = '.')")[0]
        self.blas = ro.r('basename(extSoftVersion()[["BLAS"]])')[0]

    def adapt(self, net, f):
        """Return the R function `f` of `net`'s R side under the declared names (see
        declaration.Network.adapt)."""
        names = net.renamed("r")
        if not names:
            return f
        return self._glue["renamed"](f, self._ro.StrVector(list(names)),
                                     self._ro.StrVector(list(names.values())))

    def load_port(self, path):
        """Return the R function `train` defined by the R file at `path`; raise RError."""
        out = self._glue["load_port"](str(path))
        if out.rx2("error")[0]:
            raise RError(out.rx2("error")[0].splitlines()[0])
        return out.rx2("value")

    def runs(self, train, argsets, names):
        """Return, for each args of `argsets`, the values of `names` that R function `train`
        returns called with them (name -> float64 array, R's dims; a name it does not
        return left out), or None where it fails or returns no list. One crossing into R
        for all of them, warnings muffled."""
        self.calls += 1
        with self._convert():
            out = self._glue["runs"](train, self._argsets(argsets),
                                     self._ro.StrVector(list(names)))
        return self._decoded(out, len(argsets), list(names))

    def repairs(self, net, texts, argsets, sizes, limit=10.0):
        """Return, for each R port source of `texts` (edited copies of one port), a list with
        one dict per args of `argsets`: the values of `sizes`' names its train() returns,
        each a float64 array of R's dimensions (a vector without them is 1-d), or None where
        it fails, returns another length or runs longer than `limit` seconds (an edit may
        make a loop endless). One crossing into R for all of them."""
        names = net.renamed("r")
        self.calls += 1
        with self._convert():
            out = self._glue["repairs"](
                self._ro.StrVector(list(texts)), self._argsets(argsets),
                self._ro.StrVector(list(sizes)),
                self._ro.StrVector(list(names)), self._ro.StrVector(list(names.values())),
                float(limit))
        runs = self._decoded(out, len(texts) * len(argsets), list(sizes))
        kept = [None if got is None or any(v.size != sizes[k] for k, v in got.items())
                else got for got in runs]
        return [kept[i:i + len(argsets)] for i in range(0, len(kept), len(argsets))]

    def _argsets(self, argsets):
        # (an array given in several argsets, the data mostly, crosses into R once)
        seen = {}
        return self._ro.ListVector({str(i): self._r_args(a, seen)
                                    for i, a in enumerate(argsets)})

    @staticmethod
    def _decoded(out, count, names):
        """Return glue$runs()'s plain vectors as `count` dicts (or None for a failed run)."""
        ok = np.atleast_1d(np.asarray(out["ok"], dtype=bool))
        lens = np.atleast_1d(np.asarray(out["len"], dtype=int)).reshape(count, len(names))
        dims = np.atleast_1d(np.asarray(out["dims"], dtype=str)).reshape(count, len(names))
        flat = np.atleast_1d(np.asarray(out["flat"], dtype=np.float64))
        results, at = [], 0
        for i in range(count):
            got = {}
            for k, n, d in zip(names, lens[i], dims[i]):
                if n >= 0:
                    v = flat[at:at + n]
                    got[k] = v.reshape([int(x) for x in d.split(",")], order="F") if d else v
                    at += n
            results.append(got if ok[i] else None)
        return results

    def _r_args(self, args, seen=None):
        """Return args as a named R list: 0-d arrays as R numbers, ints as R integers, float64
        arrays as the R arrays rpy2's conversion makes, built straight from numpy's memory at
        a quarter of its cost (to_r_array), large matrices copied once (to_r_matrix).
        `seen`: {id: (array, R array)} of those converted already, kept by the caller."""
        def convert(v):
            if seen is not None and isinstance(v, np.ndarray):
                if id(v) not in seen or seen[id(v)][0] is not v:
                    seen[id(v)] = (v, convert_once(v))
                return seen[id(v)][1]
            return convert_once(v)

        def convert_once(v):
            if isinstance(v, np.ndarray) and v.ndim == 0:
                return float(v)
            if isinstance(v, np.ndarray) and v.dtype == np.float64:
                return to_r_matrix(v) if v.ndim == 2 and v.size >= ONE_COPY_FROM \
                    else to_r_array(v)
            return v
        return self._ro.ListVector({k: convert(v) for k, v in args.items()})

    def environment(self, net):
        """Return the R environment of `net`'s R files, sourced on first use and again when
        one has changed since (so an edit is picked up at once); raise RError."""
        stamp = tuple(f.stat().st_mtime_ns for f in net.files["r"])
        known = self._sources.get(net)
        if known is None or known[0] != stamp:
            out = self._glue["load_files"](self._ro.StrVector([str(f) for f in net.files["r"]]))
            if out.rx2("error")[0]:
                raise RError(f"{net.shown('r')}: {out.rx2('error')[0].splitlines()[0]}")
            known = self._sources[net] = (stamp, out.rx2("value"))
        return known[1]

    def function(self, net, kind="train", required=True):
        """Return `net`'s R function of `kind` (train, predict, step, or the name of any
        function its R files define), or None when it has none and it is not required;
        raise RError."""
        env, name = self.environment(net), net.functions["r"].get(kind, kind)
        if name in env and self._ro.r["is.function"](env[name])[0]:
            if kind == "train" and net not in self._checked:  # once per network and process
                declaration.check_r_arguments(net, self, env[name])
                self._checked.add(net)
            return self.adapt(net, env[name])
        if required:
            raise RError(f"{net.shown('r')} defines no function {name}()")
        return None

    def call(self, net, kind, args):
        """Return `net`'s R function of `kind` called with args, converted to Python; raise
        RError."""
        self.calls += 1
        f = self.function(net, kind)
        with self._convert():
            out = self._glue["call"](f, self._r_args(args))
        if out["error"][0]:
            raise RError(str(out["error"][0]))
        return out["value"]

    def run(self, net, args, train=None, output=True):
        """Return (named list as dict, output, warnings) of train(**args) and predict in R
        (output None without `output`)."""
        train = train if train is not None else self.function(net, "train")
        predict = self.function(net, "predict", required=False) \
            if net.INPUT and output else None
        self.calls += 1
        with self._convert():
            out = self._glue["run"](train, self._ro.NULL if predict is None else predict,
                                    self._r_args(args), net.INPUT or "",
                                    self._ro.StrVector(list(net.PARAMS)))
        value, caught = self._unguard(out)
        if not value["value"]:
            raise TypeError(f"R train() returned {value['kind'][0]}, not a named list")
        output = value["output"]
        output = np.asarray(output, dtype=np.float64) if isinstance(output, np.ndarray) else None
        return dict(value["value"].items()), output, caught

    @staticmethod
    def _unguard(out):
        """Return (value, warnings) of a guarded R call; raise RError with R's message."""
        caught = [str(w) for w in np.atleast_1d(out["warnings"])]
        if out["error"][0]:
            raise RError(str(out["error"][0]))
        return out["value"], caught


# Matrices of at least this many numbers cross into R with one copy, not rpy2's two.
ONE_COPY_FROM = 1 << 16


def to_r_array(a):
    """Return the float64 array `a` as an R numeric array with dim = a.shape (a 1-d array
    too, as rpy2's numpy conversion makes it), its numbers column-major."""
    import rpy2.rinterface as ri
    vector = ri.FloatSexpVector(memoryview(np.ravel(a, order="F")))
    vector.do_slot_assign("dim", ri.IntSexpVector(list(a.shape)))
    return vector


def to_r_matrix(a, rows_per_block=256):
    """Return the float64 matrix `a` as an R numeric matrix, copied once.

    rpy2's numpy conversion makes a Fortran-ordered copy of a C-ordered array and then
    copies that into R: for a 60,000 x 784 input, 752 MB to cross 376 MB. Here R allocates
    the vector and numpy writes into it in place, column-major, a block of rows at a time
    (a blocked transpose: the whole-array one runs about 3x slower, out of cache)."""
    import rpy2.rinterface as ri
    n, m = a.shape
    vector = ri.baseenv["numeric"](a.size)
    into = np.asarray(vector.memoryview()).reshape(m, n)  # R's memory, column by column
    for i in range(0, n, rows_per_block):
        into[:, i:i + rows_per_block] = a[i:i + rows_per_block].T
    vector.do_slot_assign("dim", ri.IntSexpVector([n, m]))
    return vector


def run_r(fixture, train=None, session=None):
    """Train `fixture` with the bundled R network, or with R function `train` from a port."""
    r = session or RSession.get()
    value, output, caught = r.run(fixture.net, fixture.args(), train)
    return _run(fixture.net, value, "R train()", lambda params: output, caught)
