"""Measure: `nnparity check` of an MNIST-sized fixture costs what the two native runs cost
(nnparity issue 15; target: at most 1.2x), in how much memory, and how its time grows with
the samples.

The project in bench/mnist declares its network the way a user declares theirs (one sigmoid
hidden layer, softmax, 784 -> 64 -> 10). In a temporary copy of it, `nnparity fixture new`
draws a 60,000-sample fixture with 10 epochs (X: 376 MB, written as .npy files beside the
JSON). Then, interleaved rounds, medians of the per-round ratios:

- native Python: one process, the project's mnist_mlp.py, train() + predict() timed;
- native R: one Rscript (bench/mnist_native.R), the project's mnist_mlp.R, likewise;
- `nnparity check`: the CLI, end to end (start, reading and checking the .npy files, both
  runs, the crossing into R, the comparison).

Each process's peak resident memory is read too (VmHWM, or getrusage for the CLI), against
the bytes of the fixture's data. Then a series against samples (1e4 to 1e6 samples of 32
features, 16 hidden, 2 epochs): the check's seconds per sample, which is flat when the
check is linear in the samples.

    .venv/bin/python bench/bench_mnist.py      (writes bench/out/mnist.json; about 8 minutes)
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common

PROJECT = common.HERE / "mnist"
MNIST = {"sizes": "n=60000,f=784,h=64,k=10", "hyper": "lr=0.5,epochs=10"}
SAMPLES = [10_000, 100_000, 1_000_000]
SERIES = {"f": 32, "h": 16, "k": 10, "hyper": "lr=0.5,epochs=2"}

# The CLI's peak memory: a small launcher waits for it and reads its children's rusage.
LAUNCHER = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], "
            "capture_output=True, text=True); sys.stderr.write(p.stdout[-2000:]); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024); "
            "sys.exit(p.returncode)")


def native_python(project, fixture):
    """In this (fresh) process: read the fixture, time the project's train() + predict(),
    print {"compute", "peak"} as one JSON line."""
    import importlib.util

    from nnparity import fixtures
    spec = importlib.util.spec_from_file_location("mnist_mlp", Path(project) / "mnist_mlp.py")
    user = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(user)
    f = fixtures.load(fixture)
    args = f.args()
    t = time.perf_counter()
    out = user.train(**args)
    user.predict(args["X"], out["W1"], out["b1"], out["W2"], out["b2"])
    compute = time.perf_counter() - t
    print(json.dumps({"compute": compute, "peak": vm_hwm()}))


def vm_hwm():
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM"))


def make(folder, name, sizes, hyper):
    """Draw fixture `name` with the CLI; return (its path, seconds, the bytes of its data
    X and Y as float64 arrays)."""
    took, p = common.run([str(common.NNPARITY), "fixture", "new", "mnist_mlp", name,
                          "--sizes", sizes, "--hyper", hyper], cwd=folder)
    if p.returncode:
        raise RuntimeError(p.stderr)
    path = folder / "parity" / "mnist_mlp" / f"{name}.json"
    n, f, k = (int(dict(kv.split("=") for kv in sizes.split(","))[d]) for d in "nfk")
    return path, took["s"], 8 * n * (f + k)


def python_side(folder, path):
    took, p = common.run([str(common.VENV_PYTHON), __file__, "--native-python", str(folder),
                          str(path)])
    return {"s": took["s"], **common.last_json(p.stdout)}


def r_side(folder, path):
    took, p = common.run([common.RSCRIPT, str(common.HERE / "mnist_native.R"),
                          str(common.ROOT), str(folder), str(path)])
    return {"s": took["s"], **common.last_json(p.stdout)}


def check(folder, path):
    took, p = common.run([str(common.VENV_PYTHON), "-c", LAUNCHER, str(common.NNPARITY),
                          "check", str(path)], cwd=folder)
    if p.returncode:
        raise RuntimeError(f"nnparity check did not agree:\n{p.stderr}")
    return {"s": took["s"], "peak": int(p.stdout.split()[-1])}


def main():
    rounds = common.repeats(2)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "mnist"
        shutil.copytree(PROJECT, folder)
        path, made, data = make(folder, "big", MNIST["sizes"], MNIST["hyper"])
        fixture_new_s = made
        common.say(f"fixture new: {made:.1f} s, {data / 1e6:.0f} MB of data")
        runs = common.interleaved({"python": lambda: python_side(folder, path),
                                   "r": lambda: r_side(folder, path),
                                   "check": lambda: check(folder, path)}, rounds)
        native = [p["compute"] + r["compute"] for p, r in zip(runs["python"], runs["r"])]
        over = common.ratio(common.column(runs["check"]), native)
        processes = [p["s"] + r["s"] for p, r in zip(runs["python"], runs["r"])]
        seconds = {"python_compute": common.median(common.column(runs["python"], "compute")),
                   "r_compute": common.median(common.column(runs["r"], "compute")),
                   "python_process": common.median(common.column(runs["python"])),
                   "r_process": common.median(common.column(runs["r"])),
                   "check": common.median(common.column(runs["check"]))}
        peaks = {k: max(common.column(v, "peak")) for k, v in runs.items()}
        for k, v in seconds.items():
            common.say(f"{k:>15}: {v:.1f} s")
        common.say(f"check / native compute (Python + R): {over:.3f}x (target <= 1.2x)")
        common.say("peak memory / data: " + ", ".join(
            f"{k} {v / 1e6:.0f} MB ({v / data:.2f}x)" for k, v in peaks.items()))
        shutil.rmtree(path.parent)

        series = []
        for n in SAMPLES:
            sizes = f"n={n},f={SERIES['f']},h={SERIES['h']},k={SERIES['k']}"
            path, _, n_bytes = make(folder, f"n{n}", sizes, SERIES["hyper"])
            point = common.interleaved({"python": lambda: python_side(folder, path),
                                        "r": lambda: r_side(folder, path),
                                        "check": lambda: check(folder, path)}, 1)
            p, r, c = point["python"][0], point["r"][0], point["check"][0]
            series.append({"samples": n, "data_bytes": n_bytes, "check_s": c["s"],
                           "native_compute_s": p["compute"] + r["compute"],
                           "check_peak": c["peak"], "native_peaks": p["peak"] + r["peak"],
                           "us_per_sample": c["s"] / n * 1e6,
                           "over_native": c["s"] / (p["compute"] + r["compute"])})
            common.say(f"{n:>9} samples: check {c['s']:.2f} s "
                       f"({series[-1]['us_per_sample']:.2f} us/sample, "
                       f"{series[-1]['over_native']:.2f}x native), peak {c['peak'] / 1e6:.0f} MB")
            shutil.rmtree(path.parent)
        # Linear: from 1e5 to 1e6 samples the time grows 10x; start-up dominates below.
        growth = series[-1]["check_s"] / series[-2]["check_s"]
        common.save("mnist", {
            "shape": [60_000, 784], "hidden": 64, "epochs": 10, "rounds": rounds,
            "fixture_new_s": fixture_new_s, "data_bytes": data, "seconds": seconds,
            "check_over_native_compute": over,
            "check_over_native_processes": common.ratio(common.column(runs["check"]), processes),
            "target_ratio": 1.2, "peak_bytes": peaks,
            "peak_over_data": {k: v / data for k, v in peaks.items()},
            "series": {"f": SERIES["f"], "h": SERIES["h"], "epochs": 2, "points": series,
                       "growth_1e5_to_1e6": growth},
            "runs": runs})


if __name__ == "__main__":
    if sys.argv[1:2] == ["--native-python"]:
        sys.path.insert(0, os.fspath(common.ROOT / "python"))
        native_python(*sys.argv[2:4])
    else:
        main()
