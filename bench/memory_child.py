"""Measure one trajectory run's peak memory in a fresh process (bench/bench_memory.py).

Sets everything up first (imports, R, a 10-epoch run of the same kind), resets the kernel's
peak-RSS mark (/proc/self/clear_refs), runs, and prints one JSON line: `peak_extra`, the
peak resident memory above what the process held just before, in bytes; `raw`, the bytes
of what was recorded (every kept state, every loss, the epochs kept); `seconds`.

    .venv/bin/python bench/memory_child.py record_python|record_r|free_run EPOCHS [EVERY]
"""

import dataclasses
import json
import re
import sys
import time

from nnparity import fixtures, lockstep, paths, runners, trajectory


def status(field):
    """Return a /proc/self/status field, in bytes."""
    text = open("/proc/self/status").read()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1)) * 1024


def raw_bytes(t):
    return sum(v.nbytes for v in t.params.values()) + t.loss.nbytes + t.epochs.nbytes


def main(mode, epochs, every):
    base = fixtures.load(paths.FIXTURES / "av_mlp" / "article-5000.json")
    fixture = dataclasses.replace(base, hyper={**base.hyper, "epochs": epochs})
    session = runners.RSession.get()
    runs = {
        "record_python": lambda f: [trajectory.record_python(f, every=every)],
        "record_r": lambda f: [trajectory.record_r(f, every=every, session=session)],
        "free_run": lambda f: (lambda fr: [fr.py, fr.r])(
            lockstep.free_run(f, session=session, every=every)),
    }
    run = runs[mode]
    run(dataclasses.replace(fixture, hyper={**fixture.hyper, "epochs": 10}))   # warm up
    session._ro.r("invisible(gc())")
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")                                  # the peak mark starts again from here
    before = status("VmRSS")
    t = time.perf_counter()
    kept = run(fixture)
    seconds = time.perf_counter() - t
    peak = status("VmHWM")
    print(json.dumps({"mode": mode, "epochs": epochs, "every": every,
                      "peak_extra": peak - before, "raw": sum(map(raw_bytes, kept)),
                      "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1)
