"""Whatever a port does, the run goes on and reports it per fixture."""

import json

import numpy as np
import pytest

from nnparity import checking, cli, paths

from conftest import BUNDLED

WALKTHROUGH = paths.FIXTURES / "av_mlp" / "walkthrough-1.json"
ONE_SAMPLE = paths.FIXTURES / "av_mlp" / "one-sample.json"


def fixture(name):
    return next(f for f in BUNDLED if f.id == f"av_mlp[{name}]")


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    return path


def check_json(capsys, *argv):
    status = cli.main(["check", "--json", *map(str, argv)])
    return status, json.loads(capsys.readouterr().out)


R_PORTS = {
    "an R error": ("stop('wh is not conformable')", "R: wh is not conformable"),
    "not a named list": ("42", "R: R train() returned numeric, not a named list"),
}


@pytest.mark.parametrize("kind", R_PORTS)
def test_an_r_port_that_fails_is_reported_per_fixture(kind, tmp_path, capsys):
    body, message = R_PORTS[kind]
    port = write(tmp_path, "port.R", f"train <- function(X, y, wh, bh, wout, bout, lr, epochs) {body}\n")
    status, doc = check_json(capsys, WALKTHROUGH, ONE_SAMPLE, "--port", port)
    assert status == 1 and [r["error"] for r in doc["results"]] == [message] * 2


def test_an_r_recycling_warning_is_a_finding(tmp_path, capsys):
    port = write(tmp_path, "port.R", """
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  bh <- bh + c(1, 2) * 0                      # recycled over 3 columns: R warns
  list(wh = wh, bh = bh, wout = wout, bout = bout)
}
""")
    status, doc = check_json(capsys, "fixtures/av_mlp/article-epochs-0.json", "--port", port)
    (result,) = doc["results"]
    assert result["verdict"] == "agree" and status == 0
    assert result["warnings"] == [{"language": "R", "message": "longer object length is not a "
                                   "multiple of shorter object length"}]
    assert "R warned: longer object length is not a multiple" in result["findings"][0]


def test_a_python_port_that_raises_missing_extra_and_misshapen_names(tmp_path, capsys):
    port = write(tmp_path, "port.py", """
import numpy as np

def train(X, y, wh, bh, wout, bout, lr, epochs):
    if len(X) == 1:
        raise ValueError("my port cannot do one sample")
    return {"wh": wh, "bh": bh.ravel(), "wout": np.full_like(wout, np.nan), "extra": 1.0}
""")
    status, doc = check_json(capsys, WALKTHROUGH, ONE_SAMPLE, "--port", port)
    walkthrough, one = doc["results"]
    assert status == 1
    assert one["error"] == "Python train() raised ValueError: my port cannot do one sample"
    by_name = {q["quantity"]: q for q in walkthrough["quantities"]}
    assert by_name["bh"]["shape_python"] == [3] and by_name["bh"]["shape_r"] == [1, 3]
    assert by_name["wout"]["worst_python"] == "nan" and not by_name["wout"]["agree"]
    assert "Python train() returned no 'bout'" in walkthrough["findings"]
    assert "extra names returned by train(): extra" in walkthrough["findings"]


def test_a_port_that_mutates_its_inputs_corrupts_no_other_check(r_session):
    def vandal(X, y, wh, bh, wout, bout, lr, epochs):
        for a in (X, y, wh, bh, wout, bout):
            a *= 0  # in place, into the arrays it was given
        return {"wh": wh, "bh": bh, "wout": wout, "bout": bout}
    f = fixture("walkthrough-1")
    data = {k: v.copy() for k, v in {**f.data, **f.init}.items()}
    before = checking.check(f, session=r_session)
    vandalized = checking.check(f, py_train=vandal, session=r_session)
    # It ran on copies: in the free run and in lockstep, which chains train(epochs = 1).
    assert vandalized.verdict == "diverge" and vandalized.error is None
    assert vandalized.lockstep.first_bad == 1 and not any(
        "could not run" in x for x in vandalized.findings)
    assert all(np.array_equal(v, {**f.data, **f.init}[k]) for k, v in data.items())
    after = checking.check(f, session=r_session)
    assert after.agree and [d.worst_rel for d in after.differences] == [
        d.worst_rel for d in before.differences]


def test_a_fixtures_arrays_are_read_only():
    f = fixture("walkthrough-1")
    for a in [*f.data.values(), *f.init.values(), *f.gold["params"].values()]:
        with pytest.raises(ValueError, match="read-only"):
            a *= 0


def test_a_port_that_calls_quit_or_hangs_does_not_take_the_run_down(tmp_path, capsys):
    port = write(tmp_path, "hostile.R", """
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  if (nrow(X) == 1) quit(save = "no", status = 3)
  if (epochs == 1) repeat {}
  list(wh = wh, bh = bh, wout = wout, bout = bout)
}
""")
    status, doc = check_json(capsys, ONE_SAMPLE, WALKTHROUGH, "fixtures/av_mlp/article-epochs-0.json",
                             "--port", port, "--timeout", "3")
    died, hung, fine = doc["results"]
    assert "died while running av_mlp[one-sample] (exit code 3)" in died["error"]
    assert "did not finish running av_mlp[walkthrough-1] within 3 s" in hung["error"]
    assert fine["verdict"] == "agree" and status == 1


def test_a_port_that_quits_while_loading_is_bad_input(tmp_path, capsys):
    port = write(tmp_path, "bye.R", "quit(save = 'no', status = 4)\n")
    status = cli.main(["check", str(WALKTHROUGH), "--port", str(port), "--network", "av_mlp"])
    err = capsys.readouterr().err
    assert status == 2 and "died while loading the port (exit code 4)" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("text, message", [
    ("def train(:\n", "SyntaxError"),
    ("x = 1\n", "defines no function train()"),
])
def test_bad_python_port_files_are_one_line(text, message, tmp_path, capsys):
    port = write(tmp_path, "port.py", text)
    status = cli.main(["check", str(WALKTHROUGH), "--port", str(port), "--network", "av_mlp"])
    err = capsys.readouterr().err
    assert status == 2 and message in err and len(err.splitlines()) == 1


def test_a_port_in_process_is_still_checked(tmp_path, capsys):
    port = paths.PITFALLS / "rowsums-bias" / "port.R"
    status, doc = check_json(capsys, WALKTHROUGH, "--port", port, "--in-process")
    assert status == 1 and doc["results"][0]["lockstep"]["first_bad_epoch"] == 1
