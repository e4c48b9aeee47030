"""The GitHub Actions workflow shipped for users' repositories is well formed and runs the
README's two commands, sharded."""

import re

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

import yaml

from nnparity import paths

WORKFLOW = paths.ROOT / ".github" / "workflows" / "parity.yml"


def load():
    return yaml.safe_load(WORKFLOW.read_text())


def steps():
    return load()["jobs"]["parity"]["steps"]


def test_the_matrix_spans_r_and_python_versions_and_shards():
    matrix = load()["jobs"]["parity"]["strategy"]["matrix"]
    assert len(matrix["r"]) >= 2 and len(matrix["python"]) >= 2
    assert matrix["shard"] == list(range(1, len(matrix["shard"]) + 1))


def test_r_versions_are_ones_the_rpy2_that_run_installs_loads_on():
    pyproject = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())
    assert "rpy2>=3.5.17" in pyproject["project"]["dependencies"]  # a dependency pins nothing
    assert "'rpy2==3.5.17'" in (paths.ROOT / "run").read_text()     # ./run chooses for R 4.2
    r = load()["jobs"]["parity"]["strategy"]["matrix"]["r"]
    assert all((4, 2) <= tuple(map(int, v.split("."))) < (4, 5) for v in r)


def test_r_comes_from_r_lib_actions():
    uses = [s.get("uses", "") for s in steps()]
    assert any(u.startswith("r-lib/actions/setup-r@") for u in uses)
    assert any(u.startswith("actions/setup-python@") for u in uses)


def test_it_runs_the_readmes_two_commands_one_shard_per_job():
    readme = (paths.ROOT / "README.md").read_text()
    runs = [s["run"] for s in steps() if "run" in s]
    assert "./run check --html parity-report" in runs
    assert "./run check" in readme and "./run test" in readme
    (test,) = [r for r in runs if r.startswith("./run test")]
    shards = load()["jobs"]["parity"]["strategy"]["matrix"]["shard"]
    assert re.fullmatch(rf"\./run test --splits {len(shards)} --group \$\{{\{{ matrix\.shard \}}\}}",
                        test)


def test_a_failed_check_uploads_its_html_report():
    (upload,) = [s for s in steps() if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert upload["if"].startswith("failure()")
    assert upload["with"]["path"] == "parity-report/"
