"""The R package on its own: its testthat suite checks R against the gold values, no Python.

Its check_parity() tests run the nnparity command: without it they fail, and skip only with
options(nnparity.allow_missing = TRUE) or under R CMD check; with it they must all run."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from nnparity import paths

NNPARITY = Path(sys.executable).parent / "nnparity"  # the venv's console script
# tests in test-check_parity.R that need the nnparity command (each starts with need_nnparity())
NEEDS_NNPARITY = (Path(paths.ROOT) / "tests" / "testthat" / "test-check_parity.R").read_text(
    encoding="utf-8").count("\n  need_nnparity()")


def _env(with_nnparity):
    """os.environ with the venv's nnparity named, or with no nnparity reachable at all."""
    env = {k: v for k, v in os.environ.items() if k not in ("NNPARITY_COMMAND", "NNPARITY_CHECKOUT")}
    if with_nnparity:
        env.update(NNPARITY_COMMAND=str(NNPARITY), NNPARITY_CHECKOUT=str(paths.ROOT))
    else:
        env["PATH"] = os.pathsep.join(d for d in env.get("PATH", "").split(os.pathsep)
                                      if d and not (Path(d) / "nnparity").exists())
    return env


def _testthat(env, setup="", filter_="NULL", reporter="silent"):
    """Run the package's testthat suite; (expectations, tests failed or in error, tests in
    error, skipped, skipped in test-check_parity.R), and the output."""
    rscript = shutil.which("Rscript")
    assert rscript, "Rscript is not on PATH: R is not installed (./run installs it)"
    code = (setup + f'res <- as.data.frame(testthat::test_local(".", filter = {filter_}, '
            f'reporter = "{reporter}", stop_on_failure = FALSE)); '
            'cat(sum(res$nb), sum(res$failed > 0 | res$error), sum(res$error), sum(res$skipped), '
            'sum(res$skipped[res$file == "test-check_parity.R"]), "\\n")')
    done = subprocess.run([rscript, "-e", code], cwd=paths.ROOT, capture_output=True,
                          text=True, timeout=600, env=env, check=False)
    assert done.returncode == 0, done.stderr
    return tuple(map(int, done.stdout.split()[-5:])), done.stdout + done.stderr


def test_testthat_suite_passes_without_python():
    # no nnparity anywhere: the check_parity() tests that need it skip (allowed), and only they
    counts, out = _testthat(_env(False), "options(nnparity.allow_missing = TRUE); ")
    expectations, failed, errors, skipped, skipped_check_parity = counts
    assert (failed, errors) == (0, 0), out
    assert NEEDS_NNPARITY >= 6
    assert skipped == skipped_check_parity == NEEDS_NNPARITY, out
    assert expectations > 100  # every fixture's gold values were checked


def test_check_parity_tests_fail_without_nnparity_unless_allowed():
    counts, out = _testthat(_env(False), filter_='"check_parity"', reporter="summary")
    _, failed, _, skipped, _ = counts
    assert skipped == 0, out
    assert failed == NEEDS_NNPARITY, out  # each test that needs nnparity, no more
    assert ("nnparity is not installed (no `nnparity` on the PATH): install it "
            "(pip install nnparity)") in out, out


def test_check_parity_tests_pass_with_nnparity():
    assert NNPARITY.exists(), NNPARITY
    counts, out = _testthat(_env(True), filter_='"check_parity"')
    expectations, failed, errors, skipped, _ = counts
    assert (failed, errors, skipped) == (0, 0, 0), out
    assert expectations >= 40, out


@pytest.mark.parametrize("with_nnparity", [False, True], ids=["without-nnparity", "with-nnparity"])
def test_r_cmd_build_and_check_are_clean(tmp_path, with_nnparity):
    env = {**_env(with_nnparity), "_R_CHECK_FORCE_SUGGESTS_": "false"}
    build = subprocess.run(["R", "CMD", "build", str(paths.ROOT)], cwd=tmp_path,
                           capture_output=True, text=True, timeout=600, env=env, check=False)
    assert build.returncode == 0, build.stdout + build.stderr
    (tarball,) = tmp_path.glob("nnparity_*.tar.gz")
    check = subprocess.run(["R", "CMD", "check", "--no-manual", tarball.name], cwd=tmp_path,
                           capture_output=True, text=True, timeout=600, env=env, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.rstrip().endswith("Status: OK"), check.stdout  # no WARNING, no NOTE
    log = (tmp_path / "nnparity.Rcheck" / "tests" / "testthat.Rout").read_text(encoding="utf-8")
    skips = "SKIP 0" if with_nnparity else f"SKIP {NEEDS_NNPARITY}"
    assert f"{skips} |" in log, log[-3000:]
