"""Run the benchmarks (all, or those named), then write bench/results.md.

    .venv/bin/python bench/run.py [suite articles scaling memory parallel binary mnist]

Each benchmark is its own process and writes bench/out/NAME.json; report.py then builds
results.md and the pictures from every bench/out/*.json, the fresh and the kept ones.
Environment: BENCH_REPEATS (rounds), BENCH_PYTEST, BENCH_PYTEST_REPEATS (bench_parallel.py).
"""

import subprocess
import sys

from common import HERE, VENV_PYTHON

ALL = ["suite", "articles", "scaling", "memory", "parallel", "binary", "mnist"]


def main(names):
    unknown = sorted(set(names) - set(ALL))
    if unknown:
        sys.exit(f"bench/run.py: no benchmark {', '.join(unknown)} (choose from {', '.join(ALL)})")
    for name in names or ALL:
        print(f"== bench_{name}.py", flush=True)
        subprocess.run([str(VENV_PYTHON), str(HERE / f"bench_{name}.py")], check=True)
    subprocess.run([str(VENV_PYTHON), str(HERE / "report.py")], check=True)


if __name__ == "__main__":
    main(sys.argv[1:])
