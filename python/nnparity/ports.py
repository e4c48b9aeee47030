"""Ports: one .R or .py file defining train(); loading one, and telling which network it is.

A port's train() is called with named arguments, the network's data, initial parameters and
hyperparameters under the article's names, and returns the final parameters under the same
names (a named list in R, a dict in Python), with an optional per-epoch `loss`.
"""

import inspect
from pathlib import Path

from . import declaration, runners


class PortError(Exception):
    """A port file that cannot be used; str() is the one-line message naming the file."""


def contract(network, networks=None):
    """Return the names train() takes for `network`, in order."""
    return (networks or declaration.registry())[network].contract()


def language(path):
    """Return "R" or "Python" for a port file, or raise PortError."""
    suffix = Path(path).suffix
    if suffix == ".py":
        return "Python"
    if suffix in (".R", ".r"):
        return "R"
    raise PortError(f"{path}: a port is a .R or .py file")


def load(path, session=None, network=None):
    """Return (py_train, r_train), the port's train() in its language's place; with
    `network` (a name), called under the declared names (declaration.Network.adapt)."""
    path = Path(path)
    kind = language(path)
    if not path.is_file():
        raise PortError(f"{path}: no such port file")
    net = declaration.registry().get(network) if network else None
    if kind == "Python":
        try:
            train = runners.load_python_port(path)
        except Exception as e:  # the port's own code raised while loading
            raise PortError(f"{path}: cannot load: {type(e).__name__}: {e}") from None
        return (net.adapt("python", train) if net else train), None
    session = session or runners.RSession.get()
    try:
        train = session.load_port(path)
    except runners.RError as e:
        raise PortError(f"{path}: cannot load: {e}") from None
    return None, (session.adapt(net, train) if net else train)


def arguments(py_train, r_train, session=None):
    """Return the argument names a loaded train() declares."""
    if py_train is not None:
        return list(inspect.signature(py_train).parameters)
    r = session or runners.RSession.get()
    return list(r._ro.r["names"](r._ro.r["formals"](r_train)))


def infer_network(path, session=None, networks=None):
    """Return the network (of `networks`, default: the bundled ones and the project's found
    from the current folder) whose contract train()'s arguments match, or raise PortError."""
    networks = networks or declaration.registry()
    side = "python" if language(path) == "Python" else "r"
    names = set(arguments(*load(path, session), session)) - {"...", "args", "kwargs"}
    matches = [n for n in networks if names in (set(contract(n, networks)),
                                                set(networks[n].side_contract(side)))]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise PortError(f"{path}: train() matches several networks' arguments "
                        f"({', '.join(matches)}); pass --network")
    near = min(networks, key=lambda n: len(set(contract(n, networks)) ^ names))
    missing = sorted(set(contract(near, networks)) - names)
    extra = sorted(names - set(contract(near, networks)))
    detail = "; ".join(filter(None, [missing and f"missing {', '.join(missing)}",
                                     extra and f"unexpected {', '.join(extra)}"]))
    raise PortError(f"{path}: train() matches no network's arguments (nearest: {near}: "
                    f"{detail}); pass --network")
