"""nnparity: prove that Python (numpy) and R ports of a neural network agree."""

import os

# Pin BLAS to one thread before numpy or R load it: a threaded BLAS may split a sum
# differently from run to run and change the last bits, and two runs must match exactly.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

__version__ = "0.1.0"


def check(paths=None, port=None, network=None, rtol=None, atol=None, in_process=False,
          timeout=None):
    """Return a pandas DataFrame of checking fixtures in Python and R: one row per fixture
    and quantity (final parameters, output, loss), with the fixture's verdict.

    paths: fixture files or folders (default: the fixtures of the project declared from
    the current folder upwards, else every bundled fixture); port: a .R or .py
    file defining train(), in place of its language's bundled implementation, run in a
    worker process unless `in_process` (network: default, the one whose arguments train()
    takes); rtol, atol: the comparison rule's tolerances (default: the network's
    declared ones, else 1e-10, 1e-12); timeout:
    a fixed limit in seconds on the port's run of one fixture (default: the limits of
    nnparity.isolation, from the other language's time on the same fixture).
    Bad fixtures raise nnparity.fixtures.FixtureError; a missing R, RUnavailable.
    """
    import pandas as pd

    from . import checking, fixtures, isolation, ports, runners
    if port and network is None:
        network = (ports.infer_network(port) if in_process else
                   isolation.network_of(port, timeout, "timeout="))
    found = fixtures.discover([paths] if isinstance(paths, (str, os.PathLike)) else
                              paths or fixtures.default_paths())
    loaded = [f for f in map(fixtures.load, found) if network is None or f.network == network]
    if port and not in_process:
        results, _ = isolation.run_all(port, loaded, network, rtol, atol, timeout=timeout,
                                       limit_name="timeout=")
    else:
        session = runners.RSession.get()
        py_train, r_train = ports.load(port, session, network) if port else (None, None)
        results = [checking.check(f, py_train, r_train, rtol, atol, session, port and str(port))
                   for f in loaded]
    rows = []
    for f, result in zip(loaded, results):
        base = {"network": f.network, "fixture": f.name, "epochs": f.epochs,
                "verdict": result.verdict, "passed": result.passed}
        for d in result.differences or [None]:
            rows.append({**base, "quantity": d and d.quantity, "agree": d and d.agree,
                         "shape_python": d and d.shape_a, "shape_r": d and d.shape_b,
                         "n_differ": d and d.n_differ, "n_total": d and d.n_total,
                         "worst_abs": d and d.worst_abs, "worst_rel": d and d.worst_rel,
                         "first_epoch": d and (checking.first_epoch(d) if d.quantity == "loss"
                                               else None),
                         "error": result.error})
    return pd.DataFrame(rows)
