"""Ports: one .R or .py file defining train(); loading one, and telling which network it is.

A port's train() is called with named arguments, the network's data, initial parameters and
hyperparameters under the article's names, and returns the final parameters under the same
names (a named list in R, a dict in Python), with an optional per-epoch `loss`.
"""

import inspect
from pathlib import Path

from . import runners
from .networks import NETWORKS


class PortError(Exception):
    """A port file that cannot be used; str() is the one-line message naming the file."""


def contract(network):
    """Return the names train() takes for `network`, in order."""
    net = NETWORKS[network]
    return [*net.DATA, *net.PARAMS, *net.HYPER]


def language(path):
    """Return "R" or "Python" for a port file, or raise PortError."""
    suffix = Path(path).suffix
    if suffix == ".py":
        return "Python"
    if suffix in (".R", ".r"):
        return "R"
    raise PortError(f"{path}: a port is a .R or .py file")


def load(path, session=None):
    """Return (py_train, r_train), the port's train() in its language's place."""
    path = Path(path)
    kind = language(path)
    if not path.is_file():
        raise PortError(f"{path}: no such port file")
    if kind == "Python":
        try:
            return runners.load_python_port(path), None
        except Exception as e:  # the port's own code raised while loading
            raise PortError(f"{path}: cannot load: {type(e).__name__}: {e}") from None
    try:
        return None, (session or runners.RSession.get()).load_port(path)
    except runners.RError as e:
        raise PortError(f"{path}: cannot load: {e}") from None


def arguments(py_train, r_train, session=None):
    """Return the argument names a loaded train() declares."""
    if py_train is not None:
        return list(inspect.signature(py_train).parameters)
    r = session or runners.RSession.get()
    return list(r._ro.r["names"](r._ro.r["formals"](r_train)))


def infer_network(path, session=None):
    """Return the network whose contract train()'s arguments match, or raise PortError."""
    names = set(arguments(*load(path, session), session)) - {"...", "args", "kwargs"}
    matches = [n for n in NETWORKS if set(contract(n)) == names]
    if len(matches) == 1:
        return matches[0]
    near = min(NETWORKS, key=lambda n: len(set(contract(n)) ^ names))
    missing = sorted(set(contract(near)) - names)
    extra = sorted(names - set(contract(near)))
    detail = "; ".join(filter(None, [missing and f"missing {', '.join(missing)}",
                                     extra and f"unexpected {', '.join(extra)}"]))
    raise PortError(f"{path}: train() matches no network's arguments (nearest: {near}: "
                    f"{detail}); pass --network")
