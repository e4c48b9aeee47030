"""The repair probe (python/nnparity/repair.py): the edits it tries on one line, the R runs of
edited copies in one crossing, and what it finds on held-out ports, verified by running them.
Expected lines and kinds come from the held-out manifest, never from the probe."""

import importlib.util
import json
import sys

import numpy as np
import pytest
from nnparity import fixtures, paths, repair

spec = importlib.util.spec_from_file_location("bench_localize",
                                              paths.ROOT / "bench" / "bench_localize.py")
bench = importlib.util.module_from_spec(spec)
sys.modules.setdefault("bench_localize", bench)
spec.loader.exec_module(bench)

HELDOUT = paths.ROOT / "tests" / "ports" / "heldout"


def edited(line, language, **kw):
    return {(new.strip(), kind) for new, kind, _ in repair.edits(line, language, **kw)}


@pytest.mark.parametrize("line, language, want, kind", [
    ("bout <- bout + rowSums(d_output) * lr", "R",
     "bout <- bout + colSums(d_output) * lr", "wrong-axis"),
    ("db = np.sum(dz, axis=1, keepdims=True)", "Python",
     "db = np.sum(dz, axis=0, keepdims=True)", "wrong-axis"),
    ("loss[i] <- sum(e^2) + lambda * sum(w^2)", "R",
     "loss[i] <- mean(e^2) + lambda * sum(w^2)", "sum-for-mean"),
    ("h <- sigmoid(sweep(X %*% wh, 1, bh, \"+\"))", "R",
     "h <- sigmoid(sweep(X %*% wh, 2, bh, \"+\"))", "wrong-axis"),
    ("W2 <- W2 - lr * (t(dZ2) %*% A1)", "R", "W2 <- W2 - lr * (t(A1) %*% dZ2)", "transposed"),
    ("h = sigmoid(W.T @ x + b)", "Python", "h = sigmoid(W @ x + b)", "transposed"),
    ("d <- x[2] * s", "R", "d <- x[1] * s", "wrong-operand"),
    ("f <- function(x) 1 / (1 + 2.718282^(-x))", "R",
     "f <- function(x) 1 / (1 + exp(1)^(-x))", "wrong-constant"),
    ("d <- 2 * crossprod(h, e)", "R", "d <- crossprod(h, e)", "wrong-constant"),
    ("d <- (1 - a1^2) * g", "R", "d <- (a1 * (1 - a1)) * g", "wrong-derivative"),
    ("b3 <- p$b3 - lr * d", "R", "p$b3 <- p$b3 - lr * d", "not-written-back"),
    ("b_next = b - lr * d", "Python", "b = b - lr * d", "not-written-back"),
    ("np.subtract(b2, lr * g)", "Python", "b2 = np.subtract(b2, lr * g)", "not-written-back"),
    ("for (i in rev(seq_len(nrow(data)))) {", "R", "for (i in seq_len(nrow(data))) {",
     "data-order"),
    ("loss = np.zeros(epochs, dtype=int)", "Python", "loss = np.zeros(epochs)",
     "integer-truncation"),
    ("g <- crossprod(a, d) / ncol(X)", "R", "g <- crossprod(a, d)", "mean-for-sum"),
    ("d <- crossprod(h, e) / n_records", "R", "d <- crossprod(h, e)", "mean-for-sum"),
    ("W <- matrix(c(w1, w2, w3, w4), nrow = 2)", "R",
     "W <- matrix(c(w1, w2, w3, w4), nrow = 2, byrow = TRUE)", "transposed"),
    ("B <- matrix(rep(b, n), nrow = n, byrow = FALSE)", "R",
     "B <- matrix(rep(b, n), nrow = n, byrow = TRUE)", "recycling"),
    ("h <- X %*% W + matrix(b, n, length(b))", "R",
     "h <- X %*% W + matrix(b, n, length(b), byrow = TRUE)", "recycling"),
    ("y <- targets[i]", "R", "y <- targets[i, ]", "recycling"),
    ("grad_w = A.T @ r / n - lam * w", "Python", "grad_w = A.T @ r / n + lam * w", "sign"),
    ("g <- crossprod(X, r) / n + lambda * w", "R", "g <- crossprod(X, r) / n - lambda * w",
     "sign"),
    ("n <- length(Fm)", "R", "n <- nrow(Fm)", None),
    ("g = A.T @ r / n + lam / 2 * w", "Python", "g = A.T @ r / n + lam * w", "wrong-constant"),
    ("S = S - S.max(axis=1)", "Python", "S = S - S.max(axis=1, keepdims=True)", "recycling"),
    ("g <- sum(X[j, ] * r)", "R", "g <- sum(X[, j] * r)", "wrong-axis"),
    ("x <- data[, k]", "R", "x <- data[k, ]", "wrong-axis"),
    ("g = np.sum(X[:, j] * r)", "Python", "g = np.sum(X[j, :] * r)", "wrong-axis"),
    ("g = np.sum(X[j, :] * r)", "Python", "g = np.sum(X[:, j] * r)", "wrong-axis"),
    ("g_h = g_o * N[:2, 2] * h", "Python", "g_h = g_o * N[2, :2] * h", "transposed"),
    ("d = e * sig(p) * (1.0 - sig(p))", "Python", "d = e * p * (1 - p)", "wrong-derivative"),
    ("w <- W[i, j] * 2", "R", "w <- W[j, i] * 2", "transposed"),
    ('t = np.einsum("oh,ro->rh", B, m) * H', "Python", 't = np.einsum("ho,ro->rh", B, m) * H',
     "transposed"),
    ("d_hid <- crossprod(d_out, p$wout) * hid", "R",
     "d_hid <- tcrossprod(d_out, p$wout) * hid", "transposed"),
    ("g <- tcrossprod(X, d)", "R", "g <- crossprod(X, d)", "transposed"),
    ("ones <- rep(n, 1)", "R", "ones <- rep(1, n)", None),
    ("B <- outer(c(bh), ones)", "R", "B <- outer(ones, c(bh))", "transposed"),
    ("p <- Map(function(w, d) w - lr * d, g, p)", "R",
     "p <- Map(function(w, d) w - lr * d, p, g)", "wrong-operand"),
    ("z <- sweep(X %*% w, 2, b[1, ])", "R", 'z <- sweep(X %*% w, 2, b[1, ], FUN = "+")', "sign"),
    ("s <- 1 / (1 + exp(-max(min(z, 700), -700)))", "R",
     "s <- 1 / (1 + exp(-pmax(pmin(z, 700), -700)))", None),
    ("h = X @ w + np.repeat(b, n).reshape(n, h)", "Python",
     'h = X @ w + np.repeat(b, n).reshape(n, h, order="F")', "recycling"),
])
def test_an_edit_of_the_vocabulary(line, language, want, kind):
    assert (want, kind) in edited(line, language)


def test_a_number_divided_by_is_no_factor_of_what_follows():
    got = edited("g = lam / 2 * w", "Python")
    assert ("g = lam * w", "wrong-constant") in got and ("g = lam / w", "wrong-constant") \
        not in got


def test_only_the_terms_outside_parentheses_have_their_sign_turned_round():
    turned = {new.strip() for new, _ in repair._signs("  h <- f(a - b) + c * (d - e)", "R")}
    assert turned == {"h <- f(a - b) - c * (d - e)"}


def test_a_hyperparameter_applied_here_too_and_an_operand_exchanged():
    line = "d_o1 <- -2 * learn_rate * (y - o1) * o1 * (1 - o1)"
    assert ("d_o1 <- -2 * (y - o1) * o1 * (1 - o1)", "hyper-misused") in \
        edited(line, "R", hyper=["learn_rate"])
    line = "b2 -= lr * d * deriv_sigmoid(sum_h1)"
    assert ("b2 -= lr * d * deriv_sigmoid(sum_h2)", "wrong-operand") in \
        edited(line, "Python", operands=[("sum_h1", "sum_h2")])
    # the activation's slope function given the pre-activation's partner: a derivative bug
    assert ("b2 -= lr * d * deriv_sigmoid(sum_h2)", "wrong-derivative") in \
        edited(line, "Python", operands=[("sum_h1", "sum_h2")],
               related={("sum_h1", "sum_h2")})
    # but not t() or a sum of it: those take no slope, the operand is the wrong one
    line = "g <- g + t(hidden_in) %*% d"
    assert ("g <- g + t(hidden) %*% d", "wrong-operand") in \
        edited(line, "R", operands=[("hidden_in", "hidden")],
               related={("hidden_in", "hidden")})


def test_an_update_made_with_the_arrow_of_its_own_frame_in_a_function_train_calls():
    line = "    w5 <- w5 - lr * d_o * h1"
    assert ("w5 <<- w5 - lr * d_o * h1", "not-written-back") in edited(line, "R", nested=True)
    # in train() itself (a line there twice: <<- would only hide the second), or a counter
    assert not {k for _, k in edited(line, "R") if k == "not-written-back"}
    assert not {k for _, k in edited("  i <- i + 1", "R", nested=True)
                if k == "not-written-back"}


def test_one_hyperparameter_passed_where_another_belongs():
    assert ("g <- grad(par, X, y, lambda)", "hyper-misused") in \
        edited("g <- grad(par, X, y, lr)", "R", passed=["lr", "lambda"])
    # only as a call's argument, and not in a function's own header
    assert not {k for _, k in edited("w = w - lr * g", "Python", passed=["lr", "lam"])
                if k == "hyper-misused"}
    assert not edited("def train(X, y, lr, lam):", "Python", passed=["lr", "lam"])


def test_an_operand_is_not_exchanged_inside_a_string():
    """An einsum's subscripts are letters of a string, not names to exchange."""
    line = 't = np.einsum("oh,ro->rh", B, ro) * H'
    assert edited(line, "Python", operands=[("ro", "rh")]) >= {
        ('t = np.einsum("oh,ro->rh", B, rh) * H', "wrong-operand")}
    assert not {new for new, kind in edited(line, "Python", operands=[("ro", "rh")])
                if kind == "wrong-operand" and '"oh,rh' in new}


def test_an_element_one_character_away_of_those_the_port_names():
    keys = ["b1", "w5", "w6"]
    assert ('d_h2 = d_o1 * p["w6"] * h2', "wrong-operand") in \
        edited('d_h2 = d_o1 * p["w5"] * h2', "Python", keys=keys)
    assert ("d_h2 <- d_o1 * p$w6 * h2", "wrong-operand") in \
        edited("d_h2 <- d_o1 * p$w5 * h2", "R", keys=keys)
    # not an index, not a name the port does not use
    assert {e for e in edited("d <- x[i] * p$w5 * p$w55", "R", keys=keys)
            if e[1] == "wrong-operand"} == {("d <- x[i] * p$w6 * p$w55", "wrong-operand")}


def test_the_target_and_the_comment_are_not_edited():
    out = edited("sum <- rowSums(x)  # rowSums, not sum()", "R")
    assert out == {("sum <- colSums(x)  # rowSums, not sum()", "wrong-axis"),
                   ("sum <- rowMeans(x)  # rowSums, not sum()", "sum-for-mean"),
                   ("sum <- 2 * (rowSums(x))  # rowSums, not sum()", "wrong-constant"),
                   ("invisible(NULL)", None)}        # (the statement left out)
    assert edited("# t(x) %*% y, mean(z)", "R") == set()


def test_r_runs_every_copy_in_one_crossing(r_session):
    """A copy that does not parse, one that stops, one that returns another length, one
    whose loop never ends and one that returns no loss: None, None, None, None (after the
    time limit), and its parameters without a loss."""
    f = fixtures.load(paths.FIXTURES / "av_mlp" / "article-epochs-1.json")
    net = f.net
    args = {**f.data, **f.init, **{k: v for k, v in f.hyper.items() if k != net.EPOCHS},
            net.EPOCHS: 1}
    good = (paths.ROOT / "R" / "av_mlp.R").read_text()
    ok = ("train <- function(X, y, wh, bh, wout, bout, lr, epochs) "
          "list(wh = wh, bh = bh, wout = wout, bout = bout)")
    endless = ("train <- function(...) { i <- 0; while (i < 1) j <- 1; "
               "list(wh = wh, bh = bh, wout = wout, bout = bout) }")
    texts = ["train <- function(", "train <- function(...) stop('no')",
             ok.replace("bout = bout", "bout = c(bout, 1)"), endless, ok]
    sizes = {k: int(np.size(v)) for k, v in f.init.items()} | {"loss": 1}
    calls = r_session.calls
    out = r_session.repairs(net, texts, [args, args], sizes, limit=0.5)
    assert r_session.calls == calls + 1
    assert [runs[0] is None for runs in out] == [True, True, True, True, False]
    assert set(out[4][0]) == set(f.init)
    np.testing.assert_array_equal(out[4][1]["wh"], f.init["wh"])     # in its own shape
    assert "train" in good      # the bundled file is untouched by any of it


@pytest.fixture(scope="module")
def manifest():
    return {m["file"]: m for m in json.loads((HELDOUT / "manifest.json").read_text())}


def _case(name):
    return next(c for c in bench.cases() if c.name == f"heldout/{name}")


@pytest.mark.parametrize("name", ["01-av_mlp-wrong-axis.R", "20-zhou_sgd-not-written-back.py",
                                  "24-udacity_linear-mean-for-sum.R"])
def test_the_repair_is_the_bug_and_no_file_is_written(r_session, manifest, name):
    """The repair found is on the manifest's line and of its kind; the port file is left as
    it was."""
    case = _case(name)
    before = (case.port.read_bytes(), case.port.stat().st_mtime_ns)
    _, ls = bench.run_case(case, r_session)
    fixed = ls.probes.get("repair")
    assert fixed is not None, ls.probes
    assert (fixed.line, fixed.kind) == (manifest[name]["line"], manifest[name]["kind"])
    assert (case.port.read_bytes(), case.port.stat().st_mtime_ns) == before


def test_a_port_without_the_bug_is_not_repaired(r_session):
    """The base the mutants were made from agrees: nothing is traced, nothing repaired."""
    case = _case("24-udacity_linear-mean-for-sum.R")
    case.port = HELDOUT / "bases" / "udacity_linear_base.R"
    results, ls = bench.run_case(case, r_session)
    assert all(r.agree for r in results) and ls is None


def test_the_lines_that_made_what_the_statement_reads_are_tried_before_the_nearest(tmp_path):
    body = ["train <- function(X, lr) {", "  m <- X", "  k <- 1", "  n <- length(X)",
            *[f"  a{i} <- rowSums(m) * 2" for i in range(13)],
            "  w <- lr * sum(m) / n", "  w", "}"]
    port = tmp_path / "port.R"
    port.write_text("\n".join(body) + "\n")

    def check(sources):           # one epoch agrees only with the count of rows
        for source in sources:
            yield "n <- nrow(X)" in source
    first = (18, 18, (), ["lr"])
    assert repair.search(port, "R", first, check, budget=(40, 0, 0, 20, 0)) is None
    found = repair.search(port, "R", first, check, budget=(40, 0, 0, 20, 0), inputs=(4,))
    assert (found.line, found.edited) == (4, "  n <- nrow(X)")


def test_an_element_of_a_returned_list_is_tried_with_the_names_of_its_frame(tmp_path,
                                                                            r_session):
    """g_w = crossprod(x, e) inside list(...), where the delta d, of e's shape, belongs: the
    element's own operands are exchanged for names of its frame of the same shape (not the
    names the list's other elements read), before the statement's other edits."""
    from nnparity import lockstep, tracing
    port = tmp_path / "port.R"
    port.write_text(
        "grads <- function(x, y, w) {\n"
        "  e <- x %*% w - y\n"
        "  d <- e * 2\n"
        "  list(\n"
        "    g_w = crossprod(x, e),\n"
        "    s = sum(y)\n"
        "  )\n"
        "}\n"
        "train <- function(x, y, w, lr, epochs) {\n"
        "  g <- grads(x, y, w)\n"
        "  list(w = w - lr * g$g_w)\n"
        "}\n")
    args = {"x": np.array([[1.0, 2.0], [0.5, -1.0], [3.0, 0.25]]),
            "y": np.array([[1.0], [-2.0], [0.5]]), "w": np.array([[0.1], [0.2]]),
            "lr": 0.05, "epochs": 1}
    t = tracing.trace_r(r_session, [port], "train", args)
    root = next(a.index for a in t if a.name == "return:g_w")
    assert t[root].line == 5
    swaps = lockstep._swaps(t, port, root)[2]
    assert ("e", "d") in swaps[5] and not any(r == "y" for r, _ in swaps[5]), swaps[5]

    def check(sources):           # one epoch agrees only with d read
        for source in sources:
            yield "g_w = crossprod(x, d)" in source
    first = (5, 5, [("x", "y"), ("x", "w")], ["lr"])
    found = repair.search(port, "R", first, check, swaps=swaps, budget=(40, 0, 0, 0, 0))
    assert found is not None and found.edited.strip() == "g_w = crossprod(x, d),", found


def test_a_line_that_made_what_the_statement_reads_is_tried_however_far_up(tmp_path):
    body = ["train <- function(X, lr) {", "  n <- length(X)",
            *[f"  a{i} <- rowSums(X) * 2" for i in range(20)],
            "  w <- lr * sum(X) / n", "  w", "}"]
    port = tmp_path / "port.R"
    port.write_text("\n".join(body) + "\n")

    def check(sources):           # one epoch agrees only with the count of rows
        for source in sources:
            yield "n <- nrow(X)" in source
    first = (23, 23, (), ["lr"])
    found = repair.search(port, "R", first, check, budget=(40, 0, 0, 20, 0), inputs=(2,))
    assert found is not None and (found.line, found.edited) == (2, "  n <- nrow(X)")
