"""nnparity check: the table, JSON, exit codes 0/1/2, and one-line errors."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from nnparity import cli, fixtures, isolation, paths, runners

AV_MLP = paths.FIXTURES / "av_mlp"


def run(capsys, *argv):
    status = cli.main(["check", *map(str, argv)])
    out, err = capsys.readouterr()
    return status, out, err


def test_every_bundled_fixture_agrees(capsys, r_session):
    status, out, err = run(capsys)
    head, table, *details = out.split("\n\n")
    assert head.startswith("nnparity ") and "numpy" in head and "BLAS" in head
    rows = table.splitlines()
    assert rows[0].split() == ["network", "fixture", "epochs", "worst", "rel", "diff", "verdict"]
    bundled = [(p.parent.name, p.stem) for p in fixtures.discover([paths.FIXTURES])]
    assert [tuple(r.split()[:2]) for r in rows[1:]] == bundled
    assert all(r.endswith(("  agree", "  equivalent")) for r in rows[1:])
    assert status == 0 and err == ""


def test_given_paths_only(capsys, r_session):
    status, out, _ = run(capsys, AV_MLP / "walkthrough-1.json", AV_MLP / "one-sample.json")
    assert [r.split()[1] for r in out.splitlines()[3:]] == ["walkthrough-1", "one-sample"]
    assert status == 0


def test_json_output(capsys, r_session):
    status, out, _ = run(capsys, AV_MLP / "walkthrough-1.json", "--json")
    doc = json.loads(out)
    (result,) = doc["results"]
    assert result["verdict"] == "agree" and result["name"] == "walkthrough-1"
    assert [q["quantity"] for q in result["quantities"]] == ["wh", "bh", "wout", "bout",
                                                             "output", "loss"]
    assert doc["errors"] == [] and status == 0
    assert set(doc["environment"]) == {"nnparity", "python", "numpy", "numpy_blas", "r", "r_blas"}


def test_the_articles_r_code_exits_1_and_names_the_biases(capsys, r_session):
    port = paths.PITFALLS / "rowsums-bias" / "port.R"
    status, out, _ = run(capsys, AV_MLP / "article-5000.json", "--port", port,
                         "--network", "av_mlp")
    assert status == 1
    assert "bh: shape differs: Python 1 x 3, R 3 x 3" in out
    assert "bout: shape differs: Python 1 x 1, R 3 x 1" in out


def test_a_bad_fixture_exits_2_and_the_good_ones_are_still_checked(capsys, tmp_path, r_session):
    shutil.copy(AV_MLP / "walkthrough-1.json", tmp_path / "good.json")
    (tmp_path / "bad.json").write_text('{"format": "nnparity-fixture", ')
    status, out, err = run(capsys, tmp_path)
    assert status == 2
    assert "walkthrough-1" in out and "agree" in out
    error_lines = [l for l in out.splitlines() if l.startswith("error:")]
    assert len(error_lines) == 1 and "bad.json: $: not valid JSON" in error_lines[0]


@pytest.mark.parametrize("options", [[], ["-j", "2"], ["--port", paths.PITFALLS / "rowsums-bias" /
                                                        "port.R", "--network", "av_mlp"]])
def test_only_bad_fixtures_exit_2_with_their_errors(options, capsys, tmp_path, r_session):
    (tmp_path / "bad.json").write_text('{"format": "nnparity-fixture", ')
    status, out, err = run(capsys, tmp_path, *options)
    assert status == 2 and err == ""
    assert out.rstrip().splitlines()[-1] == f"error: {tmp_path / 'bad.json'}: $: not valid JSON: " \
        "Expecting property name enclosed in double quotes: line 1 column 32 (char 31)"


def test_missing_r_exits_2_with_one_line(capsys, monkeypatch):
    def unavailable():
        raise runners.RUnavailable("rpy2 cannot load R (libR.so: cannot open shared object)")
    monkeypatch.setattr(runners.RSession, "get", staticmethod(unavailable))
    status, out, err = run(capsys, AV_MLP / "walkthrough-1.json")
    assert status == 2 and out == ""
    assert err == "nnparity: rpy2 cannot load R (libR.so: cannot open shared object)\n"


@pytest.mark.parametrize("argv, message", [
    (["no/such/fixture.json"], "no/such/fixture.json: no such file or folder"),
    (["--port", "x.R"], "x.R: no such port file"),
    (["--port", "x.txt", "--network", "av_mlp"], "x.txt: a port is a .R or .py file"),
    (["--port", "missing.R", "--network", "av_mlp"], "missing.R: no such port file"),
    (["--rtol", "-1"], "--rtol and --atol must be 0 or more"),
])
def test_bad_command_lines_exit_2_with_one_line(capsys, argv, message, r_session):
    status, out, err = run(capsys, *argv)
    assert status == 2 and message in err and len(err.splitlines()) == 1


def test_a_port_with_a_syntax_error_exits_2(capsys, tmp_path, r_session):
    port = tmp_path / "port.R"
    port.write_text("train <- function(X { }\n")
    status, _, err = run(capsys, AV_MLP / "walkthrough-1.json", "--port", port,
                         "--network", "av_mlp")
    assert status == 2 and f"{port}: cannot load:" in err and len(err.splitlines()) == 1


def test_two_json_runs_are_identical(capsys, r_session):
    first = run(capsys, "--json")[1]
    assert first == run(capsys, "--json")[1]


def test_jobs_give_the_same_json_as_one_process(capsys, r_session):
    assert run(capsys, "--json", "-j", "2")[1] == run(capsys, "--json")[1]


def test_workers_take_the_most_work_first_and_results_keep_the_given_order():
    loaded = [fixtures.load(p) for p in fixtures.discover([paths.FIXTURES])]
    order = isolation.longest_first(loaded)
    assert sorted(order) == list(range(len(loaded)))
    assert loaded[order[0]].id == "av_nobias[moons-10000]"
    assert [loaded[i].work for i in order] == sorted((f.work for f in loaded), reverse=True)
    assert isolation.in_given_order(order, [loaded[i].id for i in order]) == [
        f.id for f in loaded]


def test_a_worker_whose_r_cannot_start_gives_one_line_not_a_traceback(tmp_path):
    env = {**os.environ, "R_HOME": str(tmp_path / "no-R-here")}
    done = subprocess.run([sys.executable, "-m", "nnparity.cli", "check", "-j", "2",
                           str(AV_MLP / "walkthrough-1.json")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.rstrip().splitlines()[-1].startswith(
        "nnparity: a worker process ended abruptly (its R could not start, or crashed)")


def test_json_holds_every_probe_of_a_diverging_port(capsys, r_session):
    # a port that sets bout itself: the probe keeps the value it returns at 0 epochs, an array
    port = paths.ROOT / "tests" / "ports" / "sixth" / "05-av_mlp-own-init.R"
    status, out, _ = run(capsys, AV_MLP / "walkthrough-1.json", "--port", port, "--network",
                         "av_mlp", "--json", "--in-process")
    probes = json.loads(out)["results"][0]["lockstep"]["probes"]
    assert status == 1 and probes["own_init"] == ["bout"]
    assert probes["own_values"] == {"bout": [0.0]} and probes["line"][1:] == [13, "c2 <- 0"]
