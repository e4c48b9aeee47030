"""Measure 6: peak memory of a 1e5-epoch run with its trajectory recorded, against the raw
size of what is recorded (every kept state, every epoch's loss, the epochs kept).

Each run is a fresh process (bench/memory_child.py) on the 2017 article's data (av_mlp, 3 x 4,
3 hidden units), keeping every state (every = 1: 16.8 MB per language) and, for scale,
every 100th (the default of explain and --report for this length). Modes:
trajectory.record_python, trajectory.record_r, lockstep.free_run (both, compared).

    .venv/bin/python bench/bench_memory.py        (BENCH_REPEATS=2 by default)
"""

import sys

import common
from common import median

EPOCHS = 100_000
MODES = ["record_python", "record_r", "free_run"]


def main():
    rounds = common.repeats(2)
    common.say(f"memory: {EPOCHS} epochs, {rounds} rounds, one process per run")
    contenders = {}
    for every in (1, 100):
        for mode in MODES:
            def one(mode=mode, every=every):
                _, p = common.run([str(common.VENV_PYTHON), str(common.HERE / "memory_child.py"),
                                   mode, str(EPOCHS), str(every)])
                return common.last_json(p.stdout)
            contenders[f"{mode} {every}"] = one
    runs = common.interleaved(contenders, rounds)
    result = {"epochs": EPOCHS, "rounds": rounds, "runs": {}}
    for name, r in runs.items():
        peak, raw = median([x["peak_extra"] for x in r]), r[0]["raw"]
        result["runs"][name] = {"peak_extra": peak, "raw": raw, "ratio": peak / raw,
                                "seconds": median([x["seconds"] for x in r])}
        common.say(f"  {name:18s} peak {peak / 1e6:7.1f} MB above the process before it, "
                   f"recorded {raw / 1e6:6.1f} MB: {peak / raw:.2f}x"
                   + (" (target <= 2)" if name.endswith(" 1") else ""))
    common.save("memory", result)


if __name__ == "__main__":
    sys.exit(main())
