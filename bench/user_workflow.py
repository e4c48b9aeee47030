"""What a user does without nnparity: per fixture, train in Python, write the inputs to a
JSON file, run one `Rscript` that reads it with jsonlite, trains in R and writes its
results to JSON, then read them back and compare (np.allclose, nnparity's tolerances).

Prints one JSON line: `wall` (seconds since this process started its own code),
`compute_python` (train + predict in Python), `fixtures`, `agree` (how many compared equal).

    .venv/bin/python bench/user_workflow.py [FIXTURE.json ...]
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from nnparity.declaration import NETWORKS  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def arrays(section):
    return {k: np.asarray(v, dtype=np.float64) if isinstance(v, list) else v
            for k, v in section.items()}


def close(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.size == b.size and np.allclose(a.ravel(), b.ravel(), rtol=1e-10, atol=1e-12)


def main(paths):
    compute, agree = 0.0, 0
    with tempfile.TemporaryDirectory() as tmp:
        inputs, outputs = Path(tmp) / "in.json", Path(tmp) / "out.json"
        for path in paths:
            doc = json.loads(Path(path).read_text())
            net = NETWORKS[doc["network"]]
            data, init, hyper = arrays(doc["data"]), arrays(doc["init"]), doc["hyper"]
            t = time.perf_counter()
            py = net.train(**data, **init, **hyper)
            py_output = net.predict(data[net.INPUT], **{k: py[k] for k in net.PARAMS})
            compute += time.perf_counter() - t
            inputs.write_text(json.dumps({"network": doc["network"], "input": net.INPUT,
                                          "data": doc["data"], "init": doc["init"],
                                          "hyper": doc["hyper"]}))
            subprocess.run(["Rscript", str(HERE / "user_fixture.R"), str(ROOT), str(inputs),
                            str(outputs)], check=True)
            r = json.loads(outputs.read_text())
            agree += all(close(py[k], r["params"][k]) for k in net.PARAMS) and \
                close(py["loss"], r["loss"]) and close(py_output, r["output"])
    print(json.dumps({"wall": time.perf_counter() - T0, "compute_python": compute,
                      "fixtures": len(paths), "agree": agree}))


if __name__ == "__main__":
    main(sys.argv[1:] or sorted((ROOT / "fixtures").glob("*/*.json")))
