"""Measures 1 and 2: the bundled suite through nnparity against the same compute run natively,
and against what a user does instead (one Rscript per fixture, JSON files in between).

The same two ways are also timed on the bundled fixtures cut to 0 epochs (written to a
temporary folder), where there is nothing to compute: what is left is each way's own cost
per fixture, a process start and two JSON files against one crossing into R.

Each round runs, in rotating order, each in a fresh process:
  native_py   bench/native.py: Python train() + predict() of every fixture
  native_r    bench/native.R: R train() + predict() of every fixture, one Rscript
  inproc      bench/harness_inproc.py: cli.main(["check", ...]) with R already started
  cli         .venv/bin/nnparity check ..., end to end
  user        bench/user_workflow.py: Python, then one Rscript per fixture via JSON files

    .venv/bin/python bench/bench_suite.py        (BENCH_REPEATS=5 by default)
"""

import json
import sys
import tempfile
from pathlib import Path

import common
from common import ROOT, column, median, ratio, run


def fixtures():
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "fixtures").glob("*/*.json"))]


def zero_epoch_copies(paths, folder):
    """Write each fixture with 0 epochs (its gold: the initial parameters) into folder."""
    from nnparity.declaration import NETWORKS
    import numpy as np
    out = []
    for path in paths:
        doc = json.loads((ROOT / path).read_text())
        net = NETWORKS[doc["network"]]
        doc["hyper"][net.EPOCHS] = 0
        output = net.predict(np.asarray(doc["data"][net.INPUT], dtype=np.float64),
                             **{k: np.asarray(v, dtype=np.float64) for k, v in doc["init"].items()})
        doc["gold"] = {"params": doc["init"], "output": np.asarray(output).tolist(), "loss": []}
        target = Path(folder) / doc["network"] / Path(path).name
        target.parent.mkdir(exist_ok=True)
        target.write_text(json.dumps(doc))
        out.append(str(target))
    return out


def contenders(paths, zero):
    py, bench = str(common.VENV_PYTHON), common.HERE

    def child(*cmd):
        took, p = run(cmd)
        return {**took, **common.last_json(p.stdout)}

    def native_py():
        return child(py, str(bench / "native.py"), *paths)

    def native_r():
        return child(common.RSCRIPT, str(bench / "native.R"), str(ROOT), *paths)

    def inproc():
        return child(py, str(bench / "harness_inproc.py"), *paths)

    def cli():
        took, p = run([str(common.NNPARITY), "check", *paths])
        return {**took, "status": p.returncode}

    def user():
        return child(py, str(bench / "user_workflow.py"), *paths)

    def inproc_zero():
        return child(py, str(bench / "harness_inproc.py"), *zero)

    def user_zero():
        return child(py, str(bench / "user_workflow.py"), *zero)

    def rscript_start():
        return run([common.RSCRIPT, "-e", "invisible(0)"])[0]

    def rscript_jsonlite():
        return run([common.RSCRIPT, "-e", "library(jsonlite)"])[0]

    return {"native_py": native_py, "native_r": native_r, "inproc": inproc, "cli": cli,
            "user": user, "inproc_zero": inproc_zero, "user_zero": user_zero,
            "rscript_start": rscript_start, "rscript_jsonlite": rscript_jsonlite}


def summarize(runs, clock):
    """Return the ratios of the suite on one clock: "s" (wall) or "cpu"."""
    compute = "compute" if clock == "s" else "compute_cpu"
    check = "check" if clock == "s" else "check_cpu"
    native = [a + b for a, b in zip(column(runs["native_py"], compute),
                                    column(runs["native_r"], compute))]
    native_processes = [a + b for a, b in zip(column(runs["native_py"], clock),
                                              column(runs["native_r"], clock))]
    inproc, cli, user = (column(runs["inproc"], check), column(runs["cli"], clock),
                         column(runs["user"], clock))
    return {
        "native_compute": median(native), "native_processes": median(native_processes),
        "inproc": median(inproc), "cli": median(cli), "user": median(user),
        "inproc_over_native_compute": ratio(inproc, native),
        "cli_over_native_processes": ratio(cli, native_processes),
        "cli_over_native_compute": ratio(cli, native),
        "user_over_cli": ratio(user, cli),
        "user_over_inproc": ratio(user, inproc),
        # What each adds to the compute both must do, the one Rscript per fixture against the
        # harness: per fixture, a process start and two JSON files against one crossing.
        "user_overhead_over_cli_overhead": ratio(
            [u - n for u, n in zip(user, native_processes)],
            [c - n for c, n in zip(cli, native_processes)]),
    }


def main():
    paths = fixtures()
    rounds = common.repeats(5)
    common.say(f"suite: {len(paths)} fixtures, {rounds} rounds of native Python, native R, "
               "nnparity in process, nnparity CLI, one Rscript per fixture")
    with tempfile.TemporaryDirectory() as folder:
        runs = common.interleaved(contenders(paths, zero_epoch_copies(paths, folder)), rounds)
    zero_user, zero_inproc = column(runs["user_zero"]), column(runs["inproc_zero"], "check")
    result = {
        "fixtures": len(paths), "rounds": rounds,
        "wall": summarize(runs, "s"), "cpu": summarize(runs, "cpu"),
        "native_compute": {"python": median(column(runs["native_py"], "compute")),
                           "r": median(column(runs["native_r"], "compute"))},
        "rscript_start": median(column(runs["rscript_start"])),
        "rscript_jsonlite": median(column(runs["rscript_jsonlite"])),
        "crossings": runs["inproc"][0]["crossings"],
        "statuses": {"inproc": runs["inproc"][0]["status"], "cli": runs["cli"][0]["status"]},
        "user_agree": runs["user"][0]["agree"],
        "zero_epochs": {"user": median(zero_user), "inproc": median(zero_inproc),
                        "user_per_fixture": median(zero_user) / len(paths),
                        "inproc_per_fixture": median(zero_inproc) / len(paths),
                        "user_over_inproc": ratio(zero_user, zero_inproc)},
        "runs": runs,
    }
    w, c = result["wall"], result["cpu"]
    nc = result["native_compute"]
    common.say(f"  native compute: Python {nc['python']:.2f} s + R {nc['r']:.2f} s = "
               f"{w['native_compute']:.2f} s (two processes: {w['native_processes']:.2f} s)")
    common.say(f"  1. nnparity check in process {w['inproc']:.2f} s = "
               f"{w['inproc_over_native_compute']:.3f}x the native compute (CPU: "
               f"{c['inproc_over_native_compute']:.3f}x; target <= 1.2), "
               f"{result['crossings']} crossings into R")
    common.say(f"     nnparity check CLI {w['cli']:.2f} s = {w['cli_over_native_processes']:.3f}x "
               f"the two native processes (CPU: {c['cli_over_native_processes']:.3f}x), "
               f"{w['cli_over_native_compute']:.3f}x their compute")
    common.say(f"  2. one Rscript per fixture {w['user']:.2f} s: the nnparity CLI is "
               f"{w['user_over_cli']:.2f}x faster (CPU: {c['user_over_cli']:.2f}x), in process "
               f"{w['user_over_inproc']:.2f}x (target >= 10); beyond the compute both do, "
               f"{w['user_overhead_over_cli_overhead']:.1f}x less overhead")
    z = result["zero_epochs"]
    common.say(f"     at 0 epochs (nothing to compute): one Rscript per fixture "
               f"{z['user_per_fixture'] * 1e3:.0f} ms per fixture, nnparity in process "
               f"{z['inproc_per_fixture'] * 1e3:.1f} ms: {z['user_over_inproc']:.1f}x faster")
    common.say(f"     Rscript starts in {result['rscript_start']:.3f} s, "
               f"{result['rscript_jsonlite']:.3f} s with jsonlite")
    common.save("suite", result)


if __name__ == "__main__":
    sys.exit(main())
