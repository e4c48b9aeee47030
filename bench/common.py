"""Timing helpers shared by the benchmarks: interleaved repeats, medians, ratios, results.

The machine may be shared, so nothing here trusts one timing. Every comparison runs its
contenders interleaved (A B, then B A, ...), repeats, and reports medians of the per-round
ratios: a slow-down that hits one round hits both sides of it.
"""

import json
import os
import platform
import resource
import statistics
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"               # one JSON per benchmark; report.py builds results.md from them
VENV = Path(os.environ.get("BENCH_VENV", ROOT / ".venv"))  # another checkout may borrow one
VENV_PYTHON = VENV / "bin" / "python"
NNPARITY = VENV / "bin" / "nnparity"
RSCRIPT = "/usr/bin/Rscript"

# The same single-threaded BLAS as nnparity pins, for every process a benchmark starts.
ENV = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def repeats(default):
    """Return the number of rounds: BENCH_REPEATS overrides the benchmark's default."""
    return int(os.environ.get("BENCH_REPEATS", default))


def interleaved(contenders, rounds, warm_up=False):
    """Run each contender once per round, in an order that rotates from round to round.

    contenders: name -> callable returning a dict of measurements (seconds, bytes, ...), or
    a number (seconds). Returns name -> list of those dicts, one per round. warm_up: run each
    once first, untimed (in process, the first call grows R's heap and compiles closures)."""
    names = list(contenders)
    out = {name: [] for name in names}
    if warm_up:
        for name in names:
            contenders[name]()
    for r in range(rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        if r % 2:
            order.reverse()
        for name in order:
            value = contenders[name]()
            out[name].append(value if isinstance(value, dict) else {"s": value})
    return out


def timed(f, *args, **kwargs):
    """Return {"s": wall-clock seconds, "cpu": CPU seconds of this process} of f(...)."""
    c, t = time.process_time(), time.perf_counter()
    f(*args, **kwargs)
    return {"s": time.perf_counter() - t, "cpu": time.process_time() - c}


def median(values):
    return statistics.median(values)


def column(runs, key="s"):
    return [r[key] for r in runs]


def ratio(numerator, denominator):
    """Return the median of the per-round ratios of two lists measured in the same rounds."""
    return median([a / b for a, b in zip(numerator, denominator)])


def spread(values):
    """Return (low, high) quartiles of the per-round values, to show the noise."""
    if len(values) < 4:
        return min(values), max(values)
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd, env=None, cwd=ROOT, **kwargs):
    """Run cmd (in `cwd`, default the checkout); return ({"s": wall seconds, "cpu": CPU
    seconds of it and its children}, completed process). Raise with its stderr if it fails."""
    c, t = children_cpu(), time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, env=env or ENV, capture_output=True, text=True, **kwargs)
    took = {"s": time.perf_counter() - t, "cpu": children_cpu() - c}
    if p.returncode not in (0, 1):  # nnparity check exits 1 on a divergence, which is data
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({p.returncode}):\n{p.stderr}")
    return took, p


def last_json(stdout):
    """Return the JSON object printed on the last line of a benchmark child's stdout."""
    return json.loads(stdout.strip().splitlines()[-1])


def load_average():
    try:
        return os.getloadavg()
    except OSError:
        return (float("nan"),) * 3


STARTED = {"when": time.strftime("%Y-%m-%d %H:%M:%S"), "load": load_average()}


def machine():
    """Return what the results depend on: CPUs, load when the benchmark began and now,
    versions."""
    import numpy as np
    r = subprocess.run([RSCRIPT, "--version"], capture_output=True, text=True)
    return {"cpus": os.cpu_count(), "when": STARTED["when"],
            "load_before": [round(x, 2) for x in STARTED["load"]],
            "load_after": [round(x, 2) for x in load_average()],
            "python": platform.python_version(), "numpy": np.__version__,
            "r": (r.stdout or r.stderr).split("\n")[0].strip()}


class Stopwatch:
    """Wrap module functions to add up the seconds spent in them, to see where the time
    goes; the functions are called unchanged, and restore() puts them back."""

    def __init__(self, targets):
        self.seconds = dict.fromkeys(targets, 0.0)
        self._saved = []
        for name, (module, attr) in targets.items():
            original = getattr(module, attr)
            self._saved.append((module, attr, original))
            setattr(module, attr, self._timed(name, original))

    def _timed(self, name, f):
        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return f(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - t
        return timed

    def restore(self):
        for module, attr, original in self._saved:
            setattr(module, attr, original)


def save(name, results):
    """Write one benchmark's results to bench/out/NAME.json (with the machine's state)."""
    OUT.mkdir(exist_ok=True)
    results = {"benchmark": name, "machine": machine(), **results}
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(results, indent=1, default=float) + "\n")
    say(f"wrote {path.relative_to(ROOT)}")
    return path


def say(text):
    print(text, flush=True)
