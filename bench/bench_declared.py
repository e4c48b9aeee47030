"""Measure: a network declared in a user's project costs what a bundled one costs.

The bundled av_mlp network, copied into a temporary user project under another name (its
Python file, its R files, its fixtures renamed), is checked there; the bundled suite's
av_mlp fixtures are checked from the checkout. Same compute, different declaration path:
the ratio of the two (interleaved rounds, medians) is the declaration's overhead.

    .venv/bin/python bench/bench_declared.py      (writes bench/out/declared.json)
"""

import json
import shutil
import statistics
import tempfile
from pathlib import Path

import common

PROJECT = '''[tool.nnparity]
fixtures = "parity"

[tool.nnparity.networks.mine]
python = "mine.py"
r = ["sigmoid.R", "mine.R"]
reference = "python"
data = {X = ["n", "f"], y = ["n", 1]}
params = {wh = ["f", "h"], bh = [1, "h"], wout = ["h", 1], bout = [1, 1]}
hyper = {lr = "rate", epochs = "count"}
input = "X"
output = ["n", 1]
functions.r = {train = "av_mlp_train", predict = "av_mlp_predict", step = "av_mlp_step"}
'''


def user_project(where):
    """Write the user project: av_mlp under the name `mine`, with copies of its fixtures."""
    shutil.copy(common.ROOT / "python" / "nnparity" / "networks" / "av_mlp.py", where / "mine.py")
    shutil.copy(common.ROOT / "R" / "sigmoid.R", where / "sigmoid.R")
    shutil.copy(common.ROOT / "R" / "av_mlp.R", where / "mine.R")
    (where / "pyproject.toml").write_text(PROJECT)
    fixtures = where / "parity" / "mine"
    fixtures.mkdir(parents=True)
    for path in sorted((common.ROOT / "fixtures" / "av_mlp").glob("*.json")):
        doc = json.loads(path.read_text())
        doc["network"] = "mine"
        (fixtures / path.name).write_text(json.dumps(doc))
    return fixtures


def main():
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        user_project(where)
        bundled = [str(common.NNPARITY), "check", "--json", "--network", "av_mlp"]
        declared = [str(common.NNPARITY), "check", "--json"]
        rounds = common.repeats(5)
        runs = common.interleaved({
            "bundled": lambda: common.run(bundled)[0],
            "declared": lambda: common.run(declared, cwd=where)[0],
        }, rounds)
    ratio = statistics.median(d["s"] / b["s"] for b, d in zip(runs["bundled"], runs["declared"]))
    out = {"rounds": rounds, "bundled_s": statistics.median(r["s"] for r in runs["bundled"]),
           "declared_s": statistics.median(r["s"] for r in runs["declared"]),
           "ratio": ratio, "fixtures": 11}
    common.save("declared", out)
    print(f"av_mlp's 11 fixtures, nnparity check end to end: bundled {out['bundled_s']:.2f} s, "
          f"declared in a user project {out['declared_s']:.2f} s: {ratio:.2f}x")


if __name__ == "__main__":
    main()
