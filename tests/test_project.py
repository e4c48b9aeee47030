"""A network declared only in a user's project, outside nnparity's source, gets everything the
bundled ones have: check, --port, explain, --report, lockstep, -j, the pytest plugin and
nnparity.check(); `nnparity init` gives a project where check and pytest pass at once, and a
mutated R file makes both fail with the report."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from nnparity import paths

EXAMPLES = paths.ROOT / "examples"


def nnparity(*args, cwd):
    return subprocess.run([sys.executable, "-m", "nnparity.cli", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def run_pytest(*args, cwd):
    # -p no:xdist keeps the inner run on one process; -p no:cacheprovider writes nothing.
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider",
                           "-p", "no:randomly", *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """examples/deep_softmax, copied to a folder of its own: a user's project."""
    where = tmp_path_factory.mktemp("user") / "deep_softmax"
    shutil.copytree(EXAMPLES / "deep_softmax", where)
    return where


def test_check_runs_the_projects_fixtures_and_all_agree(project):
    done = nnparity("check", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = [line.split()[:2] for line in done.stdout.splitlines()[3:] if line.strip()]
    assert sorted(rows) == sorted(["deep_softmax", p.stem]
                                  for p in (project / "parity" / "deep_softmax").glob("*.json"))
    assert len(rows) >= 7


def test_a_bad_port_diverges_in_lockstep_at_its_line(project):
    done = nnparity("check", "--port", "ports/bad_rowmax_recycled.R", cwd=project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "diverge" in done.stdout and "lockstep" in done.stdout
    assert "ports/bad_rowmax_recycled.R:" in done.stdout


def test_explain_and_report_work_for_a_declared_network(project, tmp_path):
    fixture = project / "parity" / "deep_softmax" / "epochs-1.json"
    done = nnparity("explain", fixture, "--port", "ports/bad_sum_gradients.py", cwd=project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "deep_softmax[epochs-1]: 1 epochs; verdict: diverge" in done.stdout
    done = nnparity("check", "--report", tmp_path, fixture, cwd=project)
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == ["deep_softmax-epochs-1.json", "deep_softmax-epochs-1.plot.json",
                       "deep_softmax-epochs-1.png"]
    assert json.loads((tmp_path / "deep_softmax-epochs-1.json").read_text())["verdict"] == "agree"


def test_two_workers_give_what_one_process_gives(project):
    one = nnparity("check", "--json", cwd=project)
    two = nnparity("check", "--json", "-j", "2", cwd=project)
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    assert one.stdout == two.stdout


def test_plain_pytest_collects_every_fixture_and_passes(project):
    done = run_pytest("-q", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    n = len(list((project / "parity" / "deep_softmax").glob("*.json")))
    assert f"{n} passed" in done.stdout


def test_pytest_with_a_port_fails_with_the_report(project):
    done = run_pytest("-q", "--nnparity-port", "ports/bad_sum_gradients.py", cwd=project)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "the port ports/bad_sum_gradients.py does not match" in done.stdout


def test_nnparity_check_from_python_in_the_project(project, monkeypatch):
    import nnparity as api
    monkeypatch.chdir(project)
    frame = api.check()
    assert set(frame["network"]) == {"deep_softmax"} and frame["passed"].all()
    bad = api.check(port="ports/bad_rowmax_recycled.R", in_process=True)
    assert not bad["passed"].all()


def test_an_r_reference_checks_its_python_port(tmp_path):
    project = tmp_path / "ridge"
    shutil.copytree(EXAMPLES / "ridge_logistic_r_first", project)
    done = nnparity("check", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    doc = json.loads((project / "parity" / "ridge_logistic" / "default.json").read_text())
    assert doc["provenance"]["reference"] == "R/ridge_logistic.R"
    done = nnparity("check", "--port", "ports/bad_penalty_on_bias.py", cwd=project)
    assert done.returncode == 1 and "diverge" in done.stdout, done.stdout + done.stderr


def test_init_gives_a_project_where_check_and_pytest_pass_and_a_mutation_fails_both(tmp_path):
    done = nnparity("init", tmp_path / "new", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    project = tmp_path / "new"
    assert nnparity("check", cwd=project).returncode == 0
    assert run_pytest("-q", cwd=project).returncode == 0
    again = nnparity("init", project, cwd=tmp_path)
    assert again.returncode == 2 and "exists" in again.stderr
    r_file = project / "tiny_mlp.R"
    text = r_file.read_text()
    assert "colSums(dZ1)" in text
    r_file.write_text(text.replace("colSums(dZ1)", "colMeans(dZ1)"))
    done = nnparity("check", cwd=project)
    assert done.returncode == 1 and "tiny_mlp.R:" in done.stdout, done.stdout
    tested = run_pytest("-q", cwd=project)
    assert tested.returncode == 1
    assert "tiny_mlp[epochs-1]: R does not match the Python reference" in tested.stdout


def test_the_installed_wheel_runs_from_any_folder(tmp_path):
    """pip install of a wheel (not editable): the R sources, schema, fixtures and pitfalls
    travel as package data; nothing reads the checkout."""
    wheel = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                            "--no-build-isolation", "-w", tmp_path / "dist", paths.ROOT],
                           capture_output=True, text=True)
    assert wheel.returncode == 0, wheel.stderr
    (built,) = (tmp_path / "dist").glob("nnparity-*.whl")
    site = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                           "--target", site, built], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run([sys.executable, "-c", "import nnparity; print(nnparity.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True)
    assert where.stdout.startswith(str(site)), where.stdout + where.stderr
    done = subprocess.run([sys.executable, "-m", "nnparity.cli", "check", "--json", "-j", "2"],
                          cwd=elsewhere, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)["results"]
    assert len(results) >= 39 and all(r["passed"] for r in results)
    assert all(r["fixture"].startswith(str(site)) for r in results)


def test_pytest_writes_the_html_site_when_asked(project, tmp_path):
    done = run_pytest("-q", "--nnparity-html", tmp_path / "site", cwd=project)
    assert done.returncode == 0, done.stdout + done.stderr
    pages = sorted(p.name for p in (tmp_path / "site").iterdir())
    n = len(list((project / "parity" / "deep_softmax").glob("*.json")))
    assert "index.html" in pages and len(pages) == n + 1
