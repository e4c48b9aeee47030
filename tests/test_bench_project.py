"""bench/mnist, the project bench_mnist.py checks at MNIST size, at a size a test affords:
its two sides agree on a fixture drawn from its declaration (binary arrays included), and a
port of it with one porting bug (rowSums where colSums belongs) is flagged, so that the
benchmark measures a check that can fail."""

import json
import shutil
import subprocess
import sys

from nnparity import paths

PROJECT = paths.ROOT / "bench" / "mnist"


def nnparity(*args, cwd):
    return subprocess.run([sys.executable, "-m", "nnparity.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def test_the_benchmark_project_agrees_and_its_broken_port_does_not(tmp_path):
    folder = tmp_path / "mnist"
    shutil.copytree(PROJECT, folder)
    made = nnparity("fixture", "new", "mnist_mlp", "small", "--sizes", "n=2000,f=12,h=5,k=3",
                    "--hyper", "lr=0.5,epochs=3", cwd=folder)
    assert made.returncode == 0, made.stderr
    fixture = folder / "parity" / "mnist_mlp" / "small.json"
    assert (fixture.parent / "small.data.X.npy").is_file()  # 24,000 numbers: a binary array
    done = nnparity("check", "--json", fixture, cwd=folder)
    assert done.returncode == 0, done.stdout + done.stderr
    assert [r["verdict"] for r in json.loads(done.stdout)["results"]] == ["agree"]

    source = (folder / "mnist_mlp.R").read_text()
    assert source.count("colSums(dZ1)") == 1
    port = tmp_path / "port.R"
    port.write_text(source.replace("colSums(dZ1)", "rowSums(dZ1)"))
    broken = nnparity("check", "--json", "--port", port, "--network", "mnist_mlp", fixture,
                      cwd=folder)
    assert broken.returncode == 1, broken.stdout + broken.stderr
    assert [r["verdict"] for r in json.loads(broken.stdout)["results"]] != ["agree"]
