"""Measure: how long the default limits take to report a port that never returns.

  nnparity check --port HANG.R --network av_mlp    (and HANG.py), default settings: every
                                                   av_mlp fixture is stopped and reported

Wall-clock seconds end to end (Python and R starting, each fixture's limit running out, the
worker replaced after each), with the sum of the limits that ran out (parsed from the
report), so that what the limits cost and what the rest costs can be told apart; and the
load average, since the reference's time, and so a limit, grows with the machine's load.

    .venv/bin/python bench/bench_hang.py      (BENCH_REPEATS=1; writes bench/out/hang.json)
"""

import json
import re
import sys
import tempfile
from pathlib import Path

import common

HANGING = {
    "R": ("hang.R", "train <- function(X, y, wh, bh, wout, bout, lr, epochs) {\n"
                    "  repeat {}\n}\n"),
    "Python": ("hang.py", "def train(X, y, wh, bh, wout, bout, lr, epochs):\n"
                          "    while True:\n        pass\n"),
}


def one(port):
    before = common.load_average()[0]
    took, p = common.run([str(common.NNPARITY), "check", "--json", "--port", str(port),
                          "--network", "av_mlp"])
    results = json.loads(p.stdout)["results"]
    limits = [float(re.search(r"within ([0-9.]+) s", r["error"] or "").group(1))
              for r in results if r["error"]]
    return {**took, "fixtures": len(results), "stopped": len(limits), "limits": sum(limits),
            "load_before": before, "load_after": common.load_average()[0]}


def main():
    rounds = common.repeats(1)
    out = {"runs": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for language, (name, text) in HANGING.items():
            port = Path(tmp) / name
            port.write_text(text)
            runs = [one(port) for _ in range(rounds)]
            out["runs"][language] = runs
            s, limits = common.median(common.column(runs)), common.median(
                common.column(runs, "limits"))
            print(f"hanging {language} port, av_mlp suite ({runs[0]['stopped']} of "
                  f"{runs[0]['fixtures']} fixtures stopped): {s:.1f} s to report, of which "
                  f"{limits:.1f} s the limits; load {runs[0]['load_before']:.1f} before, "
                  f"{runs[-1]['load_after']:.1f} after", flush=True)
    common.save("hang", out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
