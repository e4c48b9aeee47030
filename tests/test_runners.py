"""The R bridge: one crossing per run, warnings and errors surfaced, inputs left untouched."""

import numpy as np
import pytest

from nnparity import paths, runners
from nnparity.networks import av_mlp
from nnparity.declaration import NETWORKS

from conftest import BUNDLED, assert_agree, bundled


def article():
    return next(f for f in BUNDLED if f.id == "av_mlp[article-epochs-1234]")


def test_one_crossing_into_r_per_run(r_session):
    before = r_session.calls
    runners.run_r(article(), session=r_session)
    assert r_session.calls - before == 1


def test_the_r_side_is_the_files_the_declaration_names(r_session):
    net = article().net
    assert net.files["r"][-1] == (paths.ROOT / "R" / "av_mlp.R").resolve()
    source = r_session._ro.r["deparse"](r_session.function(net, "train"))
    assert "seq_len(epochs)" in "".join(source)
    with open(net.files["r"][-1]) as f:
        assert "seq_len(epochs)" in f.read()


def test_r_warnings_are_returned_not_swallowed(r_session):
    noisy = r_session._ro.r("""function(X, y, wh, bh, wout, bout, lr, epochs) {
      warning("my port is unsure")
      z <- 1:3 + 1:2
      list(wh = wh, bh = bh, wout = wout, bout = bout)
    }""")
    fit = runners.run_r(article(), noisy, r_session)
    assert fit.warnings == ["my port is unsure",
                            "longer object length is not a multiple of shorter object length"]


def test_r_errors_come_back_with_rs_message(r_session):
    broken = r_session._ro.r("function(...) stop('wh is not conformable with X')")
    with pytest.raises(runners.RError, match="^wh is not conformable with X$"):
        runners.run_r(article(), broken, r_session)


def test_an_endless_recursion_is_an_r_error_not_a_crash(r_session):
    # rpy2 leaves R's C stack unchecked: without the check, this kills the process
    endless = r_session._ro.r("function(X, ...) { f <- function(a) sapply(a, f); f(X) }")
    with pytest.raises(runners.RError, match="C stack usage .* is too close to the limit"):
        runners.run_r(article(), endless, r_session)
    # and R is still there, as it was
    assert runners.run_r(article(), session=r_session).params


def test_a_result_that_is_not_a_named_list_is_reported(r_session):
    with pytest.raises(TypeError, match="returned numeric, not a named list"):
        runners.run_r(article(), r_session._ro.r("function(...) 42"), r_session)


def test_neither_language_mutates_its_inputs_or_touches_the_global_rng(r_session):
    f = article()
    before = {k: v.copy() for k, v in f.args().items() if isinstance(v, np.ndarray)}
    np.random.seed(7)
    state = np.random.get_state()[1].copy()
    r_session._ro.r("set.seed(7)")
    r_seed = np.array(r_session._ro.r(".Random.seed"))
    av_mlp.train(**f.args())
    runners.run_r(f, session=r_session)
    for k, v in before.items():
        assert np.array_equal(f.args()[k], v), k
    assert np.array_equal(np.random.get_state()[1], state)
    assert np.array_equal(np.array(r_session._ro.r(".Random.seed")), r_seed)


@pytest.mark.parametrize("fixture", bundled("av_mlp"))
def test_one_step_intermediates_agree(fixture, r_session):
    args = {**fixture.data, **fixture.init, "lr": fixture.hyper["lr"]}
    py_step = av_mlp.step(**args)
    r_step = r_session.call(NETWORKS["av_mlp"], "step", args)
    assert list(r_step.keys()) == list(py_step)
    for name in NETWORKS["av_mlp"].INTERMEDIATES:
        assert_agree(name, py_step[name], r_step[name])


def test_a_result_with_a_non_numeric_entry_is_reported(r_session):
    odd = r_session._ro.r("function(...) list(wh = 'oops', bh = 1)")
    with pytest.raises(TypeError, match="R train\\(\\) returned 'wh' that is not numeric"):
        runners.run_r(article(), odd, r_session)


def test_without_rpy2_the_message_says_how_to_set_up(monkeypatch):
    import sys
    monkeypatch.setitem(sys.modules, "rpy2.robjects", None)  # import fails as if not installed
    with pytest.raises(runners.RUnavailable, match=r"^rpy2 cannot be imported \(.*\); rpy2 "
                       r"3\.5\.x \(3\.5\.17\) loads R 4\.2 to 4\.4, rpy2 3\.6 needs R >= 4\.5; "
                       r"this R is 4\.2: pip install 'rpy2==3\.5\.17'$"):
        runners.RSession()


def test_an_rpy2_that_cannot_load_r_names_the_release_that_can(monkeypatch):
    import builtins
    real_import = builtins.__import__

    def failing(name, *args, **kwargs):
        if name.startswith("rpy2"):
            raise OSError("/usr/lib/R/lib/libR.so: undefined symbol: R_getVar\nmore lines")
        return real_import(name, *args, **kwargs)
    monkeypatch.setattr(builtins, "__import__", failing)
    with pytest.raises(runners.RUnavailable) as e:
        runners.RSession()
    assert str(e.value).startswith("rpy2 cannot load R (/usr/lib/R/lib/libR.so: undefined "
                                   "symbol: R_getVar); rpy2 3.5.x (3.5.17) loads R 4.2 to 4.4, "
                                   "rpy2 3.6 needs R >= 4.5")


def test_without_the_harness_r_code_the_message_says_what_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(runners, "GLUE", tmp_path / "glue.R")
    with pytest.raises(runners.RUnavailable, match=f"{tmp_path}/glue.R is missing: "
                       "reinstall nnparity"):
        runners.RSession()


def test_child_processes_run_the_same_python_after_r_started(r_session):
    import os
    import subprocess
    import sys
    assert "/usr/lib/R/lib" not in os.environ.get("LD_LIBRARY_PATH", "")
    child = subprocess.run([sys.executable, "-c", "import sys; print(sys.version)"],
                           capture_output=True, text=True, check=True)
    assert child.stdout.strip() == sys.version


@pytest.mark.parametrize("shape", [(300, 257), (runners.ONE_COPY_FROM, 1), (1, 70_000)])
def test_a_large_matrix_crosses_into_r_as_rpy2_would_convert_it(r_session, shape):
    # to_r_matrix writes R's memory directly (one copy, not numpy2ri's two); the R matrix
    # must be the one numpy2ri makes, for C-ordered arrays and for strided views alike.
    from rpy2.robjects import default_converter, numpy2ri
    from rpy2.robjects.conversion import localconverter
    a = np.random.default_rng(1).normal(size=shape)
    identical = r_session._ro.r("function(a, b) identical(a, b)")
    for view in (a, a[::-1], np.asfortranarray(a)):
        with localconverter(default_converter + numpy2ri.converter):
            expected = r_session._ro.conversion.get_conversion().py2rpy(view)
        assert identical(runners.to_r_matrix(view), expected)[0]
    crossed = r_session._r_args({"X": a}).rx2("X")
    assert tuple(r_session._ro.r["dim"](crossed)) == shape
    assert identical(crossed, expected)[0]


def test_every_float_array_crosses_into_r_as_rpy2_would_convert_it(r_session):
    # to_r_array builds an R array from numpy's memory, dims set, at a quarter of numpy2ri's
    # cost (the trace's probes cross hundreds of small arrays): the same R object, a 1-d
    # array's dim too, for views, empty arrays and the specials.
    from rpy2.robjects import default_converter, numpy2ri
    from rpy2.robjects.conversion import localconverter
    rng = np.random.default_rng(2)
    a = rng.normal(size=(5, 4))
    identical = r_session._ro.r("function(a, b) identical(a, b)")
    for view in (a, a.T, a[::2], a[0], a[:, 1], rng.normal(size=(2, 3, 4)), np.zeros((0, 3)),
                 np.zeros(0), np.array([np.nan, np.inf, -np.inf, -0.0])):
        with localconverter(default_converter + numpy2ri.converter):
            expected = r_session._ro.conversion.get_conversion().py2rpy(view)
        assert identical(runners.to_r_array(view), expected)[0], view.shape
        assert identical(r_session._r_args({"v": view}).rx2("v"), expected)[0]


def test_a_matrix_written_in_place_by_an_r_port_leaves_the_fixture_alone(r_session):
    # R copies on modify: a port that scales its input in place changes only its own copy.
    a = np.arange(runners.ONE_COPY_FROM, dtype=np.float64).reshape(-1, 2)
    before = a.copy()
    scale = r_session._ro.r("function(X) { X[1, 1] <- -1; X }")
    r_x = r_session._r_args({"X": a}).rx2("X")
    assert np.asarray(scale(r_x))[0, 0] == -1
    assert np.asarray(r_x)[0, 0] == 0 and np.array_equal(a, before)
