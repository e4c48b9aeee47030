"""The R package on its own: its testthat suite checks R against the gold values, no Python."""

import os
import shutil
import subprocess

from nnparity import paths


def test_testthat_suite_passes_without_python():
    rscript = shutil.which("Rscript")
    assert rscript, "Rscript is not on PATH: R is not installed (./run installs it)"
    code = ('res <- as.data.frame(testthat::test_local(".", reporter = "silent", '
            'stop_on_failure = FALSE)); '
            'cat(sum(res$nb), sum(res$failed), sum(res$error), sum(res$skipped), "\\n")')
    done = subprocess.run([rscript, "-e", code], cwd=paths.ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    expectations, failed, errors, skipped = map(int, done.stdout.split()[-4:])
    assert (failed, errors, skipped) == (0, 0, 0), done.stdout + done.stderr
    assert expectations > 100  # every fixture's gold values were checked


def test_r_cmd_build_and_check_are_clean(tmp_path):
    env = {**os.environ, "_R_CHECK_FORCE_SUGGESTS_": "false"}
    build = subprocess.run(["R", "CMD", "build", str(paths.ROOT)], cwd=tmp_path,
                           capture_output=True, text=True, timeout=600, env=env)
    assert build.returncode == 0, build.stdout + build.stderr
    (tarball,) = tmp_path.glob("nnparity_*.tar.gz")
    check = subprocess.run(["R", "CMD", "check", "--no-manual", tarball.name], cwd=tmp_path,
                           capture_output=True, text=True, timeout=600, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.rstrip().endswith("Status: OK"), check.stdout  # no WARNING, no NOTE
