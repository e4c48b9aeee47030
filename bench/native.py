"""Run every bundled fixture's Python train() and predict() natively: no harness, no R.

What a Python user does alone: read each fixture with json, call the network. Prints one
JSON line: `compute` (and `compute_cpu`, in CPU seconds), the seconds spent in train() +
predict() only, and `wall`, the seconds since this process started its own code (imports
and reading included).

    .venv/bin/python bench/native.py [FIXTURE.json ...]
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from nnparity.declaration import NETWORKS  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def arrays(section):
    """Return a fixture section with lists as float64 arrays and numbers as they are."""
    return {k: np.asarray(v, dtype=np.float64) if isinstance(v, list) else v
            for k, v in section.items()}


def main(paths):
    compute = compute_cpu = 0.0
    for path in paths:
        doc = json.loads(Path(path).read_text())
        net = NETWORKS[doc["network"]]
        data, init, hyper = arrays(doc["data"]), arrays(doc["init"]), doc["hyper"]
        c, t = time.process_time(), time.perf_counter()
        result = net.train(**data, **init, **hyper)
        net.predict(data[net.INPUT], **{k: result[k] for k in net.PARAMS})
        compute += time.perf_counter() - t
        compute_cpu += time.process_time() - c
    print(json.dumps({"compute": compute, "compute_cpu": compute_cpu, "fixtures": len(paths),
                      "wall": time.perf_counter() - T0}))


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(FIXTURES.glob("*/*.json")))
