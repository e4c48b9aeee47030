"""Measure: an MNIST-sized array (60000 x 784 float64, 376 MB) in a fixture's .npy file
reads about as fast as numpy reads the same file (nnparity issue 15; target: at most 1.5x).

A throwaway project declares a network with data X ["n", "f"]; a fixture holding X as a
.npy file (fixtures.write, the default threshold) is read three ways, interleaved, medians
of the per-round ratios:

- read_npy: fixtures.read_npy, the reader fixtures.load uses for each array: header checks,
  SHA-256 of the whole file (streamed), then np.load(mmap_mode="r");
- np.load: np.load of the same file, read whole into memory (what a user would write);
- np.load mmap: np.load(mmap_mode="r"), no checks (the floor).

Also: fixtures.load of the whole fixture; each reader followed by one pass over every
number (a sum), since a memory map defers the reading to first use; and SHA-256 of the
file's bytes alone (hashlib over the same map), the floor of any reader that checks them.
Then, in fresh child processes, what crossing that matrix into R once allocates, with
rpy2's numpy conversion and with runners.to_r_matrix (what runners.RSession uses for large
matrices): Python-side allocations (tracemalloc) and the process's RSS.

    .venv/bin/python bench/bench_binary.py      (writes bench/out/binary.json)
"""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common
import numpy as np

N, F = 60_000, 784

PROJECT = """[tool.nnparity]
fixtures = "parity"

[tool.nnparity.networks.mnist]
python = "mnist.py"
r = "mnist.R"
reference = "python"
data = {X = ["n", "f"], y = ["n", 1]}
params = {W = ["f", 1], b = [1, 1]}
hyper = {lr = "rate", epochs = "count"}
input = "X"
output = ["n", 1]
"""

MNIST_PY = """def train(X, y, W, b, lr, epochs):
    return {"W": W, "b": b, "loss": []}

def predict(X, W, b):
    return X @ W + b
"""


def make(folder):
    """Write the project and its fixture (0 epochs: the gold is the initial parameters)."""
    from nnparity import fixtures
    (folder / "pyproject.toml").write_text(PROJECT)
    (folder / "mnist.py").write_text(MNIST_PY)
    (folder / "mnist.R").write_text("train <- function(X, y, W, b, lr, epochs) "
                                    "list(W = W, b = b, loss = numeric(0))\n")
    rng = np.random.default_rng(0)
    X = rng.uniform(0, 1, size=(N, F))
    W, b = rng.normal(0, 0.05, size=(F, 1)), np.zeros((1, 1))
    y = (X @ W + b > 0).astype(float)
    doc = {"format": fixtures.FORMAT, "version": fixtures.VERSION, "network": "mnist",
           "name": "big", "description": "an MNIST-sized synthetic input",
           "provenance": {"generator": "bench/bench_binary.py", "seed": 0},
           "data": {"X": X, "y": y}, "init": {"W": W, "b": b}, "hyper": {"lr": 0.1, "epochs": 0},
           "gold": {"params": {"W": W, "b": b}, "output": X @ W + b, "loss": []}}
    path = folder / "parity" / "mnist" / "big.json"
    t = time.perf_counter()
    fixtures.write(path, doc)
    return path, time.perf_counter() - t


def rpy2_child(npy, how):
    """In this (fresh) process: cross the .npy file's matrix into R once, `how` being
    "numpy2ri" or "to_r_matrix"; print what it allocated as one JSON line."""
    import tracemalloc

    import rpy2.robjects as ro
    from rpy2.robjects import default_converter, numpy2ri
    from rpy2.robjects.conversion import localconverter

    from nnparity import runners

    def rss():
        with open("/proc/self/status") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS"))

    X = np.load(npy, mmap_mode="r")
    X.sum()  # fault the file's pages in, so that RSS counts the map before the crossing
    ro.r("gc()")
    before = rss()
    tracemalloc.start()
    t = time.perf_counter()
    if how == "numpy2ri":
        with localconverter(default_converter + numpy2ri.converter):
            r_x = ro.conversion.get_conversion().py2rpy(X)
    else:
        r_x = runners.to_r_matrix(X)
    took = time.perf_counter() - t
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    after = rss()
    assert tuple(ro.r["dim"](r_x)) == (N, F)
    print(json.dumps({"seconds": took, "python_peak_bytes": peak,
                      "python_kept_bytes": current, "rss_growth_bytes": after - before,
                      "array_bytes": X.nbytes}))


def sha256(npy):
    """Return the SHA-256 of the file, hashed over a read-only map as read_npy hashes it."""
    import hashlib
    import mmap
    with open(npy, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
        return hashlib.sha256(m).hexdigest()


def main():
    from nnparity import declaration, fixtures
    rounds = common.repeats(5)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path, write_s = make(folder)
        npy = path.parent / "big.data.X.npy"
        ref = json.loads(path.read_text())["data"]["X"]
        common.say(f"wrote {npy.name}: {npy.stat().st_size / 1e6:.0f} MB in {write_s:.2f} s")
        net = declaration.registry(folder)["mnist"]

        def ours():
            return fixtures.read_npy(path, "$.data.X", ref, 2)

        contenders = {
            "read_npy": lambda: common.timed(ours),
            "np.load": lambda: common.timed(np.load, npy),
            "np.load mmap": lambda: common.timed(np.load, npy, mmap_mode="r"),
            "sha256": lambda: common.timed(sha256, npy),
            "fixtures.load": lambda: common.timed(fixtures.load, path, {"mnist": net}),
            "read_npy + sum": lambda: common.timed(lambda: ours().sum()),
            "np.load + sum": lambda: common.timed(lambda: np.load(npy).sum()),
        }
        runs = common.interleaved(contenders, rounds, warm_up=True)
        seconds = {k: common.median(common.column(v)) for k, v in runs.items()}
        ratios = {
            "read_npy / np.load": common.ratio(common.column(runs["read_npy"]),
                                               common.column(runs["np.load"])),
            "fixtures.load / np.load": common.ratio(common.column(runs["fixtures.load"]),
                                                    common.column(runs["np.load"])),
            "read_npy + sum / np.load + sum": common.ratio(
                common.column(runs["read_npy + sum"]), common.column(runs["np.load + sum"])),
        }
        for k, v in seconds.items():
            common.say(f"{k:>16}: {v:.3f} s (median of {rounds})")
        for k, v in ratios.items():
            common.say(f"{k}: {v:.2f}x (target <= 1.5x)")
        rpy2 = {"array_bytes": N * F * 8}
        for how in ("numpy2ri", "to_r_matrix"):
            child = subprocess.run([sys.executable, __file__, "--rpy2", str(npy), how],
                                   check=False, capture_output=True, text=True,
                                   env=common.ENV)
            if child.returncode:
                rpy2 = {"error": (child.stderr.strip().splitlines() or ["failed"])[-1]}
                common.say(f"rpy2 measurement failed: {rpy2['error']}")
                break
            r = rpy2[how] = common.last_json(child.stdout)
            common.say(f"{how}, one crossing of X: {r['seconds']:.2f} s, Python peak "
                       f"{r['python_peak_bytes'] / 1e6:.0f} MB, RSS +"
                       f"{r['rss_growth_bytes'] / 1e6:.0f} MB (the array: "
                       f"{r['array_bytes'] / 1e6:.0f} MB)")
        common.save("binary", {
            "array": {"shape": [N, F], "bytes": int(npy.stat().st_size)},
            "rounds": rounds, "write_seconds": write_s,
            "seconds": seconds, "ratios": ratios, "target_ratio": 1.5,
            "met": ratios["read_npy / np.load"] <= 1.5, "rpy2_crossing": rpy2,
            "runs": runs})


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rpy2"]:
        sys.path.insert(0, os.fspath(common.ROOT / "python"))
        rpy2_child(*sys.argv[2:4])
    else:
        main()
