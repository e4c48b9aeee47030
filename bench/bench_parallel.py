"""Measure 5: two workers against one, on this machine's cores.

  nnparity check -j 2   against nnparity check (-j 1), every bundled fixture, end to end
  pytest -n 2           against pytest -n 0 (pytest-xdist), the test suite (BENCH_PYTEST
                        narrows it: BENCH_PYTEST="tests/test_av_mlp_vs_r.py tests/test_cli.py")

Wall-clock seconds, interleaved, medians; the load average before and after each run is kept,
because on a shared machine two workers only help when two cores are free.

    .venv/bin/python bench/bench_parallel.py   (BENCH_REPEATS=3; BENCH_PYTEST_REPEATS=2)
"""

import os
import sys

import common
from common import column, median, ratio


def timed_with_load(cmd):
    def one():
        before = common.load_average()[0]
        took, p = common.run(cmd)
        return {**took, "load_before": before, "load_after": common.load_average()[0],
                "status": p.returncode}
    return one


def main():
    rounds = common.repeats(3)
    cpus = os.cpu_count()
    nnparity = str(common.NNPARITY)
    common.say(f"parallel: {cpus} CPUs, load average {common.load_average()[0]:.2f}; "
               f"nnparity check {rounds} rounds")
    check = common.interleaved({"j1": timed_with_load([nnparity, "check"]),
                                "j2": timed_with_load([nnparity, "check", "-j", "2"])}, rounds)
    result = {"cpus": cpus, "check": {
        "j1": median(column(check["j1"])), "j2": median(column(check["j2"])),
        "speedup": ratio(column(check["j1"]), column(check["j2"])),
        "load": median([r["load_before"] for rs in check.values() for r in rs]),
        "runs": check}}
    c = result["check"]
    common.say(f"  nnparity check: -j 1 {c['j1']:.2f} s, -j 2 {c['j2']:.2f} s: "
               f"{c['speedup']:.2f}x (target >= 1.7; load average {c['load']:.2f})")

    selection = os.environ.get("BENCH_PYTEST", "tests").split()
    pytest = [str(common.VENV_PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider",
              *selection]
    prounds = int(os.environ.get("BENCH_PYTEST_REPEATS", 2))
    common.say(f"  pytest {' '.join(selection)}: {prounds} rounds of -n 0 and -n 2")
    runs = common.interleaved({"n0": timed_with_load([*pytest, "-n", "0"]),
                               "n2": timed_with_load([*pytest, "-n", "2"])}, prounds)
    result["pytest"] = {
        "selection": selection,
        "n0": median(column(runs["n0"])), "n2": median(column(runs["n2"])),
        "speedup": ratio(column(runs["n0"]), column(runs["n2"])),
        "load": median([r["load_before"] for rs in runs.values() for r in rs]),
        "statuses": [r["status"] for rs in runs.values() for r in rs],
        "runs": runs}
    p = result["pytest"]
    common.say(f"  pytest: -n 0 {p['n0']:.1f} s, -n 2 {p['n2']:.1f} s: {p['speedup']:.2f}x "
               f"(target >= 1.7; load average {p['load']:.2f}; exit statuses {p['statuses']})")
    common.save("parallel", result)


if __name__ == "__main__":
    sys.exit(main())
