"""The pytest plugin: its options, fixtures and failure messages, tested with pytester."""

import pytest

from nnparity import paths

pytest_plugins = ["pytester"]

ROWSUMS = paths.PITFALLS / "rowsums-bias" / "port.R"
WALKTHROUGH = paths.FIXTURES / "av_mlp" / "walkthrough-1.json"
NO_R = """
import nnparity.runners as runners

def _unavailable(cls):
    raise runners.RUnavailable("rpy2 cannot load R (libR.so: cannot open shared object file)")

runners.RSession.get = classmethod(_unavailable)
"""


def test_options_are_grouped_under_one_heading(pytester):
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["nnparity: Python/R parity of neural network ports:",
                                 "*--nnparity-port=FILE*", "*--nnparity-network=NAME*",
                                 "*--nnparity-allow-no-r*"])


def test_a_diverging_port_fails_with_a_report(pytester):
    result = pytester.runpytest_subprocess("--nnparity-port", str(ROWSUMS), "-k", "walkthrough")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        f"av_mlp[[]walkthrough-1[]]: the port {ROWSUMS} does not match the Python reference "
        "(verdict: diverge)",
        "What to do next: run",
        f"    nnparity explain {WALKTHROUGH.resolve()} --port {ROWSUMS}",
        "bh:", "  shape: Python 1 x 3, R 3 x 3",
        "finding: bh is stored per row (3 x 3) and its rows differ*",
    ])


def test_a_matching_port_passes_on_every_fixture_of_its_network(pytester):
    port = pytester.makepyfile(my_port="from nnparity.networks.zhou_sgd import train\n")
    result = pytester.runpytest_subprocess("--nnparity-port", str(port))
    n = len(list((paths.FIXTURES / "zhou_sgd").glob("*.json")))
    result.assert_outcomes(passed=n)


def test_a_port_of_no_known_network_is_a_usage_error(pytester):
    port = pytester.makepyfile(odd="def train(X, y, w, lr, epochs):\n    return {}\n")
    result = pytester.runpytest_subprocess("--nnparity-port", str(port))
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*odd.py: train() matches no network's arguments (nearest: *"])


def test_assert_parity_in_a_users_own_test(pytester):
    pytester.makepyfile(test_mine=f"""
        import numpy as np
        from nnparity.networks import av_mlp

        def slower(**args):
            return av_mlp.train(**dict(args, lr=args["lr"] * 0.999))

        def test_mine(nnparity_fixture, assert_parity):
            fixture = nnparity_fixture("{WALKTHROUGH}")
            assert_parity(fixture)                      # the bundled R matches
            assert_parity(fixture, py_train=slower)     # a Python port that does not
    """)
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["av_mlp[[]walkthrough-1[]]: the Python train() given does "
                                 "not match the R reference (verdict: diverge)",
                                 "wh:", "  shape: 4 x 3", "  elements that differ: 12 of 12",
                                 "  worst absolute error: *", "  worst relative error: *",
                                 "  first diverging epoch: 1"])


def test_without_r_a_parity_test_fails_and_never_skips(pytester):
    pytester.makeconftest(NO_R)
    pytester.makepyfile(test_parity="def test_it(r_session):\n    pass\n")
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*R is unavailable, so no parity can be checked: rpy2 cannot "
                                 "load R*", "*NO PARITY WAS CHECKED*"])


def test_without_r_skipping_must_be_asked_for_and_is_said_plainly(pytester):
    pytester.makeconftest(NO_R)
    pytester.makepyfile(test_parity="def test_it(r_session):\n    pass\n")
    result = pytester.runpytest_subprocess("--nnparity-allow-no-r")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*NO PARITY WAS CHECKED: R is unavailable (rpy2 cannot load "
                                 "R*). Every test that needs R was skipped or failed."])


def test_a_port_that_quits_r_fails_its_test_and_pytest_goes_on(pytester):
    port = pytester.path / "quits.R"
    port.write_text("train <- function(X, y, wh, bh, wout, bout, lr, epochs) {\n"
                    "  if (nrow(X) == 1) quit(save = 'no', status = 3)\n"
                    "  list(wh = wh, bh = bh, wout = wout, bout = bout)\n}\n")
    result = pytester.runpytest_subprocess("--nnparity-port", str(port), "-k",
                                           "one-sample or epochs-0")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*died while running av_mlp[[]one-sample[]] (exit code 3)*"])
