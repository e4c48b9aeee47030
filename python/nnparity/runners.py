"""Run a fixture's training in Python or in R, and return what it produced.

R runs embedded in this process through rpy2: one R per process, started on first use, with
the R package's sources loaded from the checkout into an environment of their own. Each run
crosses into R once. R warnings are collected and returned, R errors come back as RError
with R's own message; neither is printed by rpy2 behind the caller's back.
"""

import importlib.util
import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import paths
from .networks import NETWORKS


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
    net = NETWORKS[fixture.network]
    # A port gets copies, so that one which updates its arguments in place harms nothing.
    args = {k: np.copy(v) if isinstance(v, np.ndarray) else v for k, v in fixture.args().items()}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = (train or net.train)(**args)

    def predict(params):
        try:
            return np.asarray(net.predict(fixture.data[net.INPUT],
                                          **{k: params[k] for k in net.PARAMS}), dtype=np.float64)
        except (KeyError, ValueError):
            return None  # the comparison reports the missing or misshapen parameter
    return _run(net, result, "Python train()", predict, [str(w.message) for w in caught])


def load_python_port(path):
    """Return the `train` function defined by the Python file at `path`."""
    spec = importlib.util.spec_from_file_location(f"nnparity_port_{Path(path).stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "train", None)):
        raise AttributeError(f"{path}: defines no function train()")
    return module.train


# Harness glue, kept out of the R package (the R side only computes): run train() and the
# network's predict() in one crossing, collecting warnings and catching errors; call one of
# the package's functions; load the package's sources, or a port.
_R_GLUE = r"""
local({
  glue <- new.env()
  # Return list(error, value, warnings) of f(...): warnings collected, an error caught.
  glue$guard <- function(f, ...) {
    caught <- character(0)
    keep <- function(w) {
      caught <<- c(caught, conditionMessage(w))
      invokeRestart("muffleWarning")
    }
    out <- tryCatch(withCallingHandlers(list(error = "", value = f(...)), warning = keep),
                    error = function(e) list(error = conditionMessage(e)))
    c(out, list(warnings = caught))
  }
  glue$run <- function(train, predict, args, input, names) {
    glue$guard(function() {
      value <- do.call(train, args)
      named <- is.list(value) && length(value) > 0 && !is.null(names(value)) &&
        all(nzchar(names(value)))
      output <- NULL
      if (named && all(names %in% names(value))) {
        output <- tryCatch(do.call(predict, c(args[input], value[names])),
                           error = function(e) NULL)
      }
      list(value = if (named) value else list(), kind = class(value)[1], output = output)
    })
  }
  # Run one epoch, train(epochs = 1), from each of m given states: states[[name]] is m x size
  # (each state's parameter flattened in R's column-major order), dims[[name]] its dims.
  # Return the m next states, flattened the same way, and each epoch's loss.
  glue$steps <- function(train, args, epochs_name, states, dims) {
    glue$guard(function() {
      m <- nrow(states[[1]])
      names <- names(states)
      sizes <- vapply(states, ncol, 1L)
      out <- lapply(states, function(s) matrix(NA_real_, m, ncol(s)))
      loss <- rep(NA_real_, m)
      args[[epochs_name]] <- 1L
      for (i in seq_len(m)) {
        for (name in names) args[[name]] <- glue$shaped(states[[name]][i, ], dims[[name]])
        res <- do.call(train, args)
        for (name in names) {
          v <- res[[name]]
          if (length(v) != sizes[[name]]) v <- glue$fit(v, dims[[name]])
          if (!is.null(v)) out[[name]][i, ] <- as.vector(v)
        }
        if (length(res$loss) >= 1) loss[i] <- res$loss[1]
      }
      list(states = out, loss = loss)
    })
  }
  # Run train(epochs = 1) epoch after epoch from the initial state, keeping the state after
  # each epoch listed in `record` (0 = the initial state) and every epoch's loss. Each kept
  # state is one column of a size x length(record) matrix per parameter (column-major).
  glue$trajectory <- function(train, args, epochs_name, names, record) {
    glue$guard(function() {
      epochs <- args[[epochs_name]]
      dims <- lapply(args[names], function(p) dim(as.matrix(p)))
      sizes <- vapply(args[names], length, 1L)
      out <- lapply(sizes, function(size) matrix(NA_real_, size, length(record)))
      slot <- integer(epochs + 1)           # slot[e + 1]: the column that keeps epoch e, or 0
      slot[record + 1] <- seq_along(record)
      loss <- rep(NA_real_, epochs)
      state <- args[names]
      if (slot[1] > 0) for (name in names) out[[name]][, slot[1]] <- as.vector(state[[name]])
      one <- args
      one[[epochs_name]] <- 1L
      for (e in seq_len(epochs)) {
        one[names] <- state
        res <- do.call(train, one)
        for (name in names) {
          v <- res[[name]]
          if (length(v) != sizes[[name]]) v <- glue$fit(v, dims[[name]])
          if (is.null(v)) {
            stop(sprintf("at epoch %d train() returned '%s' of another size than given", e, name))
          }
          state[[name]] <- v
        }
        if (length(res$loss) >= 1) loss[e] <- res$loss[1]
        if (slot[e + 1] > 0) {
          for (name in names) out[[name]][, slot[e + 1]] <- as.vector(state[[name]])
        }
      }
      list(states = out, loss = loss)
    })
  }
  # Return v if it has the size of dims, its first row if it is that row replicated (a
  # bias stored per sample with identical rows), else NULL.
  glue$fit <- function(v, dims) {
    if (length(v) == prod(dims)) return(v)
    if (is.matrix(v) && length(dims) == 2 && dims[1] == 1 && ncol(v) == dims[2] &&
        all(v == rep(v[1, ], each = nrow(v)))) return(v[1, , drop = FALSE])
    NULL
  }
  glue$shaped <- function(values, dims) {
    if (length(dims) == 0) return(values[[1]])   # a scalar stays a plain number
    if (length(dims) == 1) return(values)       # a vector stays a vector
    dim(values) <- dims                         # array(values, dims), without its checks
    values
  }
  glue$call <- function(f, args) {
    tryCatch(list(error = "", value = do.call(f, args)),
             error = function(e) list(error = conditionMessage(e)))
  }
  glue$load_sources <- function(dir) {
    pkg <- new.env(parent = globalenv())
    for (file in sort(list.files(dir, pattern = "[.][Rr]$", full.names = TRUE))) {
      sys.source(file, envir = pkg, keep.source = FALSE)
    }
    pkg
  }
  glue$load_port <- function(path) {
    port <- new.env(parent = globalenv())
    tryCatch({
      sys.source(path, envir = port, keep.source = FALSE)
      if (!is.function(port[["train"]])) stop("defines no function train()")
      list(error = "", value = port$train)
    }, error = function(e) list(error = conditionMessage(e)))
  }
  glue
})
"""


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
            raise RUnavailable(f"rpy2 is not installed ({e}); run ./run check to set up") from None
        except Exception as e:  # rpy2 raises plain errors when libR cannot be loaded
            raise RUnavailable(f"rpy2 cannot load R ({str(e).splitlines()[0]}); "
                               "rpy2 3.5.17 is the release that loads on R 4.2") from None
        r_dir = paths.R_PACKAGE / "R"
        if not r_dir.is_dir():
            raise RUnavailable(f"R sources not found at {r_dir}; install nnparity from a checkout")
        self._ro = ro
        self._convert = lambda: localconverter(default_converter + numpy2ri.converter)
        self.calls = 0  # crossings into R, counted by tests
        self._glue = ro.r(_R_GLUE)
        self.package = self._glue["load_sources"](str(r_dir))
        self.version = ro.r("paste(R.version$major, R.version$minor, sep = '.')")[0]
        self.blas = ro.r('basename(extSoftVersion()[["BLAS"]])')[0]

    def load_port(self, path):
        """Return the R function `train` defined by the R file at `path`; raise RError."""
        out = self._glue["load_port"](str(path))
        if out.rx2("error")[0]:
            raise RError(out.rx2("error")[0].splitlines()[0])
        return out.rx2("value")

    def _r_args(self, args):
        """Return args as a named R list: 0-d arrays as R numbers, ints as R integers."""
        return self._ro.ListVector({k: float(v) if isinstance(v, np.ndarray) and v.ndim == 0
                                    else v for k, v in args.items()})

    def call(self, name, args):
        """Return R package function `name` called with args, converted to Python; raise RError."""
        self.calls += 1
        with self._convert():
            out = self._glue["call"](self.package[name], self._r_args(args))
        if out["error"][0]:
            raise RError(str(out["error"][0]))
        return out["value"]

    def run(self, network, args, train=None):
        """Return (named list as dict, output, warnings) of train(**args) and predict in R."""
        train = train if train is not None else self.package[f"{network}_train"]
        predict = self.package[f"{network}_predict"]
        self.calls += 1
        net = NETWORKS[network]
        with self._convert():
            out = self._glue["run"](train, predict, self._r_args(args), net.INPUT,
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


def run_r(fixture, train=None, session=None):
    """Train `fixture` with the bundled R network, or with R function `train` from a port."""
    r = session or RSession.get()
    value, output, caught = r.run(fixture.network, fixture.args(), train)
    net = NETWORKS[fixture.network]
    return _run(net, value, "R train()", lambda params: output, caught)
