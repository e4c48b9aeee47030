"""Time `nnparity check` in process: R already started, then cli.main(["check", ...]).

Prints one JSON line: `check` (and `check_cpu`, in CPU seconds), the seconds of cli.main()
(reading and validating the fixtures, both runs, comparisons, lockstep where runs part, the
report); `parts`, the seconds spent in each of its parts; `crossings`, how many times it
crossed into R; `status`, its exit status.

    .venv/bin/python bench/harness_inproc.py [nnparity check arguments ...]
"""

import contextlib
import io
import json
import sys
import time

import common
from nnparity import checking, cli, fixtures, lockstep, runners, trajectory


def main(argv):
    session = runners.RSession.get()   # starting R is the CLI's cost, not the check's
    before = session.calls
    watch = common.Stopwatch({
        "reading and validating fixtures": (fixtures, "load"),
        "Python runs (train + predict)": (runners, "run_python"),
        "  of which trajectories kept for lockstep": (trajectory, "record_python"),
        "R runs (crossing, train + predict, converting back)": (runners, "run_r"),
        "lockstep (where free runs part)": (lockstep, "lockstep"),
        "checks (the above but reading, and comparing)": (checking, "check")})
    c, t = time.process_time(), time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(["check", *argv])
    check, check_cpu = time.perf_counter() - t, time.process_time() - c
    watch.restore()
    print(json.dumps({"check": check, "check_cpu": check_cpu, "parts": watch.seconds,
                      "crossings": session.calls - before, "status": status}))


if __name__ == "__main__":
    main(sys.argv[1:])
