"""Where a port's first diverging statement is, for the rules that follow a value through
the ways real ports write it: a parameter returned in another shape than given, the epochs'
loop under another name, a number stored into a narrower array, an array changed in place
through a second name, a call's argument that a nested call returned, the statements of a
with() block. Each port is the one small av_mlp port below with one line changed; the line
reported must be the changed one."""

import re

import numpy as np
import pytest

from nnparity import checking, diagnosis, paths, ports, report

from conftest import BUNDLED

pytestmark = pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning")

R_PORT = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  epoch <- epochs
  loss <- numeric(epoch)
  for (i in seq_len(epoch)) {
    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
    out <- sigmoid(H %*% wout + bout[1, 1])
    E <- y - out
    loss[i] <- mean(E^2) / 2
    d_out <- E * out * (1 - out)
    d_hid <- (d_out %*% t(wout)) * H * (1 - H)
    wout <- wout + t(H) %*% d_out * lr
    bout <- bout + sum(d_out) * lr
    wh <- wh + t(X) %*% d_hid * lr
    bh <- bh + colSums(d_hid) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
"""

PY_PORT = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class Layer:
    def __init__(self, W, b):
        self.W = np.array(W, dtype=float)
        self.b = np.array(b, dtype=float)

    def forward(self, x):
        self.x, self.a = x, sigmoid(x @ self.W + self.b)
        return self.a

    def backward(self, grad, lr):
        delta = grad * self.a * (1 - self.a)
        W_before = self.W.copy()
        self.W += lr * (self.x.T @ delta)
        self.b += lr * delta.sum(axis=0, keepdims=True)
        return delta @ W_before.T


def train(X, y, wh, bh, wout, bout, lr, epochs):
    hidden, output = Layer(wh, bh), Layer(wout, bout)
    loss = np.empty(int(epochs))
    for i in range(int(epochs)):
        out = output.forward(hidden.forward(X))
        E = y - out
        loss[i] = np.mean(E ** 2) / 2
        hidden.backward(output.backward(E, lr), lr)
    return {"wh": hidden.W, "bh": hidden.b, "wout": output.W, "bout": output.b, "loss": loss}
"""

# The same R port with its forward pass in a helper that reads the parameters inside with().
R_WITH = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

forward <- function(p, X) {
  with(p, {
    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
    out <- sigmoid(H %*% wout + bout[1, 1])
    list(H = H, out = out)
  })
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    f <- forward(list(wh = wh, bh = bh, wout = wout, bout = bout), X)
    H <- f$H
    out <- f$out
    E <- y - out
    loss[i] <- mean(E^2) / 2
    d_out <- E * out * (1 - out)
    d_hid <- (d_out %*% t(wout)) * H * (1 - H)
    wout <- wout + t(H) %*% d_out * lr
    bout <- bout + sum(d_out) * lr
    wh <- wh + t(X) %*% d_hid * lr
    bh <- bh + colSums(d_hid) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
"""


def _checked(tmp_path, r_session, source, old, new, suffix, fixture="av_mlp[six-samples-h4]"):
    """Return (Result, the changed line's number) of the port `source` with `old` replaced
    by `new` (once), run against the reference on `fixture`."""
    assert source.count(old) == 1, old
    text = source.replace(old, new)
    line = next(i for i, t in enumerate(text.splitlines(), 1) if new.splitlines()[0] in t)
    port = tmp_path / f"port{suffix}"
    port.write_text(text)
    f = next(f for f in BUNDLED if f.id == fixture)
    py_train, r_train = ports.load(port, r_session)
    result = checking.check(f, f.net.adapt("python", py_train) if py_train else None,
                            r_session.adapt(f.net, r_train) if r_train else None,
                            session=r_session, port=port)
    return result, line


def _reported(result, language):
    ls = result.lockstep
    side = ls.localized[1] if language == "Python" else ls.localized[2]
    return side[1]


def _agreeing(tmp_path, r_session, source, suffix):
    port = tmp_path / f"same{suffix}"
    port.write_text(source)
    f = next(f for f in BUNDLED if f.id == "av_mlp[six-samples-h4]")
    py_train, r_train = ports.load(port, r_session)
    return checking.check(f, f.net.adapt("python", py_train) if py_train else None,
                          r_session.adapt(f.net, r_train) if r_train else None,
                          session=r_session, port=port)


@pytest.mark.parametrize("source, suffix", [(R_PORT, ".R"), (PY_PORT, ".py"), (R_WITH, ".R")],
                         ids=["R", "Python", "R-with"])
def test_the_unchanged_ports_agree(source, suffix, tmp_path, r_session):
    result = _agreeing(tmp_path, r_session, source, suffix)
    assert result.verdict == "agree", result.differences


def test_a_parameter_returned_in_another_shape_is_shown_where_it_got_it(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "  list(wh = wh, bh = bh,",
                            "  bh <- t(bh)\n  list(wh = wh, bh = bh,", ".R")
    # every step agrees once bh is laid out as given: epoch 1 is traced instead
    assert result.lockstep.first_bad == 1 and result.lockstep.finding is not None
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "transposed"
    assert result.lockstep.finding.relation == (
        "transposed", "train() returns bh as 4 x 1 where it was given 1 x 4: the reference's "
                      "numbers transposed")
    text = "\n".join(report.details(result))
    assert "epoch None" not in text and "already disagrees" not in text, text
    assert "every step agrees in lockstep once laid out as given, but R train() returned " \
           "'bh' of shape (4, 1) where (1, 4) was given" in text


def test_a_loop_over_the_epochs_under_another_name_is_the_line_to_blame(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "for (i in seq_len(epoch))",
                            "for (i in 0:epoch)", ".R")
    assert diagnosis.port_kind([result])[0] == "epochs-off-by-one"
    assert _reported(result, "R") == line


def test_a_number_stored_into_a_float32_array_is_shown_at_the_array(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, PY_PORT, "loss = np.empty(int(epochs))",
                            "loss = np.empty(int(epochs), dtype=np.float32)", ".py")
    kind, words = diagnosis.port_kind([result])
    assert kind == "single-precision" and "an array of float32 made at line" in words
    assert _reported(result, "Python") == line


def test_an_array_moved_in_place_through_its_other_name_is_a_stale_value(tmp_path,
                                                                        r_session):
    # a numpy slice is a view: self.W += ... moves W_before too
    result, line = _checked(tmp_path, r_session, PY_PORT, "W_before = self.W.copy()",
                            "W_before = self.W[:]", ".py")
    kind, words = diagnosis.port_kind([result])
    assert kind == "stale-value" and "a second name for the same array where a copy" in words
    assert result.lockstep.finding.relation[1].startswith("W_before is a second name for "
                                                         "self.W, not a copy")
    assert _reported(result, "Python") == line


def test_a_statement_inside_a_with_block_is_found(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_WITH,
                            "out <- sigmoid(H %*% wout + bout[1, 1])",
                            "out <- sigmoid(sigmoid(H) %*% wout + bout[1, 1])", ".R")
    assert _reported(result, "R") == line


def test_a_matrix_that_lost_its_dimensions_inside_a_with_block_is_where_it_stops(tmp_path,
                                                                                 r_session):
    result, line = _checked(
        tmp_path, r_session, R_WITH,
        "H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
        "H <- as.numeric(sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE)))",
        ".R")
    assert result.error is not None and "non-conformable" in result.error
    assert _reported(result, "R") == line
    assert "its dimensions dropped" in result.lockstep.traced


def test_an_argument_a_nested_call_returned_depends_on_that_return(tmp_path):
    from nnparity import tracing
    port = tmp_path / "nested.py"
    port.write_text("import numpy as np\n\n\n"
                    "def inner(x):\n"
                    "    return x * 2\n\n\n"
                    "def outer(g):\n"
                    "    return g + 1\n\n\n"
                    "def train(x):\n"
                    "    y = outer(inner(x))\n"
                    "    return {'y': y}\n")
    from nnparity import runners
    train = runners.load_python_port(port)
    t = tracing.trace_python(train, {"x": np.array([1.0, 2.0])}, [port])
    g = tracing._Graph(t)
    arg = next(a for a in t if a.kind == "arg" and a.name == "g")
    inner = next(a for a in t if a.kind == "return" and a.function == "inner")
    assert g.deps(arg.index) == (inner.index,)


def test_a_helper_called_inside_a_with_block_is_blamed_inside(tmp_path, r_session):
    # sigmoid is called from the with() block: its frame's caller line is the block's
    result, line = _checked(tmp_path, r_session, R_WITH,
                            "sigmoid <- function(x) 1 / (1 + exp(-x))",
                            "sigmoid <- function(x) 1 / (1 + expm1(-x))", ".R")
    assert _reported(result, "R") == line


def test_steps_that_blew_up_past_2_to_52_are_not_whole_numbers_truncated():
    from nnparity import lockstep
    given = np.array([0.25, -0.5, 0.125])
    assert lockstep._whole(given + np.array([3.0, -2.0, 0.0]), given)
    # from 2**52 on every float64 is a whole number: that says nothing of truncation
    assert not lockstep._whole(given + np.array([3.0, 2.0 ** 60, 0.0]), given)


def test_initial_weights_rescaled_before_training_are_its_own(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "  epoch <- epochs\n",
                            "  wh <- wh / sqrt(nrow(wh))\n  epoch <- epochs\n", ".R")
    kind, words = diagnosis.port_kind([result])
    assert kind == "own-init"
    assert words.startswith("asked for 0 epochs, it returns the given wh times 0.5")
    assert _reported(result, "R") == line


def test_an_r_variable_set_to_null_is_traced(tmp_path, r_session):
    # x <- NULL: rewriting must keep its right-hand side (a call's element set to NULL is
    # dropped, which made "incorrect number of arguments to <-")
    from nnparity import tracing
    port = tmp_path / "null.R"
    port.write_text("train <- function(w, epochs) {\n"
                    "  kept <- NULL\n"
                    "  kept <- 2 * w\n"
                    "  list(w = kept)\n"
                    "}\n")
    t = tracing.trace_r(r_session, [port], "train", {"w": 0.5, "epochs": 1})
    assert t.error is None
    assert [(a.line, a.value is None) for a in t if a.name == "kept"] == [(2, True), (3, False)]


# av_mlp with its parameters in the slots of an S4 object, moved by a helper that returns it.
R_S4 = """\
setClass("NnpTestNet", representation(wh = "matrix", bh = "matrix", wout = "matrix",
                                      bout = "matrix", last = "numeric"), where = globalenv())

sigmoid <- function(x) 1 / (1 + exp(-x))

learn <- function(net, X, y, lr) {
  H <- sigmoid(X %*% net@wh + matrix(net@bh, nrow(X), ncol(net@wh), byrow = TRUE))
  out <- sigmoid(H %*% net@wout + net@bout[1, 1])
  E <- y - out
  d_out <- E * out * (1 - out)
  d_hid <- (d_out %*% t(net@wout)) * H * (1 - H)
  net@wout <- net@wout + t(H) %*% d_out * lr
  net@bout <- net@bout + sum(d_out) * lr
  net@wh <- net@wh + t(X) %*% d_hid * lr
  net@bh <- net@bh + colSums(d_hid) * lr
  net@last <- mean(E^2) / 2
  net
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- new("NnpTestNet", wh = wh, bh = bh, wout = wout, bout = bout, last = numeric(0))
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    net <- learn(net, X, y, lr)
    loss[i] <- net@last
  }
  list(wh = net@wh, bh = net@bh, wout = net@wout, bout = net@bout, loss = loss)
}
"""

# av_mlp in preallocated buffers, each step written with out=.
PY_BUFFERS = """\
import numpy as np


def train(X, y, wh, bh, wout, bout, lr, epochs):
    wh, bh, wout, bout = (np.array(p, dtype=float) for p in (wh, bh, wout, bout))
    n = X.shape[0]
    E = np.empty((n, 1))
    d_out = np.empty((n, 1))
    g_wh = np.empty_like(wh)
    loss = np.zeros(int(epochs))
    for i in range(int(epochs)):
        H = 1 / (1 + np.exp(-(X @ wh + bh)))
        out = 1 / (1 + np.exp(-(H @ wout + bout)))
        np.subtract(y, out, out=E)
        np.multiply(E, out * (1 - out), out=d_out)
        d_hid = (d_out @ wout.T) * H * (1 - H)
        np.matmul(X.T, d_hid, out=g_wh)
        wout += lr * (H.T @ d_out)
        bout += lr * d_out.sum(axis=0, keepdims=True)
        wh += lr * g_wh
        bh += lr * d_hid.sum(axis=0, keepdims=True)
        loss[i] = 0.5 * np.mean(E ** 2)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
"""

# av_mlp as a generator of each epoch's parameters, taken with islice.
PY_GENERATOR = """\
import itertools

import numpy as np


def descend(X, y, p, lr):
    while True:
        H = 1 / (1 + np.exp(-(X @ p["wh"] + p["bh"])))
        out = 1 / (1 + np.exp(-(H @ p["wout"] + p["bout"])))
        E = y - out
        d_out = E * out * (1 - out)
        d_hid = (d_out @ p["wout"].T) * H * (1 - H)
        g = {"wh": X.T @ d_hid, "bh": d_hid.sum(axis=0, keepdims=True),
             "wout": H.T @ d_out, "bout": d_out.sum(axis=0, keepdims=True)}
        p = {k: v + lr * g[k] for k, v in p.items()}
        yield p, 0.5 * np.mean(E ** 2)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    p = {"wh": wh, "bh": bh, "wout": wout, "bout": bout}
    losses = []
    for p, loss in itertools.islice(descend(X, y, p, lr), int(epochs)):
        losses.append(loss)
    return {**p, "loss": np.array(losses)}
"""


@pytest.mark.parametrize("source, suffix", [(R_S4, ".R"), (PY_BUFFERS, ".py"),
                                            (PY_GENERATOR, ".py")],
                         ids=["R-S4", "Python-buffers", "Python-generator"])
def test_the_other_unchanged_ports_agree(source, suffix, tmp_path, r_session):
    result = _agreeing(tmp_path, r_session, source, suffix)
    assert result.verdict == "agree", result.differences


def test_an_s4_slot_updated_wrong_is_found_at_its_line(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_S4, "d_out %*% t(net@wout)) * H * (1 - H)",
                            "d_out %*% t(net@wout)) * H * (H - 1)", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "sign"


def test_a_helpers_value_dropped_where_r_passes_a_copy_is_shown_at_the_call(tmp_path,
                                                                           r_session):
    result, line = _checked(tmp_path, r_session, R_S4, "    net <- learn(net, X, y, lr)",
                            "    learn(net, X, y, lr)", ".R")
    assert result.error is not None and _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "not-written-back"
    assert f"learn() returns net with its last set, and line {line} drops it" in words


def test_a_step_taken_without_the_rate_leaves_it_out(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "bh <- bh + colSums(d_hid) * lr",
                            "bh <- bh + colSums(d_hid)", ".R", fixture="av_mlp[article-lr-0p7]")
    kind, words = diagnosis.port_kind([result])
    assert kind == "ignores-hyper" and "lr left out of it" in words, words
    assert _reported(result, "R") == line


def test_an_update_of_a_vector_is_compared_with_the_references_row():
    from nnparity import tracing
    q0, dq = np.array([[0.1, -0.2, 0.3]]), np.array([[0.05, 0.01, -0.02]])
    p0 = q0.ravel()
    ctx = {"hyper": {"lr": 0.7}, "base": (q0, p0)}
    found = tracing.relation(q0 + dq, p0 + dq.ravel() / 0.7, ctx)
    assert found is not None and found[0] == "ignores-hyper", found


def test_a_stop_on_a_name_much_like_the_right_one_is_repaired(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT,
                            "    d_hid <- (d_out %*% t(wout)) * H * (1 - H)",
                            "    H1 <- cbind(1, H)\n"
                            "    d_hid <- (d_out %*% t(wout)) * H1 * (1 - H1)", ".R")
    assert result.error is not None and _reported(result, "R") == line + 1
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "it reads H1 where H belongs, 2 times" in words


def test_a_transpose_left_out_of_a_product_where_it_stops_is_repaired(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "(d_out %*% t(wout))",
                            "(d_out %*% wout)", ".R")
    assert result.error is not None and _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "transposed"


@pytest.mark.parametrize("language, line, edited", [
    ("R", "X1 <- cbind(-1, X)", "X1 <- cbind(1, X)"),
    ("R", "s <- 1 / (1 + expm1(-x))", "s <- 1 / (1 + exp(-x))"),
    ("Python", "s = 1 / (1 + np.expm1(-x))", "s = 1 / (1 + np.exp(-x))"),
    ("Python", "d_out = E", "d_out = E.copy()"),
    ("Python", "W_before = self.W[:]", "W_before = self.W[:].copy()"),
    ("Python", "g = d @ W", "g = d @ W.T"),
    ("Python", "    for layer in self.layers:", "    for layer in reversed(self.layers):"),
    ("Python", "    for k in reversed(range(2)):", "    for k in range(2):"),
    ("Python", "    a = acts[k]", "    a = acts[k + 1]"),
    ("Python", "    a = acts[k + 1]", "    a = acts[k]"),
    ("R", "  Z <- X %*% W + b", "  Z <- t(t(X %*% W) + b)"),
    ("R", "linear <- function(A, W, b) tcrossprod(A, W) + b",
     "linear <- function(A, W, b) t(t(tcrossprod(A, W)) + b)"),
    ("Python", "g = d_output.dot(wout)", "g = d_output.dot(wout.T)"),
    ("R", "B <- X + matrix(rep(bh, each = n), ncol = n)",
     "B <- X + matrix(rep(bh, each = n), nrow = n)"),
    ("R", "l <- mean(pmax(z, 0) + log(exp(-abs(z))) - y * z)",
     "l <- mean(pmax(z, 0) + log1p(exp(-abs(z))) - y * z)"),
    ("Python", "l = np.mean(np.maximum(z, 0) + np.log(np.exp(-np.abs(z))) - y * z)",
     "l = np.mean(np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z))) - y * z)"),
])
def test_the_repair_vocabulary_holds_these_edits(language, line, edited):
    from nnparity import repair
    assert edited in [new for new, _, _ in repair.edits(line, language)]


def test_a_buffer_that_is_another_arrays_second_name_is_a_stale_value(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, PY_BUFFERS, "d_out = np.empty((n, 1))",
                            "d_out = E", ".py")
    assert diagnosis.port_kind([result])[0] == "stale-value"
    assert _reported(result, "Python") == line
    # the trace itself, before any repair, names the statement that bound the two names
    assert result.lockstep.finding.port.line == line


def test_a_buffer_made_float32_is_single_precision(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, PY_BUFFERS, "g_wh = np.empty_like(wh)",
                            "g_wh = np.empty_like(wh, dtype=np.float32)", ".py")
    assert diagnosis.port_kind([result])[0] == "single-precision"
    assert _reported(result, "Python") == line


def test_epochs_taken_from_the_second_state_on_are_one_off(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, PY_GENERATOR,
                            "islice(descend(X, y, p, lr), int(epochs))",
                            "islice(descend(X, y, p, lr), 1, int(epochs))", ".py")
    assert diagnosis.port_kind([result])[0] == "epochs-off-by-one"
    assert _reported(result, "Python") == line


def test_samples_reordered_before_training_are_a_data_order(tmp_path, r_session):
    # only X is sorted, y is not: no order of the samples gives the port's result
    result, line = _checked(tmp_path, r_session, R_PORT, "  epoch <- epochs\n",
                            "  X <- X[order(drop(y)), , drop = FALSE]\n  epoch <- epochs\n",
                            ".R", fixture="av_mlp[article-epochs-1]")
    kind, words = diagnosis.port_kind([result])
    assert kind == "data-order", words
    assert _reported(result, "R") == line


def test_a_parameter_returned_without_its_dimensions_is_said_so(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "wout = wout, bout",
                            "wout = drop(wout), bout", ".R")
    assert _reported(result, "R") == line
    assert result.lockstep.finding.relation == (
        None, "train() returns wout as a vector of 4 where it was given 4 x 1: the "
              "reference's numbers with their dimensions dropped")


def _held_out(r_session, name, fixture):
    """Return the Result of the held-out port tests/ports/<name> on `fixture`."""
    from nnparity import paths
    port = paths.ROOT / "tests" / "ports" / name
    f = next(f for f in BUNDLED if f.id == fixture)
    py_train, r_train = ports.load(port, r_session)
    return checking.check(f, f.net.adapt("python", py_train) if py_train else None,
                          r_session.adapt(f.net, r_train) if r_train else None,
                          session=r_session, port=port)


def test_a_value_returned_without_its_dimensions_is_shown_where_it_is_returned(r_session):
    # wout = W2[-1, ]: the numbers come from W2, which the reference never holds
    result = _held_out(r_session, "eleventh/18-av_mlp-other.R", "av_mlp[article-epochs-1]")
    assert _reported(result, "R") == 23


# The R port with its epochs counted by hand: a counter set before a repeat loop that breaks.
R_REPEAT = R_PORT.replace("  for (i in seq_len(epoch)) {\n",
                          "  i <- 0\n  repeat {\n    if (i >= epoch) break\n    i <- i + 1\n")


def test_the_port_counting_its_epochs_by_hand_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_REPEAT, ".R").verdict == "agree"


@pytest.mark.parametrize("old, new", [("  i <- 0\n", "  i <- 1\n"),
                                      ("if (i >= epoch) break", "if (i > epoch) break")],
                         ids=["counter-set", "break-test"])
def test_an_epoch_count_off_by_one_is_where_an_edit_of_one_makes_it_run_those_asked(
        old, new, tmp_path, r_session):
    # (the loop's own line is not to blame: the counter's start, or its test, is)
    result, line = _checked(tmp_path, r_session, R_REPEAT, old, new, ".R")
    kind, words = diagnosis.port_kind([result])
    assert kind == "epochs-off-by-one"
    assert _reported(result, "R") == line
    assert f"with line {line} as '{old.strip()}', it runs the epochs asked" in words, words


@pytest.mark.parametrize("source, old, new, suffix", [
    (R_PORT, "d_out <- E * out * (1 - out)", "d_out <- E", ".R"),
    (PY_PORT, "delta = grad * self.a * (1 - self.a)", "delta = grad", ".py")],
    ids=["R", "Python-attribute"])
def test_a_delta_without_its_activations_slope_is_a_wrong_derivative_of_no_pitfall(
        source, old, new, suffix, tmp_path, r_session):
    # the delta equals the error: its own line agrees by value, the next one differs; the
    # slope multiplied back in repairs it. It is not the catalogue's slope taken of the
    # pre-activation (same kind, another bug): no pitfall is named.
    result, line = _checked(tmp_path, r_session, source, old, new, suffix)
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-derivative" and "left out" in words, words
    assert _reported(result, "Python" if suffix == ".py" else "R") == line
    fitting, _ = diagnosis.diagnose([result], "Python" if suffix == ".py" else "R")
    assert fitting == []


# The R port with its forward pass in the article's two steps: a product the reference never
# names (hidden_in1), then the bias added.
R_TWO_STEPS = R_PORT.replace(
    "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))\n",
    "    hidden_in1 <- X %*% wh\n"
    "    hidden_in <- hidden_in1 + matrix(bh, nrow(X), ncol(wh), byrow = TRUE)\n"
    "    H <- sigmoid(hidden_in)\n")


def test_the_port_in_two_steps_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_TWO_STEPS, ".R").verdict == "agree"


def test_a_sign_after_a_value_the_reference_never_names_is_found_at_its_line(tmp_path,
                                                                             r_session):
    # hidden_in1 has no counterpart, so it is where the values first part; the statement
    # computed from it that has one is edited as the statement's own, and its sign repaired
    result, line = _checked(tmp_path, r_session, R_TWO_STEPS,
                            "hidden_in <- hidden_in1 + matrix(", "hidden_in <- hidden_in1 - matrix(",
                            ".R")
    kind, words = diagnosis.port_kind([result])
    assert _reported(result, "R") == line
    assert kind == "sign", words


def test_a_name_read_before_it_is_assigned_stops_at_the_call_that_reads_it(tmp_path,
                                                                           r_session):
    # R evaluates sigmoid()'s argument inside sigmoid(): the error is raised in its body
    braced = R_PORT.replace("sigmoid <- function(x) 1 / (1 + exp(-x))\n",
                            "sigmoid <- function(x) {\n  1 / (1 + exp(-x))\n}\n")
    result, line = _checked(tmp_path, r_session, braced, "    out <- sigmoid(H %*% wout",
                            "    out <- sigmoid(E %*% wout", ".R")
    assert "object 'E' not found" in result.lockstep.traced
    assert _reported(result, "R") == line


# A numpy port keeping its parameters in one dict, each written by its key.
PY_DICT = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    p = {"wh": np.array(wh, dtype=float), "bh": np.array(bh, dtype=float),
         "wout": np.array(wout, dtype=float), "bout": np.array(bout, dtype=float)}
    loss = np.zeros(int(epochs))
    for i in range(int(epochs)):
        H = sigmoid(X @ p["wh"] + p["bh"])
        out = sigmoid(H @ p["wout"] + p["bout"])
        E = y - out
        loss[i] = np.mean(E ** 2) / 2
        d_out = E * out * (1 - out)
        d_hid = (d_out @ p["wout"].T) * H * (1 - H)
        p["wout"] = p["wout"] + H.T @ d_out * lr
        p["bout"] = p["bout"] + np.sum(d_out, axis=0, keepdims=True) * lr
        p["wh"] = p["wh"] + X.T @ d_hid * lr
        p["bh"] = p["bh"] + np.sum(d_hid, axis=0, keepdims=True) * lr
    return {**p, "loss": loss}
"""


def test_the_dict_port_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_DICT, ".py").verdict == "agree"


def test_an_element_written_by_its_key_is_found_at_that_write_not_a_later_one(tmp_path,
                                                                              r_session):
    # p["wout"] = ... writes wout alone: the later writes of the dict do not hold it again
    result, line = _checked(tmp_path, r_session, PY_DICT,
                            'p["wout"] = p["wout"] + H.T @ d_out * lr',
                            'p["wout"] = p["wout"] - H.T @ d_out * lr', ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "sign"


# The dict port growing its losses in a list, one append per epoch.
PY_APPENDS = PY_DICT.replace("loss = np.zeros(int(epochs))", "loss = []").replace(
    "loss[i] = np.mean(E ** 2) / 2", "loss.append(np.mean(E ** 2) / 2)")


def test_the_port_appending_its_losses_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_APPENDS, ".py").verdict == "agree"


def test_a_loss_appended_floored_to_zero_is_found_at_the_append(tmp_path, r_session):
    # the append writes the list in place; its 0 (computed) is no counterpart of the zeros
    # the reference allocates its losses as (numeric(epochs)), so it is where they part
    result, line = _checked(tmp_path, r_session, PY_APPENDS,
                            "loss.append(np.mean(E ** 2) / 2)",
                            "loss.append(np.mean(E ** 2) // 2)", ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "integer-truncation"


@pytest.mark.parametrize("old, new", [
    ("    loss[i] <- mean(E^2) / 2\n", "    loss[i - 1] <- mean(E^2) / 2\n"),
    ("  for (i in seq_len(epoch)) {\n    H",
     "  for (i in seq_len(epoch) - 1) {\n    H")], ids=["index", "counter"])
def test_an_r_loss_stored_at_index_0_writes_nothing_and_is_one_off(old, new, tmp_path,
                                                                   r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, old, new, ".R")
    kind, words = diagnosis.port_kind([result])
    assert kind == "epochs-off-by-one", words
    assert "writes nothing" in words and "R's indices start at 1" in words
    # the line that made its index 0: the store's own index, or the loop header that counts
    # from 0 (the held-out sets' ports put the bug there: twentysixth/14, twentyseventh/01)
    assert _reported(result, "R") == line


# The R port with the sigmoid's slope in a helper of its own, next to sigmoid().
R_SLOPE = R_PORT.replace(
    "sigmoid <- function(x) 1 / (1 + exp(-x))\n",
    "sigmoid <- function(x) 1 / (1 + exp(-x))\nsigmoid_slope <- function(a) a * (1 - a)\n"
).replace("d_out <- E * out * (1 - out)", "d_out <- E * sigmoid_slope(out)")


def test_the_port_with_a_slope_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_SLOPE, ".R").verdict == "agree"


def test_a_call_of_the_wrong_helper_is_found_at_the_call_not_in_the_helper(tmp_path,
                                                                           r_session):
    # the slope helper computes what it should: the call names it where sigmoid() belongs
    result, line = _checked(tmp_path, r_session, R_SLOPE, "H <- sigmoid(X %*% wh",
                            "H <- sigmoid_slope(X %*% wh", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind is None and "sigmoid_slope() called where sigmoid() belongs" in words, words


# The R port with its loss a sum divided by a count of its own.
R_COUNT = R_PORT.replace("  loss <- numeric(epoch)\n",
                         "  loss <- numeric(epoch)\n  m <- nrow(y)\n").replace(
    "loss[i] <- mean(E^2) / 2", "loss[i] <- sum(E^2) / (2 * m)")


def test_the_port_counting_its_samples_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_COUNT, ".R").verdict == "agree"


def test_a_count_of_the_wrong_axis_is_found_where_it_is_counted(tmp_path, r_session):
    # the loss divides by m as it should; m counts y's one column: the loss is a sum
    result, line = _checked(tmp_path, r_session, R_COUNT, "  m <- nrow(y)\n",
                            "  m <- ncol(y)\n", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "sum-for-mean" and "m is 1, the count of the wrong axis" in words, words


def test_pythons_range_kept_in_an_r_loop_is_repaired_to_seq_len(tmp_path, r_session):
    # R's range(epoch) is c(epoch, epoch): two passes whatever the epochs, which no trace
    # of one epoch shows; the edit that makes it run those asked does
    result, line = _checked(tmp_path, r_session, R_PORT, "for (i in seq_len(epoch))",
                            "for (i in range(epoch))", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind is None and "R's range(epoch) is c(epoch, epoch)" in words, words
    assert "with line 6 as 'for (i in seq_len(epoch)) {', it runs the epochs asked" in words


# The R port keeping the samples as columns too, A0 = t(X), as Ng's course does.
R_COLUMNS = R_PORT.replace("  loss <- numeric(epoch)\n",
                           "  loss <- numeric(epoch)\n  A0 <- t(X)\n").replace(
    "H <- sigmoid(X %*% wh", "H <- sigmoid(t(A0) %*% wh")


def test_the_port_keeping_samples_as_columns_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_COLUMNS, ".R").verdict == "agree"


def test_a_matrix_refilled_by_its_own_sizes_is_transposed_not_recycled(tmp_path, r_session):
    # matrix(X, nrow = ncol(X)) is X's numbers down the columns of an f x n matrix: the
    # reshape numpy's X.reshape(f, n) would be, not X's transpose; no bias vector recycles
    result, line = _checked(tmp_path, r_session, R_COLUMNS, "  A0 <- t(X)\n",
                            "  A0 <- matrix(X, nrow = ncol(X))\n", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "where its transpose, t(X), belongs" in words, words
    assert not diagnosis.diagnose([result], "R")[0], "no pitfall of kind recycling is named"


# The R port passing its biases through a helper of one line before it trains.
R_HELPER_INIT = R_PORT.replace(
    "sigmoid <- function(x) 1 / (1 + exp(-x))\n",
    "sigmoid <- function(x) 1 / (1 + exp(-x))\nas_row <- function(b) matrix(b, nrow = 1)\n"
).replace("  loss <- numeric(epoch)\n", "  loss <- numeric(epoch)\n  bh <- as_row(bh)\n")


def test_the_port_with_a_bias_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_HELPER_INIT, ".R").verdict == "agree"


def test_an_initial_value_a_helper_returns_is_found_in_the_helper(tmp_path, r_session):
    # the helper zeroes the bias it is given; the call's line only takes what it returns
    result, line = _checked(tmp_path, r_session, R_HELPER_INIT,
                            "as_row <- function(b) matrix(b, nrow = 1)",
                            "as_row <- function(b) matrix(0 * b, nrow = 1)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "own-init" and "another initial bh" in words, words


@pytest.mark.parametrize("old, new, taken", [
    ("d_hid <- (d_out %*% t(wout)) * H * (1 - H)", "d_hid <- (d_out %*% t(wout)) * (H > 0)",
     "(H > 0), the slope of a ReLU, where H's sigmoid slope, H * (1 - H), belongs"),
    ("d_out <- E * out * (1 - out)", "d_out <- E * (1 - out^2)",
     "(1 - out^2), the slope of a tanh, where out's sigmoid slope, out * (1 - out), belongs"),
    ("d_hid <- (d_out %*% t(wout)) * H * (1 - H)", "d_hid <- (d_out %*% t(wout)) * (1 - H)",
     "(1 - H) where the sigmoid's slope, H * (1 - H), belongs: H left out of it"),
], ids=["relu", "tanh", "half"])
def test_another_activations_slope_is_a_wrong_derivative(old, new, taken, tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, old, new, ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-derivative" and taken in words, words


# The R port keeping its layers' weights and activations in lists, walked by index.
R_LISTS = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  W <- list(wh, wout)
  b <- list(bh, bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    acts <- list(X)
    for (k in 1:2) {
      Z <- acts[[k]] %*% W[[k]] + matrix(b[[k]], nrow(X), ncol(W[[k]]), byrow = TRUE)
      acts[[k + 1]] <- sigmoid(Z)
    }
    E <- y - acts[[3]]
    loss[i] <- mean(E^2) / 2
    grad <- E
    for (l in 2:1) {
      out <- acts[[l + 1]]
      delta <- grad * out * (1 - out)
      grad <- delta %*% t(W[[l]])
      W[[l]] <- W[[l]] + t(acts[[l]]) %*% delta * lr
      b[[l]] <- b[[l]] + colSums(delta) * lr
    }
  }
  list(wh = W[[1]], bh = b[[1]], wout = W[[2]], bout = b[[2]], loss = loss)
}
"""


def test_the_port_of_lists_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_LISTS, ".R").verdict == "agree"


@pytest.mark.parametrize("old, new, kind, words", [
    # the backward pass walked forward: the output layer's error meets the hidden layer
    ("    for (l in 2:1) {", "    for (l in 1:2) {", None,
     "the loop run forward where backward belongs"),
    # a layer's input where its output belongs
    ("      out <- acts[[l + 1]]", "      out <- acts[[l]]", "wrong-operand",
     "acts[[l]] where acts[[l + 1]] belongs: the element one along"),
], ids=["loop-order", "element-one-back"])
def test_a_stop_caused_on_the_line_before_is_repaired_there(old, new, kind, words, tmp_path,
                                                            r_session):
    # both stop on the delta's line, R refusing arrays of two shapes; the line to mend is
    # the one that gave it the wrong array
    result, line = _checked(tmp_path, r_session, R_LISTS, old, new, ".R")
    assert result.error is not None and _reported(result, "R") == line
    found, said = diagnosis.port_kind([result])
    assert found == kind and words in said, said


# The R port keeping each layer as a named list, moved through a copy of it.
R_LAYERS = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  layers <- list(list(W = wh, b = bh), list(W = wout, b = bout))
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    acts <- list(X)
    for (k in 1:2) {
      L <- layers[[k]]
      Z <- acts[[k]] %*% L$W + matrix(L$b, nrow(X), ncol(L$W), byrow = TRUE)
      acts[[k + 1]] <- sigmoid(Z)
    }
    E <- y - acts[[3]]
    loss[i] <- mean(E^2) / 2
    grad <- E
    for (l in 2:1) {
      layer <- layers[[l]]
      out <- acts[[l + 1]]
      delta <- grad * out * (1 - out)
      layers[[l]]$W <- layer$W + t(acts[[l]]) %*% delta * lr
      layers[[l]]$b <- layer$b + colSums(delta) * lr
      grad <- delta %*% t(layer$W)
    }
  }
  list(wh = layers[[1]]$W, bh = layers[[1]]$b, wout = layers[[2]]$W,
       bout = layers[[2]]$b, loss = loss)
}
"""


def test_the_port_of_layers_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_LAYERS, ".R").verdict == "agree"


def test_an_update_written_to_the_layers_copy_is_found_where_it_is_dropped(tmp_path,
                                                                           r_session):
    # layer is a copy of layers[[l]]: its b moves, the list's never does
    result, line = _checked(tmp_path, r_session, R_LAYERS,
                            "      layers[[l]]$b <- layer$b + colSums(delta) * lr",
                            "      layer$b <- layer$b + colSums(delta) * lr", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "not-written-back"


# The Python port whose layers take a weight decay, 0 unless asked.
PY_DECAY = PY_PORT.replace(
    "    def backward(self, grad, lr):", "    def backward(self, grad, lr, decay=0.0):"
).replace("        self.W += lr * (self.x.T @ delta)",
          "        self.W += lr * (self.x.T @ delta) - lr * decay * self.W")


def test_the_port_with_a_weight_decay_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_DECAY, ".py").verdict == "agree"


def test_a_hyperparameter_given_to_another_argument_too_is_misused(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, PY_DECAY,
                            "hidden.backward(output.backward(E, lr), lr)",
                            "hidden.backward(output.backward(E, lr, decay=lr), lr)", ".py")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "hyper-misused" and "decay=lr: lr given as decay too" in words, words


# The Python port running its epochs in a helper of its own.
PY_FIT = PY_PORT.replace('''def train(X, y, wh, bh, wout, bout, lr, epochs):
    hidden, output = Layer(wh, bh), Layer(wout, bout)
    loss = np.empty(int(epochs))
''', '''def fit(hidden, output, X, y, lr, epochs):
    X = np.asarray(X, dtype=float)
    loss = np.empty(int(epochs))
''').replace('''    return {"wh": hidden.W''', '''    return loss


def train(X, y, wh, bh, wout, bout, lr, epochs):
    hidden, output = Layer(wh, bh), Layer(wout, bout)
    loss = fit(hidden, output, X, y, lr, epochs)
    return {"wh": hidden.W''')


def test_the_port_fitting_in_a_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_FIT, ".py").verdict == "agree"


def test_samples_reordered_inside_a_helper_are_a_data_order(tmp_path, r_session):
    # the rows of X rolled one down, y's not: every sample meets another's target
    result, line = _checked(tmp_path, r_session, PY_FIT, "    X = np.asarray(X, dtype=float)\n",
                            "    X = np.roll(np.asarray(X, dtype=float), 1, axis=0)\n", ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "data-order"


# The Python port keeping its losses in a list on an object, appended to.
PY_CURVE = PY_PORT.replace("    loss = np.empty(int(epochs))\n", "    hidden.curve = []\n").replace(
    "        loss[i] = np.mean(E ** 2) / 2\n",
    "        hidden.curve.append(float(np.mean(E ** 2) / 2))\n").replace(
    '"loss": loss}', '"loss": np.array(hidden.curve)}')


def test_the_port_appending_to_an_attribute_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_CURVE, ".py").verdict == "agree"


def test_a_loss_appended_to_an_attribute_rounded_is_found_at_the_append(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, PY_CURVE,
                            "hidden.curve.append(float(np.mean(E ** 2) / 2))",
                            "hidden.curve.append(round(float(np.mean(E ** 2) / 2), 6))", ".py")
    # the trace holds the list the append writes: its first diverging statement is the
    # append itself, not the return that reads the list (a repair found either way)
    assert result.lockstep.finding.port.line == line
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "rounding"


# The R port adding its hidden bias as a vector laid down the columns, each number n times.
R_REP = R_PORT.replace("matrix(bh, nrow(X), ncol(wh), byrow = TRUE)", "rep(bh, each = nrow(X))")


def test_the_port_repeating_each_bias_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_REP, ".R").verdict == "agree"


def test_a_bias_repeated_whole_where_each_belongs_is_recycling(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_REP, "rep(bh, each = nrow(X))",
                            "rep(bh, nrow(X))", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "recycling" and "rep(bh, nrow(X)) repeats the whole vector" in words, words


@pytest.mark.parametrize("language, line, edited, kind", [
    ("R", "  for (i in rev(seq_len(nrow(X)))) {", "  for (i in seq_len(nrow(X))) {", "data-order"),
    ("Python", "    for i in range(len(X)):", "    for i in reversed(range(len(X))):",
     "data-order"),
    ("R", "  for (l in seq_along(layers)) {", "  for (l in rev(seq_along(layers))) {", None),
])
def test_a_loop_over_the_samples_turned_round_is_a_data_order(language, line, edited, kind):
    from nnparity import repair
    assert (edited, kind) in [(new, k) for new, k, _ in repair.edits(line, language)]
    # the epochs' loop is never turned round: one epoch is traced
    assert not [w for _, _, w in repair.edits("for (e in seq_len(epochs)) {", "R",
                                              epochs="epochs") if "loop run" in w]



@pytest.mark.parametrize("text, start", [("sq = 0.0", True), ("total <- 0", True),
                                         ("self.n = 0  # none yet", True), ("x = 0.5", False),
                                         ("n = 10", False), ("w = 0 * w", False)])
def test_a_number_0_written_alone_is_a_sums_start(text, start):
    # a sum's start (sq = 0.0) carries no number of the reference's and is no root of a
    # difference (ninth/01 was reported there, before the sample's error that parts)
    from nnparity import tracing
    assert (tracing._ZERO.match(text) is not None) == start


# The R port running each epoch's body inside within(p, { ... }).
R_WITHIN = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  p <- list(wh = wh, bh = bh, wout = wout, bout = bout, loss = numeric(epochs))
  for (i in seq_len(epochs)) {
    p <- within(p, {
      H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
      out <- sigmoid(H %*% wout + bout[1, 1])
      E <- y - out
      loss[i] <- mean(E^2) / 2
      d_out <- E * out * (1 - out)
      d_hid <- (d_out %*% t(wout)) * H * (1 - H)
      wout <- wout + t(H) %*% d_out * lr
      bout <- bout + sum(d_out) * lr
      wh <- wh + t(X) %*% d_hid * lr
      bh <- bh + colSums(d_hid) * lr
    })
  }
  p[c("wh", "bh", "wout", "bout", "loss")]
}
"""


def test_the_port_within_a_list_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_WITHIN, ".R").verdict == "agree"


def test_a_statement_inside_within_is_found_not_the_within_call(tmp_path, r_session):
    # p <- within(p, {...}) reads every name of its block and agrees in most of its
    # elements: it is not what makes the bias's update stand for the reference's
    result, line = _checked(tmp_path, r_session, R_WITHIN,
                            "      bh <- bh + colSums(d_hid) * lr",
                            "      bh <- bh - colSums(d_hid) * lr", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "sign"


def test_a_loss_stored_one_place_along_is_epochs_off_by_one(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "loss[i] <- mean(E^2) / 2",
                            "loss[i + 1] <- mean(E^2) / 2", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "epochs-off-by-one" and "loss[i + 1] where loss[i] belongs" in words, words


# The R port stringing its parameters together in one vector, theta, as optim() takes them.
R_FLAT = """\
sigmoid <- function(x) 1 / (1 + exp(-x))
pack <- function(wh, bh, wout, bout) c(wh, bh, wout, bout)
unpack <- function(theta, f, h) {
  list(wh = matrix(theta[1:(f * h)], f, h), bh = matrix(theta[f * h + 1:h], 1, h),
       wout = matrix(theta[f * h + h + 1:h], h, 1),
       bout = matrix(theta[f * h + 2 * h + 1], 1, 1))
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  f <- nrow(wh)
  h <- ncol(wh)
  theta <- pack(wh, bh, wout, bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    p <- unpack(theta, f, h)
    H <- sigmoid(X %*% p$wh + matrix(p$bh, nrow(X), h, byrow = TRUE))
    out <- sigmoid(H %*% p$wout + p$bout[1, 1])
    E <- y - out
    loss[i] <- mean(E^2) / 2
    d_out <- E * out * (1 - out)
    d_hid <- (d_out %*% t(p$wout)) * H * (1 - H)
    theta <- theta + lr * pack(t(X) %*% d_hid, colSums(d_hid), t(H) %*% d_out, sum(d_out))
  }
  c(unpack(theta, f, h), list(loss = loss))
}
"""


def test_the_port_of_one_flat_vector_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_FLAT, ".R").verdict == "agree"


def test_the_flat_vector_packed_from_the_given_weights_is_not_where_it_parts(tmp_path,
                                                                           r_session):
    # theta <- pack(...) is no value of the reference's but the four it was given strung
    # together: the gradient packed the other way round is where the port parts
    result, line = _checked(tmp_path, r_session, R_FLAT, "pack(t(X) %*% d_hid,",
                            "pack(t(d_hid) %*% X,", ".R")
    assert result.lockstep.finding.port.line == line    # the trace's, before any repair
    assert _reported(result, "R") == line


# The R port counting its samples by the rows of X.
R_COUNT_X = R_COUNT.replace("  m <- nrow(y)\n", "  m <- nrow(X)\n")


def test_the_port_counting_rows_of_x_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_COUNT_X, ".R").verdict == "agree"


def test_a_repair_that_agrees_only_at_these_sizes_is_not_taken(tmp_path, r_session):
    # 3 samples of 4 features: m <- ncol(X) makes 2 * (m - 1) the 2 * 3 that belongs, by
    # chance; with one sample fewer it does not, and the count one off is the repair
    result, line = _checked(tmp_path, r_session, R_COUNT_X, "sum(E^2) / (2 * m)",
                            "sum(E^2) / (2 * (m - 1))", ".R", fixture="av_mlp[walkthrough-1]")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert f"with line {line} as" in words and "(m - 1) where m belongs" in words, words


def test_a_matrix_laid_out_the_other_way_round_is_transposed(tmp_path, r_session):
    # an h x n matrix of the biases where n x h belongs: it adds up only where n = h (3
    # and 3 here), where byrow = TRUE mends it too; with one sample fewer only t() does
    result, line = _checked(tmp_path, r_session, R_PORT,
                            "matrix(bh, nrow(X), ncol(wh), byrow = TRUE)",
                            "matrix(bh, ncol(wh), nrow(X))", ".R", fixture="av_mlp[walkthrough-1]")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "its transpose belongs" in words, words


# The Python port keeping the samples as columns (Ng's layout): every parameter is held
# transposed, the reference's numbers the other way round.
PY_COLUMNS = """\
import numpy as np


def sigmoid(Z):
    return 1.0 / (1.0 + np.exp(-Z))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    A0 = np.asarray(X, dtype=float).T
    Y = np.asarray(y, dtype=float).T
    W1, b1 = np.array(wh, dtype=float).T, np.array(bh, dtype=float).T
    W2, b2 = np.array(wout, dtype=float).T, np.array(bout, dtype=float).T
    loss = np.zeros(int(epochs))
    for i in range(int(epochs)):
        A1 = sigmoid(W1 @ A0 + b1)
        A2 = sigmoid(W2 @ A1 + b2)
        E = Y - A2
        loss[i] = np.mean(E ** 2) / 2
        d2 = E * A2 * (1 - A2)
        d1 = (W2.T @ d2) * A1 * (1 - A1)
        W2 += lr * d2 @ A1.T
        b2 += lr * d2.sum(axis=1, keepdims=True)
        W1 += lr * d1 @ A0.T
        b1 += lr * d1.sum(axis=1, keepdims=True)
    return {"wh": W1.T, "bh": b1.T, "wout": W2.T, "bout": b2.T, "loss": loss}
"""


def test_the_port_of_samples_as_columns_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_COLUMNS, ".py").verdict == "agree"


def test_a_stop_in_a_port_holding_its_parameters_transposed_is_repaired_where_it_is(
        tmp_path, r_session):
    # b1 is 4 x 1 where the reference's bh is 1 x 4, as every parameter of the port is: the
    # sum over the wrong axis, 1 x n, is what cannot be added to it
    result, line = _checked(tmp_path, r_session, PY_COLUMNS,
                            "b1 += lr * d1.sum(axis=1, keepdims=True)",
                            "b1 += lr * d1.sum(axis=0, keepdims=True)", ".py")
    assert result.error is not None and _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "wrong-axis"


def test_targets_taken_as_given_where_their_transpose_belongs_are_transposed(tmp_path,
                                                                              r_session):
    # Y = np.asarray(y): n x 1 where the port's layout wants 1 x n; A2 - Y broadcasts to
    # n x n, and the port stops two statements on
    result, line = _checked(tmp_path, r_session, PY_COLUMNS,
                            "    Y = np.asarray(y, dtype=float).T\n",
                            "    Y = np.asarray(y, dtype=float)\n", ".py")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "np.asarray(y, dtype=float).T, belongs" in words, words


# The R port computing the hidden layer sample by sample through a helper defined at the
# top of the file, far from the call that hands it each sample.
R_BY_SAMPLE = R_PORT.replace(
    "sigmoid <- function(x) 1 / (1 + exp(-x))\n",
    "sigmoid <- function(x) 1 / (1 + exp(-x))\n"
    "hidden_of <- function(x, wh, bh) {\n  z <- drop(x %*% wh) + drop(bh)\n  sigmoid(z)\n}\n"
    + "".join(f"# (a note on the port, line {k} of 14)\n" for k in range(1, 15))
).replace("    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))\n",
          "    H <- t(sapply(seq_len(nrow(X)), function(k) hidden_of(X[k, ], wh, bh)))\n")


def test_the_port_by_sample_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_BY_SAMPLE, ".R").verdict == "agree"


def test_a_stop_inside_a_helper_is_repaired_at_the_call_that_chose_its_argument(tmp_path,
                                                                                r_session):
    # the helper stops, given a column of X where a row belongs, 18 lines below it
    result, line = _checked(tmp_path, r_session, R_BY_SAMPLE, "hidden_of(X[k, ], wh, bh)",
                            "hidden_of(X[, k], wh, bh)", ".R")
    assert result.error is not None and _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "wrong-axis"


# The flat-vector R port stepping against the gradient of its loss: its errors are out - y,
# the reference's times -1, and its one update takes them away.
R_DESCENT = R_FLAT.replace("E <- y - out", "E <- out - y").replace(
    "theta <- theta + lr * pack(", "theta <- theta - lr * pack(")


def test_the_port_stepping_against_its_gradient_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_DESCENT, ".R").verdict == "agree"


def test_errors_of_the_ports_own_sign_are_not_where_it_parts(tmp_path, r_session):
    # d_out is the reference's times -1, as every error of this port is, and its update
    # undoes that: the hidden delta that lost a factor is the first to differ (nothing
    # downstream of d_out agrees to vouch for it: every parameter moves in theta)
    result, line = _checked(tmp_path, r_session, R_DESCENT,
                            "d_hid <- (d_out %*% t(p$wout)) * H * (1 - H)",
                            "d_hid <- (d_out %*% t(p$wout)) * (1 - H)", ".R")
    assert result.lockstep.finding.port.line == line    # the trace's, before any repair
    assert _reported(result, "R") == line


def test_a_sign_reversed_in_a_port_of_the_references_convention_is_still_found(tmp_path,
                                                                               r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "E <- y - out", "E <- out - y", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "sign"


def test_a_packing_helpers_arguments_the_other_way_round_are_the_wrong_operand(tmp_path,
                                                                               r_session):
    # colSums(d_hid) and t(H) %*% d_out are h numbers each: theta takes them silently
    result, line = _checked(tmp_path, r_session, R_FLAT,
                            "pack(t(X) %*% d_hid, colSums(d_hid), t(H) %*% d_out, sum(d_out))",
                            "pack(t(X) %*% d_hid, t(H) %*% d_out, colSums(d_hid), sum(d_out))",
                            ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "passed the other way round" in words, words


def test_a_division_by_a_count_one_off_is_a_wrong_constant(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_COUNT, "sum(E^2) / (2 * m)",
                            "sum(E^2) / (2 * (m - 1))", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-constant" and "divided by a count one off" in words, words


# The R port moving each parameter through a helper whose rate defaults to the article's.
R_MOVE = R_PORT.replace(
    "sigmoid <- function(x) 1 / (1 + exp(-x))\n",
    "sigmoid <- function(x) 1 / (1 + exp(-x))\nmove <- function(w, g, rate = 0.1) w + rate * g\n"
).replace("wout <- wout + t(H) %*% d_out * lr", "wout <- move(wout, t(H) %*% d_out, lr)").replace(
    "bout <- bout + sum(d_out) * lr", "bout <- move(bout, sum(d_out), lr)").replace(
    "wh <- wh + t(X) %*% d_hid * lr", "wh <- move(wh, t(X) %*% d_hid, lr)").replace(
    "bh <- bh + colSums(d_hid) * lr", "bh <- move(bh, colSums(d_hid), lr)")


def test_the_port_moving_through_a_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_MOVE, ".R").verdict == "agree"


def test_a_helper_called_with_other_arguments_is_no_call_again(tmp_path, r_session):
    # move() for bh after move() for wh is another call, not the same one recomputed from
    # parameters already moved: its default rate, where lr belongs, is no stale value
    result, line = _checked(tmp_path, r_session, R_MOVE, "bh <- move(bh, colSums(d_hid), lr)",
                            "bh <- move(bh, colSums(d_hid))", ".R",
                            fixture="av_mlp[article-lr-0p7]")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "ignores-hyper" and "move() called without lr" in words, words


def test_a_call_leaving_a_hyperparameter_to_the_helpers_default_is_repaired_with_it():
    from nnparity import repair
    defaults = repair.defaulted_helpers(R_MOVE, "R")
    assert defaults == {"move": (["w", "g", "rate"], ["rate"])}
    edited = [(new, kind) for new, kind, _ in repair.edits(
        "    bh <- move(bh, colSums(d_hid))", "R", hyper=("lr", "epochs"), defaults=defaults)]
    assert ("    bh <- move(bh, colSums(d_hid), lr)", "ignores-hyper") in edited
    # a call that gives every argument is left alone
    assert not [new for new, kind, _ in repair.edits(
        "    bh <- move(bh, colSums(d_hid), lr)", "R", hyper=("lr",), defaults=defaults)
        if kind == "ignores-hyper"]


# The Python port summing its squared errors sample by sample from a number 0.
PY_SUM = PY_PORT.replace("        loss[i] = np.mean(E ** 2) / 2\n", """\
        sq = 0.0
        for k in range(len(y)):
            e_k = y[k, 0] - out[k, 0]
            sq += e_k * e_k
        loss[i] = sq / len(y) / 2
""")


def test_the_port_summing_from_zero_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_SUM, ".py").verdict == "agree"


def test_a_running_sum_of_agreeing_terms_is_not_where_the_loss_parts(tmp_path, r_session):
    # sq += e_k * e_k holds partial sums the reference never does, of agreeing terms: the
    # loss rounded from it, formatted to 6 places, is where the port parts
    result, line = _checked(tmp_path, r_session, PY_SUM, "loss[i] = sq / len(y) / 2",
                            'loss[i] = float(f"{sq / len(y) / 2:.6f}")', ".py")
    assert result.lockstep.finding.port.line == line    # the trace's, before any repair
    kind, words = diagnosis.port_kind([result])
    assert kind == "rounding" and 'float(f"{sq / len(y) / 2:.6f}")' in words, words


def test_a_list_of_deltas_in_the_other_order_is_the_wrong_operand(tmp_path, r_session):
    # R_LISTS walks its layers by index; a list of the deltas handed over the other way
    # round gives each layer the other's
    source = R_LISTS.replace("    for (l in 2:1) {\n      out <- acts[[l + 1]]\n"
                             "      delta <- grad * out * (1 - out)\n"
                             "      grad <- delta %*% t(W[[l]])\n"
                             "      W[[l]] <- W[[l]] + t(acts[[l]]) %*% delta * lr\n"
                             "      b[[l]] <- b[[l]] + colSums(delta) * lr\n    }\n", """\
    d2 <- E * acts[[3]] * (1 - acts[[3]])
    d1 <- (d2 %*% t(W[[2]])) * acts[[2]] * (1 - acts[[2]])
    deltas <- list(d1, d2)
    for (l in 1:2) {
      W[[l]] <- W[[l]] + t(acts[[l]]) %*% deltas[[l]] * lr
      b[[l]] <- b[[l]] + colSums(deltas[[l]]) * lr
    }
""")
    assert source != R_LISTS
    assert _agreeing(tmp_path, r_session, source, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, source, "deltas <- list(d1, d2)",
                            "deltas <- list(d2, d1)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "d2 and d1 listed the other way round" in words, words


def test_targets_kept_as_a_column_where_a_vector_belongs_are_recycling():
    from nnparity import repair
    assert ("    t = np.asarray(y, dtype=float).ravel()", "recycling") in [
        (new, kind) for new, kind, _ in repair.edits("    t = np.asarray(y, dtype=float)",
                                                     "Python")]
    # the numbers of a matrix listed the other way round are byrow's, not the list's
    assert not [w for _, _, w in repair.edits("  W <- matrix(c(w1, w2, w3, w4), nrow = 2)", "R")
                if "listed the other way round" in w]



# The R port with its sigmoid under another name, given its pre-activation inline.
R_LOGIS = R_PORT.replace("sigmoid", "logis")


def test_the_port_of_another_sigmoids_name_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_LOGIS, ".R").verdict == "agree"


def test_the_sigmoids_slope_with_its_sign_reversed_is_a_sign(tmp_path, r_session):
    # H = logis(X %*% wh + ...): no name says sigmoid, its values do (the helper's argument
    # is the pre-activation); H * (H - 1) is its slope times -1
    result, line = _checked(tmp_path, r_session, R_LOGIS,
                            "d_hid <- (d_out %*% t(wout)) * H * (1 - H)",
                            "d_hid <- (d_out %*% t(wout)) * H * (H - 1)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "sign" and "(H - 1) where (1 - H) belongs" in words, words


def test_a_rate_used_as_an_interpolations_weight_is_hyper_misused(tmp_path, r_session):
    # move() is given lr under its own name, rate; (1 - rate) * w + rate * g shrinks every
    # parameter by the rate too: the helper's line, not the calls' (each agrees but for it)
    result, line = _checked(tmp_path, r_session, R_MOVE,
                            "move <- function(w, g, rate = 0.1) w + rate * g",
                            "move <- function(w, g, rate = 0.1) (1 - rate) * w + rate * g", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "hyper-misused" and "(1 - rate) weighs the old value" in words, words


def test_numpys_dot_read_as_rs_cross_product_is_a_transpose_too_many(tmp_path, r_session):
    # crossprod(X, wh) is t(X) %*% wh: the port stops there; X %*% wh repairs it
    result, line = _checked(tmp_path, r_session, R_PORT,
                            "H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
                            "H <- sigmoid(crossprod(X, wh) + matrix(bh, nrow(X), ncol(wh), "
                            "byrow = TRUE))", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "t(X) %*% wh, where X %*% wh belongs" in words, words


# The Python port laying its biases over the samples with np.tile, as R's matrix(rep(b, n),
# nrow = n, byrow = TRUE) is ported.
PY_TILE = PY_PORT.replace(
    "self.x, self.a = x, sigmoid(x @ self.W + self.b)",
    "self.x, self.a = x, sigmoid(x @ self.W + np.tile(self.b, len(x)).reshape(len(x), -1))")


def test_the_port_tiling_its_biases_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_TILE, ".py").verdict == "agree"


def test_repeated_values_laid_down_the_columns_are_recycling_not_a_transpose(tmp_path,
                                                                            r_session):
    # order="F" on a tiled vector transposes nothing: each copy lands in the wrong place,
    # R's column-major fill (matrix(rep(b, n)) without byrow) ported to the letter; of the
    # pitfalls, that one, not numpy's row-major reshape (the mistake the other way) nor a
    # vector R recycles (no repetition written)
    result, line = _checked(tmp_path, r_session, PY_TILE, "reshape(len(x), -1))",
                            "reshape(len(x), -1, order=\"F\"))", ".py")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "recycling" and "repeated values laid down the columns" in words, words
    assert diagnosis.diagnose([result], "Python")[0][0].name == "av_mlp-matrix-byrow"


# The R port moving its parameters with <<- from an epoch function vapply() runs, its error
# taken as out - y (so it steps with - lr) and its loss the function's value.
R_EPOCH_FN = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  ones <- rep(1, nrow(X))
  epoch <- function(k) {
    H <- sigmoid(X %*% wh + ones %*% bh)
    out <- sigmoid(H %*% wout + bout[1, 1])
    E <- out - y
    d_out <- E * out * (1 - out)
    d_hid <- (d_out %*% t(wout)) * H * (1 - H)
    wout <<- wout - t(H) %*% d_out * lr
    bout <<- bout - sum(d_out) * lr
    wh <<- wh - t(X) %*% d_hid * lr
    bh <<- bh - colSums(d_hid) * lr
    drop(crossprod(E)) / (2 * nrow(E))
  }
  loss <- vapply(seq_len(epochs), epoch, numeric(1))
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
"""


def test_the_port_stepping_with_superassignment_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_EPOCH_FN, ".R").verdict == "agree"


def test_a_count_of_one_column_in_the_denominator_is_a_sum_for_a_mean(tmp_path, r_session):
    # ncol(E) is 1: the loss is half the summed squared errors; out - y under <<- updates
    # that step with - lr is the port's own convention, not where it parts
    result, line = _checked(tmp_path, r_session, R_EPOCH_FN, "(2 * nrow(E))", "(2 * ncol(E))",
                            ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "sum-for-mean" and "ncol(E) is 1" in words, words


def test_a_helpers_own_rate_left_to_its_default_shadows_trains(tmp_path, r_session):
    # function(k, lr = 0.1), called by vapply() with k alone: the helper's lr is always 0.1
    # (R records no argument left out); its header is where the port parts
    result, line = _checked(tmp_path, r_session, R_EPOCH_FN, "epoch <- function(k) {",
                            "epoch <- function(k, lr = 0.1) {", ".R",
                            fixture="av_mlp[article-lr-0p7]")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "ignores-hyper" and "it shadows train()'s lr" in words, words


# The Python port whose epochs run an inner function that moves the parameters it closes over.
PY_EPOCH_FN = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    p = {"wh": wh.copy(), "bh": bh.copy(), "wout": wout.copy(), "bout": bout.copy()}

    def epoch(k):
        H = sigmoid(X @ p["wh"] + p["bh"])
        out = sigmoid(H @ p["wout"] + p["bout"])
        E = y - out
        d_out = E * out * (1 - out)
        d_hid = (d_out @ p["wout"].T) * H * (1 - H)
        p["wout"] = p["wout"] + H.T @ d_out * lr
        p["bout"] = p["bout"] + d_out.sum(axis=0, keepdims=True) * lr
        p["wh"] = p["wh"] + X.T @ d_hid * lr
        p["bh"] = p["bh"] + d_hid.sum(axis=0, keepdims=True) * lr
        return float(np.mean(E ** 2) / 2)

    loss = np.array([epoch(k) for k in range(int(epochs))])
    return {**p, "loss": loss}
"""


def test_the_python_port_of_an_epoch_function_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_EPOCH_FN, ".py").verdict == "agree"


def test_a_python_helpers_own_rate_left_to_its_default_shadows_trains(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, PY_EPOCH_FN, "    def epoch(k):",
                            "    def epoch(k, lr=0.1):", ".py", fixture="av_mlp[article-lr-0p7]")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "ignores-hyper" and "it shadows train()'s lr" in words, words


# The R port moving the output weights in a helper of its own, handed the hidden layer.
R_UPDATE = R_PORT.replace(
    "H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
    "Z <- X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE)\n    H <- sigmoid(Z)").replace(
    "train <- function(",
    "update_out <- function(wout, A, d, lr) {\n  wout <- wout + t(A) %*% d * lr\n  wout\n}\n\n"
    "train <- function(").replace("wout <- wout + t(H) %*% d_out * lr",
                                  "wout <- update_out(wout, H, d_out, lr)")


def test_the_port_updating_in_a_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_UPDATE, ".R").verdict == "agree"


def test_a_helper_handed_the_wrong_operand_is_wrong_at_its_call(tmp_path, r_session):
    # the helper's statement reads its parameter A as it should; the call gave it the
    # pre-activation Z
    result, line = _checked(tmp_path, r_session, R_UPDATE, "update_out(wout, H, d_out, lr)",
                            "update_out(wout, Z, d_out, lr)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "it reads Z where H belongs" in words, words


# The R port laying its hidden bias over the samples by indexing its row n times.
R_ROWS = R_PORT.replace("matrix(bh, nrow(X), ncol(wh), byrow = TRUE)",
                        "bh[rep(1, nrow(X)), , drop = FALSE]")


def test_the_port_repeating_the_bias_row_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_ROWS, ".R").verdict == "agree"


def test_a_matrix_indexed_as_a_vector_is_recycling(tmp_path, r_session):
    # bh[rep(1, n)]: the row's comma left out, n copies of its first number
    result, line = _checked(tmp_path, r_session, R_ROWS, "bh[rep(1, nrow(X)), , drop = FALSE]",
                            "bh[rep(1, nrow(X))]", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "recycling" and "bh[rep(1, nrow(X))] indexes the matrix as a vector" in words, \
        words


def test_a_loss_allocated_from_an_integer_is_where_it_is_truncated(tmp_path, r_session):
    # np.repeat(0, n), R's rep(0, n) ported, is an integer array: each loss stored into it
    # is truncated there; the allocation is where the port parts
    result, line = _checked(tmp_path, r_session, PY_PORT, "loss = np.empty(int(epochs))",
                            "loss = np.repeat(0, int(epochs))", ".py")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "integer-truncation" and "an integer array made at line" in words, words


# The Python port keeping its parameters in a namedtuple, its gradients returned as another.
PY_NAMEDTUPLE = """\
from collections import namedtuple

import numpy as np

Params = namedtuple("Params", ["wh", "bh", "wout", "bout"])


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def gradients(p, X, y):
    H = sigmoid(np.matmul(X, p.wh) + p.bh)
    out = sigmoid(np.matmul(H, p.wout) + p.bout)
    d_out = (y - out) * out * (1 - out)
    d_hid = np.matmul(d_out, p.wout.T) * H * (1 - H)
    return Params(
        wh=np.matmul(X.T, d_hid),
        bh=d_hid.sum(axis=0, keepdims=True),
        wout=np.matmul(H.T, d_out),
        bout=d_out.sum(axis=0, keepdims=True),
    )


def predict(X, wh, bh, wout, bout):
    p = Params(wh, bh, wout, bout)
    H = sigmoid(np.matmul(X, p.wh) + p.bh)
    return sigmoid(np.matmul(H, p.wout) + p.bout)


def train(X, y, wh, bh, wout, bout, lr, epochs):
    '''Full-batch gradient ascent on the half mean squared error's negative: each epoch
    takes the gradients of the parameters as they are, then moves every field of the
    namedtuple at once, so no update reads another's new value.'''
    p = Params(*(np.asarray(a, dtype=np.float64) for a in (wh, bh, wout, bout)))
    loss = []
    for _ in range(int(epochs)):
        loss.append(float(np.mean((y - predict(X, *p)) ** 2) / 2))
        g = gradients(p, X, y)
        p = Params(*(w + lr * d for w, d in zip(p, g)))
    return {**p._asdict(), "loss": np.array(loss)}
"""


def test_the_port_of_namedtuples_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_NAMEDTUPLE, ".py").verdict == "agree"


def test_a_namedtuple_of_single_precision_parameters_is_where_they_are_made(tmp_path,
                                                                            r_session):
    # the namedtuple's fields are traced as p.wh, ...: the float32 copy is seen where made
    result, line = _checked(tmp_path, r_session, PY_NAMEDTUPLE, "dtype=np.float64",
                            "dtype=np.float32", ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "single-precision"


def test_a_gradient_returned_transposed_is_found_in_the_helpers_return(tmp_path, r_session):
    # f = h = 4: the h x f gradient is taken from wh as it is; the update reads a value the
    # helper returned, whose element's line is among the lines that made it
    result, line = _checked(tmp_path, r_session, PY_NAMEDTUPLE, "wh=np.matmul(X.T, d_hid),",
                            "wh=np.matmul(d_hid.T, X),", ".py")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "with line" in words, words


# The R port taking its inputs through a data frame, as one does to look at them first.
R_FRAME = R_PORT.replace("  epoch <- epochs\n", "  dat <- data.frame(X)\n"
                         "  X <- unname(as.matrix(dat))\n  epoch <- epochs\n")


def test_the_port_of_a_data_frame_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_FRAME, ".R").verdict == "agree"


def test_inputs_rounded_in_a_data_frame_are_found_where_rounded(tmp_path, r_session):
    # the frame holds no numbers the trace sees; X read back from it is the argument
    # rounded to 2 places, and the statement that rounded the frame is where it parts
    result, _ = _checked(tmp_path, r_session, R_FRAME, "  dat <- data.frame(X)\n",
                         "  dat <- data.frame(X)\n  dat[] <- lapply(dat, round, digits = 2)\n",
                         ".R", fixture="av_mlp[wide-f6-h2]")
    line = R_FRAME.splitlines().index("  dat <- data.frame(X)") + 2
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "rounding" and "dat's numbers" in words \
        and "values rounded to 2 decimal places" in words, words


# The R port moving the hidden weights in a helper of its own.
R_UPDATE_HID = R_PORT.replace(
    "train <- function(",
    "update_hid <- function(w, A, d_hiddenlayer, lr) {\n"
    "  w <- w + t(A) %*% d_hiddenlayer * lr\n  w\n}\n\n"
    "train <- function(").replace("wh <- wh + t(X) %*% d_hid * lr",
                                  "wh <- update_hid(wh, X, d_hid, lr)").replace(
    "d_hid <- (d_out %*% t(wout)) * H * (1 - H)",
    "slope <- H * (1 - H)\n    d_hid <- (d_out %*% t(wout)) * slope")


def test_the_port_updating_the_hidden_layer_in_a_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_UPDATE_HID, ".R").verdict == "agree"


def test_a_helpers_argument_computed_from_a_moved_value_is_stale_at_the_call(tmp_path,
                                                                           r_session):
    # the hidden delta written out in the call, after wout has moved: the argument is a
    # value the call computed (not one passed on), from wout after its update
    result, line = _checked(tmp_path, r_session, R_UPDATE_HID,
                            "wh <- update_hid(wh, X, d_hid, lr)",
                            "wh <- update_hid(wh, X, (d_out %*% t(wout)) * slope, lr)",
                            ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "stale-value" and "it reads wout after its update" in words, words


def test_a_repetition_by_the_other_axis_count_is_recycling(tmp_path, r_session):
    # rep(bh, each = ncol(X)): h copies of each bias where n belong, recycled down the
    # n x h product: the count is the other axis's, what it does is recycling
    result, line = _checked(tmp_path, r_session, R_REP, "rep(bh, each = nrow(X))",
                            "rep(bh, each = ncol(X))", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "recycling" and "rep() repeats by the other axis's count" in words, words


def test_a_count_one_off_in_the_epochs_loop_is_the_epochs_off_by_one(tmp_path, r_session):
    # epoch <- epochs, then a loop over 1:(epoch - 1), Python's range(epoch) read as
    # stopping one short: one epoch too few (and with one asked, 1:0 runs two)
    result, line = _checked(tmp_path, r_session, R_PORT, "for (i in seq_len(epoch)) {",
                            "for (i in 1:(epoch - 1)) {", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "epochs-off-by-one", words


def test_a_value_computed_again_after_its_input_moved_is_a_stale_value(tmp_path, r_session):
    # d_hid computed again after wout's step (a line inserted): dropping it repairs the
    # port, and what it read had moved since the first time
    old = "    wout <- wout + t(H) %*% d_out * lr\n"
    result, _ = _checked(tmp_path, r_session, R_PORT, old,
                         old + "    d_hid <- (d_out %*% t(wout)) * H * (1 - H)\n", ".R")
    line = R_PORT.splitlines().index(old.rstrip("\n")) + 2
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "stale-value" and "from wout after its update" in words, words


def test_a_transpose_left_out_of_np_dots_first_operand_is_an_edit():
    from nnparity import repair
    # np.dot(X, d) where np.dot(X.T, d) belongs (R's t(X) %*% d ported without its t())
    assert ("    wh = wh + np.dot(X.T, d_hid) * lr", "transposed") in [
        (new, kind) for new, kind, _ in repair.edits("    wh = wh + np.dot(X, d_hid) * lr",
                                                     "Python")]


# The R port laying its bias over the samples in a helper defined after train(), its
# product first on its own.
R_EXPAND = R_PORT.replace(
    "H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
    "Z1 <- X %*% wh\n    Z <- Z1 + expand_rows(bh, nrow(X))\n    H <- sigmoid(Z)") + (
    "\n# the biases, one row per sample\nexpand_rows <- function(b, n) {\n"
    "  matrix(b, nrow = n, ncol = length(b), byrow = TRUE)\n}\n")


def test_the_port_expanding_its_bias_in_a_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_EXPAND, ".R").verdict == "agree"


def test_a_helper_a_later_statement_calls_is_searched_for_the_repair(tmp_path, r_session):
    # Z1, the product alone, has no counterpart; Z shows the kind; the helper Z calls is
    # where the bias is laid out column-major
    result, line = _checked(tmp_path, r_session, R_EXPAND, "ncol = length(b), byrow = TRUE)",
                            "ncol = length(b), byrow = FALSE)", ".R",
                            fixture="av_mlp[article-epochs-1]")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "recycling" and "with line" in words, words


def test_several_names_the_reference_does_not_read_name_no_wrong_operand():
    # one name read where another belongs is a wrong operand; a statement that reads
    # several the reference's does not (X, wh, bh for hidden_layer_input) computes it
    # another way, which names no kind
    from nnparity import tracing
    rng = np.random.default_rng(5)
    q, p = rng.normal(size=(3, 3)), rng.normal(size=(3, 3))
    one = tracing.relation(q, p, {"operands": (["d_out"], ["d_hid"])})
    assert one is not None and one[0] == "wrong-operand", one
    assert tracing.relation(q, p, {"operands": (["X", "wh", "bh"], ["hidden"])}) is None


def test_a_repair_that_agrees_only_at_one_sample_is_not_taken(tmp_path, r_session):
    # one record of two features: ncol(features) - 1 is the 1 that nrow(features) is, by
    # chance; with one sample more (not a copy: a loop one short would hide with it) it is
    # not, and the count one off is the repair
    base = (paths.ROOT / "tests" / "ports" / "sixteenth" / "bases" /
            "udacity_linear_while.R").read_text()
    result, line = _checked(tmp_path, r_session, base, "n_records <- nrow(features)",
                            "n_records <- nrow(features) - 1", ".R",
                            fixture="udacity_linear[hand-1]")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-constant" and "a count one off" in words, words


def test_the_sigmoids_slope_written_of_the_pre_activation_is_a_wrong_derivative(tmp_path,
                                                                                 r_session):
    # Z * (1 - Z), written out, where the activation H = sigmoid(Z) belongs
    result, line = _checked(tmp_path, r_session, R_UPDATE,
                            "d_hid <- (d_out %*% t(wout)) * H * (1 - H)",
                            "d_hid <- (d_out %*% t(wout)) * Z * (1 - Z)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-derivative" and "slope taken of Z where H belongs" in words, words


# The R port keeping a copy of wout before its step, for the hidden delta taken after it.
R_COPY = R_PORT.replace("    d_hid <- (d_out %*% t(wout)) * H * (1 - H)\n", "").replace(
    "    wout <- wout + t(H) %*% d_out * lr\n",
    "    wout_before <- wout\n    wout <- wout + t(H) %*% d_out * lr\n"
    "    d_hid <- (d_out %*% t(wout_before)) * H * (1 - H)\n")


def test_the_port_keeping_a_copy_before_the_step_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_COPY, ".R").verdict == "agree"


def test_the_updated_value_read_where_its_copy_belongs_is_a_stale_value(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_COPY, "t(wout_before)", "t(wout)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "stale-value" and "it reads wout after its update" in words, words
    # a repair that reads the copy where the port reads the variable says so too, whatever
    # the trace's own relation (a statement over several lines, a copy named otherwise)
    from nnparity import lockstep, repair
    fixed = repair.Repair(str(tmp_path / "port.R"), line, "", "", "wrong-operand",
                          "it reads wout where wout_before belongs")
    again = lockstep._copy_before(fixed, result.lockstep.finding.trace)
    assert again.kind == "stale-value" and "wout_before, its value from before" in again.words


def test_a_statement_scaling_by_the_rate_that_should_not_be_there_is_the_rate_twice():
    from nnparity import lockstep, repair
    fixed = repair.Repair("port.py", 9, "    grads = {k: lr * g for k, g in grads.items()}",
                          "    pass", None, "a statement that should not be there")
    again = lockstep._rate_again(fixed, ["lr"])
    assert again.kind == "hyper-misused" and "lr twice" in again.words
    # a statement of no rate dropped says only that
    other = repair.Repair("port.py", 9, "    grads = {k: 2 * g for k, g in grads.items()}",
                          "    pass", None, "a statement that should not be there")
    assert lockstep._rate_again(other, ["lr"]).kind is None


# The R port whose helper adds a record's step to the deltas it is given, far from the call.
R_DELTAS = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

# train() in the article's order; the deltas summed by add_steps(), each parameter moved once
# per epoch by lr times its delta, the biases by the sums of theirs, and the loss half the
# mean squared error of the epoch's forward pass
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
    out <- sigmoid(H %*% wout + bout[1, 1])
    E <- y - out
    loss[i] <- mean(E^2) / 2
    d_out <- E * out * (1 - out)
    d_hid <- (d_out %*% t(wout)) * H * (1 - H)
    deltas <- list(wh = 0 * wh, wout = 0 * wout)
    deltas <- add_steps(deltas, X, d_hid, H, d_out)
    wout <- wout + deltas$wout * lr
    bout <- bout + sum(d_out) * lr
    wh <- wh + deltas$wh * lr
    bh <- bh + colSums(d_hid) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}

predict <- function(X, wh, bh, wout, bout) {
  H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
  sigmoid(H %*% wout + bout[1, 1])
}

# The record's steps, added to the deltas given: the weights' gradients of half the summed
# squared error, each a product of a layer's input, transposed, and the layer's delta. The
# biases' steps are the deltas' column sums, taken where the biases move. A list of deltas
# keeps the two weights' steps together, as a port that walks the records one at a time
# would add each record's to them; here the whole batch is one record.
add_steps <- function(deltas, X, d_hid, H, d_out) {
  deltas$wh <- deltas$wh + t(X) %*% d_hid
  deltas$wout <- deltas$wout + t(H) %*% d_out
  deltas
}
"""


def test_the_port_summing_its_deltas_in_a_helper_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_DELTAS, ".R").verdict == "agree"


def test_the_helper_a_statement_calls_is_edited_as_the_statements_own(tmp_path, r_session):
    # deltas <- add_steps(...) is where the values part (its step for wh transposed); the
    # helper's line is the repair's, though the kind was named at the call
    result, line = _checked(tmp_path, r_session, R_DELTAS,
                            "deltas$wh <- deltas$wh + t(X) %*% d_hid",
                            "deltas$wh <- deltas$wh + t(t(X) %*% d_hid)", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "transposed"


def test_an_update_made_twice_is_not_the_rate_twice():
    from nnparity import lockstep, repair
    fixed = repair.Repair("port.R", 9, "    c1 <- c1 + lr * colSums(g_hid)", "    invisible(NULL)",
                          None, "a statement that should not be there")
    assert lockstep._rate_again(fixed, ["lr"]).kind is None


def test_a_loop_of_its_own_number_of_passes_that_writes_past_the_end_ignores_epochs(
        tmp_path, r_session):
    # asked for one epoch, range(300) writes the loss past the end of np.empty(1): the port
    # stops at the loss, and runs when asked for 300
    result, line = _checked(tmp_path, r_session, PY_PORT, "for i in range(int(epochs)):",
                            "for i in range(300):", ".py", fixture="av_mlp[walkthrough-1]")
    assert result.error is not None and _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "ignores-hyper" and "runs 300 passes whatever epochs is" in words


@pytest.mark.parametrize("source, old, new, suffix", [
    (R_PORT, "    loss[i] <- mean(E^2) / 2", "    if (i %% 10 == 0) loss[i] <- mean(E^2) / 2",
     ".R"),
    (PY_PORT.replace("np.empty(", "np.zeros("), "        loss[i] = np.mean(E ** 2) / 2",
     "        if i % 10 == 9:\n            loss[i] = np.mean(E ** 2) / 2", ".py"),
])
def test_a_value_written_under_a_guard_that_was_false_is_shown_at_the_write(
        source, old, new, suffix, tmp_path, r_session):
    # the article's print guard carried over to the recording of the loss: what is returned
    # is as allocated, and the line that writes it did not run; what was seen, no kind (each
    # lockstep step is a run of one epoch: Python's i is 0 there)
    result, line = _checked(tmp_path, r_session, source, old, new, suffix)
    written = line + (suffix == ".py")
    assert _reported(result, "Python" if suffix == ".py" else "R") == written
    kind, words = diagnosis.port_kind([result])
    assert kind is None and f"line {written}, which writes loss, did not run" in words \
        and re.search(r"runs only when i %%? 10 == (0|9)$", words)


@pytest.mark.parametrize("new, pitfall", [
    # each bias repeated n times, laid by rows: R's rep(each =) filled row-major, the
    # mistake of numpy's np.repeat(...).reshape() made in R
    ("B, nrow(X), ncol(wh), byrow = TRUE)", "av_mlp-repeat-reshape"),
    # the biases recycled down the columns
    ("matrix(bh, nrow(X), ncol(wh))", "av_mlp-matrix-byrow"),
])
def test_the_recycling_pitfall_named_is_the_one_the_repair_mends(new, pitfall, tmp_path,
                                                                 r_session):
    if new.startswith("B,"):    # (laid out on a line of its own)
        new = "B <- rep(bh, each = nrow(X))\n    H <- sigmoid(X %*% wh + matrix(" + new + ")"
        result, line = _checked(tmp_path, r_session, R_PORT, "H <- sigmoid(X %*% wh + matrix("
                                "bh, nrow(X), ncol(wh), byrow = TRUE))", new, ".R")
    else:
        result, line = _checked(tmp_path, r_session, R_PORT,
                                "matrix(bh, nrow(X), ncol(wh), byrow = TRUE)", new, ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "recycling"
    assert diagnosis.diagnose([result], "R")[0][0].name == pitfall


@pytest.mark.parametrize("source, old, new, suffix", [
    (R_PORT, "list(wh = wh, bh = bh,", "list(wh = wh, bh = bh[, 1, drop = FALSE],", ".R"),
])
def test_a_column_returned_where_the_row_belongs_is_the_wrong_axis(source, old, new, suffix,
                                                                   tmp_path, r_session):
    # the first column of the 1 x h bias, where its row belongs
    result, line = _checked(tmp_path, r_session, source, old, new, suffix)
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-axis" and "a column, where the row" in words, words


# The R port keeping its parameters and gradients in lists of the same names, moved by a loop
# over the names: p[[name]] reads an element through a key computed when it runs.
R_NAMED_LISTS = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

gradients <- function(X, y, p) {
  H <- sigmoid(X %*% p$wh + matrix(p$bh, nrow(X), ncol(p$wh), byrow = TRUE))
  out <- sigmoid(H %*% p$wout + p$bout[1, 1])
  E <- y - out
  d_out <- E * out * (1 - out)
  d_hid <- (d_out %*% t(p$wout)) * H * (1 - H)
  list(wh = t(X) %*% d_hid, bh = matrix(colSums(d_hid), 1), wout = t(H) %*% d_out,
       bout = matrix(sum(d_out), 1, 1), loss = mean(E^2) / 2)
}

predict <- function(X, wh, bh, wout, bout) {
  H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
  sigmoid(H %*% wout + bout[1, 1])
}

#' Train the network by full-batch gradient descent.
#'
#' @param X,y the inputs (n x f) and the targets (n x 1)
#' @param wh,bh,wout,bout the initial parameters
#' @param lr,epochs the learning rate and the number of epochs
#' @return the parameters after training, and each epoch's loss
train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  p <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    g <- gradients(X, y, p)
    loss[i] <- g$loss
    for (name in names(p)) {
      p[[name]] <- p[[name]] + lr * g[[name]]
    }
  }
  c(p, list(loss = loss))
}
"""


def test_the_port_moving_a_list_of_parameters_by_their_names_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_NAMED_LISTS, ".R").verdict == "agree"


def test_an_element_read_through_a_computed_key_is_followed_to_what_made_it(tmp_path,
                                                                          r_session):
    # p[[name]] <- p[[name]] + lr * g[[name]] moves p$wh by g$wh: the wrong slope that made
    # g$wh is found in the helper, not at the loop over the names
    result, line = _checked(tmp_path, r_session, R_NAMED_LISTS, "* H * (1 - H)",
                            "* sigmoid(H) * (1 - sigmoid(H))", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "wrong-derivative"


def test_a_rate_exchanged_into_a_count_is_no_repair(tmp_path, r_session):
    # the loss appended to a vector already sized by the epochs: numeric(lr) is numeric(0)
    # and mends it, a coincidence of R's truncation, not a rate read where the epochs belong
    result, line = _checked(tmp_path, r_session, R_PORT, "    loss[i] <- mean(E^2) / 2",
                            "    loss <- c(loss, mean(E^2) / 2)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind is None and "where lr belongs" not in words, words


# A zhou_sgd port whose per-sample step is a nested function moving train()'s parameters
# with nonlocal: sgd_step(x, y_true) of one sample, not the reference's step() of them all.
PY_NONLOCAL = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def deriv_sigmoid(x):
    fx = sigmoid(x)
    return fx * (1 - fx)


def train(data, all_y_trues, w1, w2, w3, w4, w5, w6, b1, b2, b3, learn_rate, epochs):
    data, all_y_trues = np.asarray(data, float), np.asarray(all_y_trues, float).ravel()

    def sgd_step(x, y_true):
        nonlocal w1, w2, w3, w4, w5, w6, b1, b2, b3
        sum_h1 = w1 * x[0] + w2 * x[1] + b1
        h1 = sigmoid(sum_h1)
        sum_h2 = w3 * x[0] + w4 * x[1] + b2
        h2 = sigmoid(sum_h2)
        sum_o1 = w5 * h1 + w6 * h2 + b3
        y_pred = sigmoid(sum_o1)
        d_L_d_ypred = -2 * (y_true - y_pred)
        d_ypred_d_h1 = w5 * deriv_sigmoid(sum_o1)
        d_ypred_d_h2 = w6 * deriv_sigmoid(sum_o1)
        d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)
        d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)
        d_h2_d_w3 = x[0] * deriv_sigmoid(sum_h2)
        d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)
        w1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1
        w2 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2
        b1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * deriv_sigmoid(sum_h1)
        w3 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w3
        w4 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4
        b2 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * deriv_sigmoid(sum_h2)
        w5 -= learn_rate * d_L_d_ypred * h1 * deriv_sigmoid(sum_o1)
        w6 -= learn_rate * d_L_d_ypred * h2 * deriv_sigmoid(sum_o1)
        b3 -= learn_rate * d_L_d_ypred * deriv_sigmoid(sum_o1)

    losses = np.zeros(epochs)
    for epoch in range(epochs):
        for x, y_true in zip(data, all_y_trues):
            sgd_step(x, y_true)
        h1 = sigmoid(w1 * data[:, 0] + w2 * data[:, 1] + b1)
        h2 = sigmoid(w3 * data[:, 0] + w4 * data[:, 1] + b2)
        y_preds = sigmoid(w5 * h1 + w6 * h2 + b3)
        losses[epoch] = np.mean((all_y_trues - y_preds) ** 2)
    return {"w1": w1, "w2": w2, "w3": w3, "w4": w4, "w5": w5, "w6": w6,
            "b1": b1, "b2": b2, "b3": b3, "loss": losses}
"""


def test_the_port_stepping_each_sample_in_a_nested_function_agrees(tmp_path, r_session):
    f = next(f for f in BUNDLED if f.id == "zhou_sgd[article-epochs-1]")
    port = tmp_path / "same.py"
    port.write_text(PY_NONLOCAL)
    py_train, _ = ports.load(port, r_session)
    result = checking.check(f, f.net.adapt("python", py_train), None, session=r_session,
                            port=port)
    assert result.verdict == "agree"


def test_a_helper_named_like_the_references_but_given_other_arguments_is_its_own(
        tmp_path, r_session):
    # x[0] copied from the line above where x[1] belongs, inside sgd_step(x, y_true): the
    # reference's zhou_sgd_step() takes every sample and parameter, so the helper computes
    # its own values and the statement is its own, not the call's choice of operand
    result, line = _checked(tmp_path, r_session, PY_NONLOCAL,
                            "d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)",
                            "d_h1_d_w2 = x[0] * deriv_sigmoid(sum_h1)", ".py",
                            fixture="zhou_sgd[article-epochs-1]")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "[1] belongs" in words, words


def test_a_transpose_too_many_of_a_lists_element_where_it_stops_is_repaired(tmp_path,
                                                                            r_session):
    # t(p$wout): the element of a list transposed, as numpy's np.dot(W.T, ...) read the
    # other way; the product is not conformable and R stops there
    result, line = _checked(tmp_path, r_session, R_NAMED_LISTS, "sigmoid(H %*% p$wout",
                            "sigmoid(H %*% t(p$wout)", ".R")
    assert result.error is not None and _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "t(p$wout) where p$wout belongs" in words, words


# The Python port folding the rate into its deltas (steps, not gradients, which the reference
# never holds) and naming each step of a parameter before it moves it.
PY_STEPS = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    wh, bh, wout, bout = (np.array(a, dtype=float) for a in (wh, bh, wout, bout))
    loss = np.zeros(epochs)
    for i in range(epochs):
        H = sigmoid(X @ wh + bh)
        out = sigmoid(H @ wout + bout)
        E = y - out
        loss[i] = np.mean(E ** 2) / 2
        step_out = lr * E * out * (1 - out)
        step_hid = (step_out @ wout.T) * H * (1 - H)
        g_wout = H.T @ step_out
        g_bout = step_out.sum(axis=0, keepdims=True)
        g_wh = X.T @ step_hid
        g_bh = step_hid.sum(axis=0, keepdims=True)
        wout = wout + g_wout
        bout = bout + g_bout
        wh = wh + g_wh
        bh = bh + g_bh
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
"""


def test_the_port_folding_the_rate_into_its_steps_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_STEPS, ".py").verdict == "agree"


def test_a_value_of_no_namesake_validated_through_another_is_no_root(tmp_path, r_session):
    # step_hid (the rate folded in) is read by g_bh, which the reference has no name for,
    # and g_bh by bh's update, which agrees: step_hid is a form of the reference's values;
    # g_wh, divided by n, is where wh parts
    result, line = _checked(tmp_path, r_session, PY_STEPS, "g_wh = X.T @ step_hid",
                            "g_wh = X.T @ step_hid / len(X)", ".py")
    # (the trace's own first diverging statement, before any repair is tried)
    assert result.lockstep.finding.port.line == line
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "mean-for-sum"


# The R port as an R6 class (R6::R6Class(): its methods are copied into each object new()
# makes, and move the fields through self).
R_R6 = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

Network <- R6::R6Class("Network",
  public = list(
    wh = NULL, bh = NULL, wout = NULL, bout = NULL,
    initialize = function(wh, bh, wout, bout) {
      self$wh <- wh; self$bh <- bh; self$wout <- wout; self$bout <- bout
    },
    epoch = function(X, y, lr) {
      H <- sigmoid(X %*% self$wh + matrix(self$bh, nrow(X), ncol(self$wh), byrow = TRUE))
      out <- sigmoid(H %*% self$wout + self$bout[1, 1])
      E <- y - out
      d_out <- E * out * (1 - out)
      d_hid <- (d_out %*% t(self$wout)) * H * (1 - H)
      self$wout <- self$wout + t(H) %*% d_out * lr
      self$bout <- self$bout + sum(d_out) * lr
      self$wh <- self$wh + t(X) %*% d_hid * lr
      self$bh <- self$bh + colSums(d_hid) * lr
      mean(E^2) / 2
    }
  )
)

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  net <- Network$new(wh, bh, wout, bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) loss[i] <- net$epoch(X, y, lr)
  list(wh = net$wh, bh = net$bh, wout = net$wout, bout = net$bout, loss = loss)
}
"""


def test_the_port_as_an_r6_class_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, R_R6, ".R").verdict == "agree"


def test_a_statement_in_an_r6_method_is_found(tmp_path, r_session):
    # the methods R6Class() keeps for its objects are traced: the hidden bias moved by the
    # output delta is found in epoch(), not at the call that runs it
    result, line = _checked(tmp_path, r_session, R_R6, "colSums(d_hid) * lr",
                            "colSums(d_out) * lr", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "wrong-operand"


def test_numbers_rounded_to_a_few_decimals_are_rounding_not_single_precision(tmp_path,
                                                                           r_session):
    # np.round(W, 8): off by ~1e-8 relative from epoch 0, as float32 is, but the numbers
    # are kept to eight decimals, and none is a float32's
    result, line = _checked(tmp_path, r_session, PY_PORT, '{"wh": hidden.W,',
                            '{"wh": np.round(hidden.W, 8),', ".py")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "rounding" and "rounded to 8 decimals" in words, words
    assert not diagnosis.diagnose([result], "Python")[0], "no single-precision pitfall"


def test_a_return_reading_the_given_value_kept_aside_is_where_the_update_is_lost(
        tmp_path, r_session):
    # the given bias kept under the article's name (bias_in <- bh), and returned where bh,
    # which the loop moves, belongs: the return reads the wrong name, not the update
    source = R_PORT.replace("  epoch <- epochs\n", "  epoch <- epochs\n  bias_in <- bh\n")
    result, line = _checked(tmp_path, r_session, source, "bh = bh,", "bh = bias_in,", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "not-written-back", words


def test_the_transpose_tricks_outer_t_left_out_is_repaired(tmp_path, r_session):
    # t(t(X %*% wh) + c(bh)) adds the bias to each row; without the outer t() the layer
    # comes back h x n and the next product stops R
    source = R_PORT.replace(
        "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
        "    Z <- t(t(X %*% wh) + c(bh))\n    H <- sigmoid(Z)")
    result, line = _checked(tmp_path, r_session, source, "Z <- t(t(X %*% wh) + c(bh))",
                            "Z <- t(X %*% wh) + c(bh)", ".R")
    assert result.error is not None and _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "outer t() left out" in words, words


# The Python port as a scikit-learn-like estimator: train() sets the parameters on the
# model (model.wh_ = ...), fit() moves them through self, train() returns model.wh_.
PY_ESTIMATOR = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


class MLP:
    def __init__(self, lr, epochs):
        self.lr, self.epochs = lr, epochs

    def fit(self, X, y):
        self.loss_ = np.zeros(self.epochs)
        for i in range(self.epochs):
            H = sigmoid(X @ self.wh_ + self.bh_)
            out = sigmoid(H @ self.wout_ + self.bout_)
            E = y - out
            self.loss_[i] = np.mean(E ** 2) / 2
            d_out = E * out * (1 - out)
            d_hid = (d_out @ self.wout_.T) * H * (1 - H)
            self.wout_ = self.wout_ + self.lr * H.T @ d_out
            self.bout_ = self.bout_ + self.lr * d_out.sum(axis=0, keepdims=True)
            self.wh_ = self.wh_ + self.lr * X.T @ d_hid
            self.bh_ = self.bh_ + self.lr * d_hid.sum(axis=0, keepdims=True)
        return self


def train(X, y, wh, bh, wout, bout, lr, epochs):
    model = MLP(lr, epochs)
    model.wh_, model.bh_ = np.array(wh, dtype=float), np.array(bh, dtype=float)
    model.wout_, model.bout_ = np.array(wout, dtype=float), np.array(bout, dtype=float)
    model.fit(np.asarray(X, dtype=float), np.asarray(y, dtype=float))
    return {"wh": model.wh_, "bh": model.bh_, "wout": model.wout_, "bout": model.bout_,
            "loss": model.loss_}
"""


def test_the_port_as_an_estimator_agrees(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_ESTIMATOR, ".py").verdict == "agree"


def test_an_attribute_returned_is_followed_into_the_method_that_moved_it(tmp_path,
                                                                       r_session):
    # train() returns model.bh_, last set in train() before fit() moved it as self.bh_: the
    # value returned is the method's, and the trace follows it there
    result, line = _checked(tmp_path, r_session, PY_ESTIMATOR,
                            "d_hid.sum(axis=0, keepdims=True)\n",
                            "d_hid.sum(axis=0, keepdims=True) / len(X)\n", ".py")
    # (the trace's own first diverging statement, before any repair is tried)
    assert result.lockstep.finding.port.line == line
    assert diagnosis.port_kind([result])[0] == "mean-for-sum"


def test_a_while_loops_counter_from_1_is_the_references_index_from_0(tmp_path, r_session):
    # i <- i + 1 counts the epochs from 1 where the reference's range() counts from 0: the
    # same count, not the first diverging statement (1 * (1 - 1) = 0 had made it "the
    # activation's slope left out")
    # (the nineteenth held-out set's base that showed it, its loop body a function; the
    # bias subtracted where it is added)
    source = (paths.ROOT / "tests/ports/nineteenth/bases/av_mlp_epoch_fun.R").read_text()
    result, line = _checked(tmp_path, r_session, source,
                            'sweep(hidden_layer_input1, 2, bh, "+")',
                            'sweep(hidden_layer_input1, 2, bh, "-")', ".R",
                            fixture="av_mlp[walkthrough-1]")
    assert result.lockstep.finding.port.text != "i <- i + 1"
    kind, words = diagnosis.port_kind([result])
    assert kind != "wrong-derivative", words


def test_a_sum_the_loop_makes_and_never_reads_is_no_update_lost(tmp_path, r_session):
    # Z <- Z1 + bias, then sigmoid(Z1) where sigmoid(Z) belongs: Z is never read, but it is
    # a value the loop makes each epoch, not a parameter's update never written back
    source = R_PORT.replace(
        "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
        "    Z1 <- X %*% wh\n    Z <- Z1 + matrix(bh, nrow(X), ncol(wh), byrow = TRUE)\n"
        "    H <- sigmoid(Z)")
    result, line = _checked(tmp_path, r_session, source, "H <- sigmoid(Z)",
                            "H <- sigmoid(Z1)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "Z1 where Z belongs" in words, words


@pytest.mark.parametrize("old, new", [
    # the bias added the numpy way inside a nested call: R recycles it down the columns
    ("H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
     "H <- sigmoid(X %*% wh + c(bh))"),
    # numpy's H * wout.T summed along the rows: R lays the weights down the columns
    ("out <- sigmoid(H %*% wout + bout[1, 1])",
     "out <- sigmoid(rowSums(H * c(wout)) + bout[1, 1])"),
])
def test_a_vector_recycled_down_a_matrixs_columns_inside_a_call_is_recycling(old, new, tmp_path,
                                                                              r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, old, new, ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "recycling" and "recycled down the columns of" in words, words
    assert diagnosis.diagnose([result], "R")[0][0].name == "av_mlp-recycled-bias"


def test_the_recycled_vectors_left_operand_is_read_by_rs_precedence():
    from nnparity import repair

    def turned(line):
        return [new for new, kind, _ in repair._recycled(line, repair.rhs_start(line, "R"),
                                                         len(line))]
    assert turned("  P <- E / colSums(E)") == ["  P <- t(t(E) / colSums(E))"]
    # + and - are taken left to right: the operand is all that comes before
    assert turned("  z <- a - X %*% w + c(b)") == ["  z <- t(t(a - X %*% w) + c(b))"]
    # * binds tighter than +: only the product is the operand
    assert turned("  z <- a + X * drop(b)") == ["  z <- a + t(t(X) * drop(b))"]
    # a unary minus belongs to the operand, an exponent's sign is no operator, a number
    # recycles nothing and a name only along a product's columns
    assert turned("  z <- -X %*% w + bh") == ["  z <- t(t(-X %*% w) + bh)"]
    assert turned("  z <- 1e-5 * c(b)") == [] and turned("  z <- Z * b") == []
    # a name is taken for a vector where it is added to a product or a name, the whole
    # right-hand side (R's numpy-style Z + b), not inside a larger expression
    assert turned("  z <- Z + b") == ["  z <- t(t(Z) + b)"]
    assert turned("  h <- sigmoid(drop(W %*% x) + b)") == []


def test_numpys_broadcast_pitfall_is_not_named_for_rs_recycling():
    # both are of kind recycling; R's vector laid down the columns is not numpy's column
    # broadcast to n x n, whatever the network
    from nnparity.pitfalls import catalogue
    seen = next(p for p in catalogue() if p.name == "zhou_sgd-broadcast-loss").seen
    assert seen and re.search(seen, "it combines a length-4 vector with a 4 x 1 column: "
                                    "numpy broadcasts them to n x n")
    assert not re.search(seen, "c(w1, w2) recycled down the columns of data, where it "
                               "belongs to every row")


def test_a_slope_of_the_targets_that_zeroes_every_step_is_a_wrong_operand(tmp_path, r_session):
    # y * (1 - y) of 0/1 targets is 0 everywhere: nothing moves, and the statement that made
    # the zeros is mended by reading the output, as the reference does
    result, line = _checked(tmp_path, r_session, R_PORT, "d_out <- E * out * (1 - out)",
                            "d_out <- E * y * (1 - y)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "0 everywhere" in words \
        and "reads y where out belongs" in words, words


def test_a_term_the_port_computes_on_a_line_of_its_own_is_not_the_first_to_differ(tmp_path,
                                                                                  r_session):
    # the article's hidden_layer_input1 <- X %*% wh, a term of the reference's one statement
    # X @ wh + bh: right, however it is named, so the line after it that adds the bias wrong
    # is the one to blame
    source = R_PORT.replace(
        "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
        "    hidden_layer_input1 <- X %*% wh\n"
        "    hidden_layer_input <- hidden_layer_input1 + matrix(bh, nrow(X), ncol(wh), "
        "byrow = TRUE)\n"
        "    H <- sigmoid(hidden_layer_input)")
    result, line = _checked(tmp_path, r_session, source,
                            "matrix(bh, nrow(X), ncol(wh), byrow = TRUE)",
                            "matrix(bh, nrow(X), ncol(wh))", ".R")
    assert _reported(result, "R") == line
    # found so by the alignment itself, not only by the repair that mends it
    assert result.lockstep.finding.port.line == line
    assert diagnosis.port_kind([result])[0] == "recycling"


def test_rs_row_where_col_belongs_is_the_wrong_axis():
    from nnparity import repair
    line = "  Z <- Z1 + bh[c(row(Z1))]"
    assert ("  Z <- Z1 + bh[c(col(Z1))]", "wrong-axis") in [
        (new, kind) for new, kind, _ in repair.edits(line, "R")]


def test_an_objects_field_read_where_the_value_just_computed_belongs_is_a_stale_value(
        tmp_path, r_session):
    # self$H, a field no pass has set (NULL), where H, computed on the line above, belongs
    result, line = _checked(tmp_path, r_session, R_R6,
                            "out <- sigmoid(H %*% self$wout",
                            "out <- sigmoid(self$H %*% self$wout", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "stale-value" and "self$H, the field as an earlier pass left it" in words, \
        words


@pytest.mark.parametrize("line, language, edited, kind", [
    # numpy's power of 2 where e's belongs
    ("    return 1 / (1 + np.exp2(-x))", "Python", "    return 1 / (1 + np.exp(-x))",
     "wrong-constant"),
    ("  loss <- -mean(y * log2(p))", "R", "  loss <- -mean(y * log(p))", "wrong-constant"),
    # an n x h bias matrix moved by h column sums, scaled: R recycles them down its columns
    ("    bh=bh+colSums(d_hiddenlayer)*lr", "R",
     "    bh=t(t(bh) + colSums(d_hiddenlayer)*lr)", "recycling"),
    # replicate() lays one copy per column: n x h wants its transpose
    ("    Z <- Z1 + replicate(n, c(bh))", "R", "    Z <- Z1 + t(replicate(n, c(bh)))",
     "transposed"),
    # an element given the field the one before it is given (a line copied)
    ("  list(wh = nn$wh, bh = nn$bh, wout = nn$wout, bout = nn$bh)", "R",
     "  list(wh = nn$wh, bh = nn$bh, wout = nn$wout, bout = nn$bout)", "wrong-operand"),
    ('    return {"wh": self.wh, "bh": self.bh, "bout": self.bh}', "Python",
     '    return {"wh": self.wh, "bh": self.bh, "bout": self.bout}', "wrong-operand"),
])
def test_the_vocabulary_mends(line, language, edited, kind):
    from nnparity import repair
    assert (edited, kind) in [(new, k) for new, k, _ in repair.edits(line, language)]


def test_an_operand_broadcast_where_one_of_the_statements_shape_belongs_is_exchanged(
        tmp_path, r_session):
    # the output's slope, n x 1, broadcast over the hidden units where the hidden layer's,
    # n x h, belongs: H is what out was computed from, and is tried for it all the same
    result, line = _checked(tmp_path, r_session, PY_BUFFERS,
                            "d_hid = (d_out @ wout.T) * H * (1 - H)",
                            "d_hid = (d_out @ wout.T) * out * (1 - out)", ".py")
    assert _reported(result, "Python") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "reads out where H belongs" in words, words


def test_a_matrix_of_ones_the_port_sums_with_is_no_first_difference(tmp_path, r_session):
    # J %*% d, the column sums on every row: J is made of sizes alone, and the rate applied
    # twice to the output delta is the first to differ, not J its readers part from
    source = R_PORT.replace(
        "    bout <- bout + sum(d_out) * lr", "    bout <- bout + (J %*% d_out)[1, 1] * lr"
    ).replace("  loss <- numeric(epoch)\n",
              "  loss <- numeric(epoch)\n  J <- matrix(1, nrow(X), nrow(X))\n")
    result, line = _checked(tmp_path, r_session, source, "d_out <- E * out * (1 - out)",
                            "d_out <- E * out * (1 - out) * lr", ".R")
    assert result.lockstep.finding.port.line == line
    assert diagnosis.port_kind([result])[0] == "hyper-misused"


def test_a_sign_turned_inside_an_expression_is_reversed_back():
    from nnparity import repair
    assert ("  1/(1+exp(-x))", "sign") in [
        (new, kind) for new, kind, _ in repair.edits("  1/(1-exp(-x))", "R")]


def test_an_integer_array_numpy_cannot_add_floats_to_is_where_it_was_made(tmp_path,
                                                                          r_session):
    # bh made an array of integers: what it holds is truncated, and bh += ... stops numpy
    # (it cannot cast the float sum back): the statement that made it is to blame
    source = PY_BUFFERS.replace(
        "    n = X.shape[0]\n",
        "    n = X.shape[0]\n    bh0 = bh\n    bh = np.full(bh0.shape, 0.0)\n    bh[:] = bh0\n")
    result, line = _checked(tmp_path, r_session, source, "bh = np.full(bh0.shape, 0.0)",
                            "bh = np.full(bh0.shape, 0)", ".py", fixture="av_mlp[walkthrough-1]")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "integer-truncation"


def test_a_bias_matrix_of_its_own_zeros_is_where_the_port_sets_its_initial_bias(tmp_path,
                                                                                r_session):
    # the article's bias matrix, the given bias on every row, started as zeros instead: what
    # it returns at 0 epochs, 0, is every row of that matrix
    source = R_PORT.replace(
        "  loss <- numeric(epoch)\n",
        "  loss <- numeric(epoch)\n  B <- matrix(1, nrow(X), 1) %*% bout\n").replace(
        "out <- sigmoid(H %*% wout + bout[1, 1])", "out <- sigmoid(H %*% wout + B)").replace(
        "bout <- bout + sum(d_out) * lr", "B <- B + sum(d_out) * lr").replace(
        "bout = bout, loss = loss)", "bout = B[1, , drop = FALSE], loss = loss)")
    result, line = _checked(tmp_path, r_session, source, "B <- matrix(1, nrow(X), 1) %*% bout",
                            "B <- matrix(0, nrow(X), 1)", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "own-init"


def test_a_step_cast_to_single_precision_is_found_where_it_is_cast(tmp_path, r_session):
    # a float32 step added to float64 weights: the numbers are near the reference's and
    # none of them a float32's, so only the cast tells
    # (each parameter moved in place by a helper, through its own name for it)
    source = PY_BUFFERS.replace(
        "        wout += lr * (H.T @ d_out)\n"
        "        bout += lr * d_out.sum(axis=0, keepdims=True)\n"
        "        wh += lr * g_wh\n"
        "        bh += lr * d_hid.sum(axis=0, keepdims=True)\n",
        "        step([wout, bout, wh, bh], [H.T @ d_out, d_out.sum(axis=0, keepdims=True), g_wh,"
        "\n                                    d_hid.sum(axis=0, keepdims=True)], lr)\n"
    ).replace("def train(", "def step(params, grads, lr):\n    for p, g in zip(params, grads):\n"
              "        p += lr * g\n\n\ndef train(")
    result, line = _checked(tmp_path, r_session, source, "p += lr * g",
                            "p += lr * g.astype(np.float32)", ".py",
                            fixture="av_mlp[random-200x8-h16]")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "single-precision"


def test_a_term_of_a_reference_statement_on_a_line_of_its_own_agrees(tmp_path, r_session):
    # G <- t(X) %*% d_hid, a part of the reference's wh = wh + np.dot(X.T, d) * lr, which
    # never names it: right, so the update's sign turned round after it is the first to
    # differ, not G, which only its wrong reader reads
    source = R_PORT.replace("    wh <- wh + t(X) %*% d_hid * lr\n",
                            "    G <- t(X) %*% d_hid\n    wh <- wh + G * lr\n")
    result, line = _checked(tmp_path, r_session, source, "wh <- wh + G * lr",
                            "wh <- wh - G * lr", ".R")
    assert result.lockstep.finding.port.line == line
    assert diagnosis.port_kind([result])[0] == "sign"


# av_mlp's epoch as a nested function that writes train()'s names back with nonlocal.
PY_AV_NONLOCAL = """\
import numpy as np


def train(X, y, wh, bh, wout, bout, lr, epochs):
    wh, bh, wout, bout = (np.array(p, dtype=float) for p in (wh, bh, wout, bout))
    loss = np.zeros(int(epochs))

    def step():
        nonlocal wh, bh, wout, bout
        H = 1 / (1 + np.exp(-(X @ wh + bh)))
        out = 1 / (1 + np.exp(-(H @ wout + bout)))
        E = y - out
        d_out = E * out * (1 - out)
        d_hid = (d_out @ wout.T) * H * (1 - H)
        wout = wout + lr * (H.T @ d_out)
        bout = bout + lr * d_out.sum(axis=0, keepdims=True)
        wh = wh + lr * (X.T @ d_hid)
        bh = bh + lr * d_hid.sum(axis=0, keepdims=True)
        return 0.5 * np.mean(E ** 2)

    for i in range(int(epochs)):
        loss[i] = step()
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
"""


def test_the_nested_function_port_agrees(tmp_path, r_session):
    result = _agreeing(tmp_path, r_session, PY_AV_NONLOCAL, ".py")
    assert result.verdict == "agree", result.differences


def test_a_name_left_out_of_nonlocal_is_where_its_update_is_lost(tmp_path, r_session):
    # bout = bout + ... then makes bout a local of step(): Python stops reading it
    result, line = _checked(tmp_path, r_session, PY_AV_NONLOCAL, "nonlocal wh, bh, wout, bout",
                            "nonlocal wh, bh, wout", ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "not-written-back"


def test_a_size_of_another_axis_where_the_number_of_samples_belongs_is_the_wrong_axis():
    from nnparity import repair
    # rowsum()'s group, one per hidden unit where one per sample belongs
    assert ("  group <- rep(1, n)", "wrong-axis") in [
        (new, kind) for new, kind, _ in repair.edits("  group <- rep(1, ncol(wh))", "R",
                                                     counts=("n",))]
    assert ("    ones = np.ones((n, 1))", "wrong-axis") in [
        (new, kind) for new, kind, _ in repair.edits("    ones = np.ones((wh.shape[1], 1))",
                                                     "Python", counts=("n",))]


def test_a_repair_of_a_line_that_reorders_the_data_names_the_samples_order():
    from nnparity import lockstep, repair
    fixed = repair.Repair("port.py", 57, '    X = X[:, np.argsort(X[0], kind="stable")]',
                          '    X = X[:, np.argsort(X[1], kind="stable")]', "wrong-operand",
                          "[0] where [1] belongs")
    assert lockstep._reordered(fixed, ["X", "y"]).kind == "data-order"
    # not a line that sets anything but the data, nor one that reorders nothing
    other = repair.Repair("port.py", 9, "    w = np.sort(w)", "    w = w", None, "")
    assert lockstep._reordered(other, ["X", "y"]).kind is None


def test_a_value_computed_again_after_its_inputs_moved_is_a_stale_value(tmp_path, r_session):
    # the hidden activations computed again after wh moved, where H, the forward pass's,
    # belongs: the names the lines above gave each part are put back in turn
    source = R_PORT.replace(
        "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
        "    Z <- X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE)\n    H <- sigmoid(Z)")
    # (the output weights moved last, after the hidden ones)
    source = source.replace("    wout <- wout + t(H) %*% d_out * lr\n", "").replace(
        "    bh <- bh + colSums(d_hid) * lr\n",
        "    bh <- bh + colSums(d_hid) * lr\n    wout <- wout + t(H) %*% d_out * lr\n")
    result, line = _checked(
        tmp_path, r_session, source, "wout <- wout + t(H) %*% d_out * lr",
        "wout <- wout + t(sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))) "
        "%*% d_out * lr", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "stale-value" and "where H, computed at line" in words, words


def test_an_element_one_character_away_is_tried_on_a_statement_of_its_own():
    # (the element names the port uses are the search's, not those a returned list lists)
    from nnparity import repair
    assert "  h <- p$w6 * x" in [new for new, _, _ in repair.edits("  h <- p$w5 * x", "R",
                                                                  keys=("w5", "w6"))]


def test_an_objects_field_where_another_belongs_is_a_wrong_operand(tmp_path, r_session):
    # t(self$wh), the hidden weights, where the output weights belong: R stops on the
    # product, and the field the port names that mends it is the one to read
    result, line = _checked(tmp_path, r_session, R_R6, "d_hid <- (d_out %*% t(self$wout))",
                            "d_hid <- (d_out %*% t(self$wh))", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "wrong-operand" and "self$wh where self$wout belongs" in words, words


def test_a_class_made_without_the_rate_leaves_it_to_its_constructors_default():
    from nnparity import repair
    text = ("Net <- R6::R6Class('Net', public = list(\n"
            "  initialize = function(wh, bh, wout, bout, rate = 0.1) {}))\n")
    defaults = repair.defaulted_helpers(text, "R")
    assert ("  net <- Net$new(wh, bh, wout, bout, lr)", "ignores-hyper") in [
        (new, kind) for new, kind, _ in repair.edits(
            "  net <- Net$new(wh, bh, wout, bout)", "R", hyper=("lr",), passed=("lr",),
            defaults=defaults)]


@pytest.mark.parametrize("line, language, edited, kind, hyper", [
    # e typed to the two decimals a walkthrough prints
    ("    h <- 1 / (1 + 2.72^(-z))", "R", "    h <- 1 / (1 + exp(1)^(-z))", "wrong-constant", ()),
    # a result written into the array it is computed from
    ("    return np.multiply(x, 1 - x, out=x)", "Python", "    return np.multiply(x, 1 - x)",
     "stale-value", ()),
    # the rate as an exponent
    ("    wout += H.T.dot(d) **lr", "Python", "    wout += H.T.dot(d) * lr", "hyper-misused",
     ("lr",)),
    # a value written under its input's name, a digit too many
    ("      Z1[, j] <- Z[, j] + bh[1, j]", "R", "      Z[, j] <- Z[, j] + bh[1, j]",
     "not-written-back", ()),
    # numpy's broadcast of a product of vectors along each row, recycled down the columns
    ("  g <- rowSums(A * (e * o))", "R", "  g <- rowSums(t(t(A) * (e * o)))", "recycling", ()),
])
def test_the_vocabulary_mends_too(line, language, edited, kind, hyper):
    from nnparity import repair
    assert (edited, kind) in [(new, k) for new, k, _ in repair.edits(line, language,
                                                                     hyper=hyper)]


def test_an_activation_called_where_its_slope_belongs_is_a_wrong_derivative():
    from nnparity import repair
    helpers = ("sigmoid", "derivatives_sigmoid")
    found = {new: kind for new, kind, _ in repair.edits(
        "  s <- sigmoid(a)", "R", helpers=helpers)}
    assert found["  s <- derivatives_sigmoid(a)"] == "wrong-derivative"
    # the slope where the activation belongs is no derivative's mistake
    found = {new: kind for new, kind, _ in repair.edits(
        "  a <- derivatives_sigmoid(z)", "R", helpers=helpers)}
    assert found["  a <- sigmoid(z)"] is None


def test_a_loss_divided_by_the_other_axis_count_is_a_sum_where_a_mean_belongs(tmp_path,
                                                                               r_session):
    # E.shape[1], 1, for E.shape[0]: the edit is of an axis, what it does is a sum
    result, line = _checked(tmp_path, r_session, PY_BUFFERS,
                            "loss[i] = 0.5 * np.mean(E ** 2)",
                            "loss[i] = 0.5 * np.sum(E ** 2) / E.shape[1]", ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "sum-for-mean"


def test_a_given_parameter_changed_before_training_is_an_initial_value_of_its_own(tmp_path,
                                                                                  r_session):
    source = R_PORT.replace("  epoch <- epochs\n", "  epoch <- epochs\n  wh <- wh * 1\n")
    result, line = _checked(tmp_path, r_session, source, "  wh <- wh * 1", "  wh <- wh - 0.5",
                            ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "own-init"


def test_an_operand_made_by_a_transpose_is_blamed_where_it_was_transposed(tmp_path,
                                                                          r_session):
    # E <- Y - out stops R: reading y mends it, and Y is t(y), made at its own line
    source = R_PORT.replace("  epoch <- epochs\n", "  epoch <- epochs\n  Y <- y\n").replace(
        "E <- y - out", "E <- Y - out")
    result, line = _checked(tmp_path, r_session, source, "  Y <- y", "  Y <- t(y)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "transposed" and "Y is y transposed" in words, words


def test_a_bias_repeated_whole_for_every_sample_agrees(tmp_path, r_session):
    # rep(c(bh), n), the article's bias_in_temp: the bias on every row, which the port then
    # adds as a vector, recycled down the columns: that addition is the first to differ
    source = R_PORT.replace(
        "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
        "    bias_in_temp <- rep(c(bh), nrow(X))\n"
        "    hidden_layer_input1 <- X %*% wh\n"
        "    hidden_layer_input <- hidden_layer_input1 + matrix(bias_in_temp, nrow = nrow(X), "
        "byrow = TRUE)\n"
        "    H <- sigmoid(hidden_layer_input)")
    result, line = _checked(tmp_path, r_session, source,
                            "hidden_layer_input1 + matrix(bias_in_temp, nrow = nrow(X), "
                            "byrow = TRUE)", "hidden_layer_input1 + bias_in_temp", ".R")
    assert result.lockstep.finding.port.line == line
    assert diagnosis.port_kind([result])[0] == "recycling"


def test_seq_of_a_vector_the_epochs_sized_is_tried_as_seq_along():
    # seq(loss) of one number counts up to it: seq(0) is 1:0, two passes for one epoch
    from nnparity import repair
    lines = ["train <- function(X, y, wh, bh, wout, bout, lr, epochs) {",
             "  loss <- numeric(epochs)", "  for (i in seq(loss)) {", "  }", "}"]
    assert "  for (i in seq_along(loss)) {" in [
        r.edited for r in repair.epoch_edits(lines, "epochs", "R")
        if r.kind == "epochs-off-by-one"]


def test_a_sigmoid_of_the_negated_input_is_found_where_its_sign_is_lost(tmp_path, r_session):
    # 1 / (1 + exp(x)) is 1 - sigmoid(x): its slope a(1 - a) is the reference's all the
    # same, and vouches for nothing
    result, line = _checked(tmp_path, r_session, R_PORT,
                            "sigmoid <- function(x) 1 / (1 + exp(-x))",
                            "sigmoid <- function(x) 1 / (1 + exp(x))", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "sign" and "the exponent's sign" in words, words


def test_a_helper_that_writes_into_its_argument_is_found_where_it_writes(tmp_path, r_session):
    # the slope helper writes its result into the activations it was given (out=x), which
    # the update reads later: the helper's line is searched, as one a statement read from
    source = PY_BUFFERS.replace(
        "        d_hid = (d_out @ wout.T) * H * (1 - H)\n",
        "        s = slope(H)\n        d_hid = (d_out @ wout.T) * s\n").replace(
        "def train(", "def slope(x):\n    return np.multiply(x, 1 - x)\n\n\ndef train(")
    result, line = _checked(tmp_path, r_session, source, "return np.multiply(x, 1 - x)",
                            "return np.multiply(x, 1 - x, out=x)", ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] == "stale-value"


def test_a_slope_helper_given_the_pre_activation_is_a_wrong_derivative(tmp_path, r_session):
    # the slope of the output product before its bias is added, where the output belongs
    source = R_PORT.replace(
        "    out <- sigmoid(H %*% wout + bout[1, 1])",
        "    Z1 <- H %*% wout\n    Z2 <- Z1 + bout[1, 1]\n    out <- sigmoid(Z2)").replace(
        "    d_out <- E * out * (1 - out)",
        "    slope_output_layer <- derivatives_sigmoid(out)\n"
        "    d_out <- E * slope_output_layer").replace(
        "train <- function(",
        "derivatives_sigmoid <- function(x) {\n  x * (1 - x)\n}\n\ntrain <- function(")
    result, line = _checked(tmp_path, r_session, source,
                            "slope_output_layer <- derivatives_sigmoid(out)",
                            "slope_output_layer <- derivatives_sigmoid(Z1)", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "wrong-derivative"


def test_an_update_written_to_a_new_name_the_return_does_not_read_is_not_written_back(
        tmp_path, r_session):
    # Wh <- wh + ...: the return's list(wh = wh, ...) mended by reading Wh, still a key there
    result, line = _checked(tmp_path, r_session, R_PORT, "    wh <- wh + t(X) %*% d_hid * lr",
                            "    Wh <- wh + t(X) %*% d_hid * lr", ".R")
    assert _reported(result, "R") == line
    assert diagnosis.port_kind([result])[0] == "not-written-back"


def test_a_rate_cast_to_a_whole_number_is_an_integer_truncation(tmp_path, r_session):
    source = R_PORT.replace("  epoch <- epochs\n", "  epoch <- epochs\n  lr <- lr * 1\n")
    result, line = _checked(tmp_path, r_session, source, "  lr <- lr * 1",
                            "  lr <- as.integer(lr)", ".R")
    assert _reported(result, "R") == line
    kind, words = diagnosis.port_kind([result])
    assert kind == "integer-truncation" and "truncates lr to 0" in words, words


def test_a_factor_of_a_value_no_rate_scales_is_not_read_as_the_rate(tmp_path, r_session):
    # the loss times 1.5: the reference's loss is not computed from lr
    result, line = _checked(tmp_path, r_session, PY_BUFFERS, "loss[i] = 0.5 * np.mean(E ** 2)",
                            "loss[i] = 0.75 * np.mean(E ** 2)", ".py")
    assert _reported(result, "Python") == line
    assert diagnosis.port_kind([result])[0] not in ("ignores-hyper", "hyper-misused")


def test_a_term_subtracted_without_spaces_is_turned_round():
    from nnparity import repair
    assert "  z=z1+rep(b, each=n)" in [new for new, _ in repair._signs("  z=z1-rep(b, each=n)",
                                                                         "R")]
    # a tuple of data names set from itself reordered is the samples' order
    from nnparity import lockstep
    fixed = repair.Repair("port.py", 25, "    X, y = X[np.argsort(y[:, 0])], np.sort(y)",
                          "    pass", None, "a statement that should not be there")
    assert lockstep._reordered(fixed, ["X", "y"]).kind == "data-order"


def test_an_operand_exchange_in_a_slope_helper_of_a_value_it_was_made_from_is_a_derivative():
    from types import SimpleNamespace as Rec

    from nnparity import lockstep, repair

    def rec(line, name, reads):
        return Rec(line=line, file="port.R", kind="assign", name=name, reads=reads)
    trace = [rec(2, "Z1", ("H", "wout")), rec(3, "Z2", ("Z1", "bout")), rec(4, "out", ("Z2",)),
             rec(5, "slope", ("Z1",))]
    fixed = repair.Repair("port.R", 5, "  slope <- derivatives_sigmoid(Z1)",
                          "  slope <- derivatives_sigmoid(out)", "wrong-operand",
                          "it reads Z1 where out belongs")
    assert lockstep._slope_of(fixed, trace).kind == "wrong-derivative"
    # of a value the right one was not made from (the targets), a wrong operand
    other = repair.Repair("port.R", 5, "  slope <- derivatives_sigmoid(y)",
                          "  slope <- derivatives_sigmoid(out)", "wrong-operand",
                          "it reads y where out belongs")
    assert lockstep._slope_of(other, trace).kind == "wrong-operand"


@pytest.mark.parametrize("source, old, new, suffix", [
    # grown with c() and not assigned: no loss returned at all (the lengths differ)
    (R_PORT.replace("loss <- numeric(epoch)", "loss <- numeric(0)"), "loss[i] <- mean(E^2) / 2",
     "c(loss, mean(E^2) / 2)", ".R"),
    # into a vector sized beforehand: the loss returned is all zeros
    (R_PORT, "loss[i] <- mean(E^2) / 2", "append(loss, mean(E^2) / 2)", ".R"),
    # numpy's append makes a new array, which the statement drops
    (PY_PORT.replace("loss = np.empty(int(epochs))", "loss = np.zeros(0)"),
     "loss[i] = np.mean(E ** 2) / 2", "np.append(loss, np.mean(E ** 2) / 2)", ".py"),
    # written to a name the return does not read
    (PY_PORT.replace("loss = np.empty(int(epochs))", "loss = np.zeros(int(epochs))"),
     "loss[i] = np.mean(E ** 2) / 2", "losses = np.mean(E ** 2) / 2", ".py"),
], ids=["R-c", "R-append", "Python-append", "Python-other-name"])
def test_an_epochs_loss_computed_and_dropped_is_found_where_it_is_dropped(
        source, old, new, suffix, tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, source, old, new, suffix)
    language = "Python" if suffix == ".py" else "R"
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, language)) == ("not-written-back", line), words
    assert "the epoch's loss" in words and "the loss returned never gets it" in words
    # the report says so beside the statements (their values name no kind)
    text = "\n".join(report.details(result))
    assert "seen: " in text and "the loss returned never gets it" in text, text


def test_a_count_of_epochs_typed_in_under_a_name_of_its_own_is_the_line(tmp_path, r_session):
    # (no epoch <- epochs left to say that epoch is the epochs' name)
    result, line = _checked(tmp_path, r_session, R_PORT, "  epoch <- epochs",
                            "  epoch <- 500", ".R")
    assert diagnosis.port_kind([result])[0] == "ignores-hyper"
    assert _reported(result, "R") == line


def test_a_vector_laid_into_a_matrix_sized_by_another_is_recycled_not_transposed():
    from nnparity import repair

    def kinds(line):
        return [kind for _, kind, _ in repair._byrow(line, 0, len(line))]
    # one size of another's (nrow(X)): bh's h numbers recycled down n rows
    assert kinds("  h <- z + matrix(bh, nrow(X), ncol(bh))")[0] == "recycling"
    # sized by its own: the whole matrix refilled, its transpose
    assert kinds("  W <- matrix(X, nrow = ncol(X))")[0] == "transposed"
    assert kinds("  W <- matrix(w, nrow(w), ncol(w))")[0] == "transposed"


def test_a_product_transposed_that_the_reference_never_names_is_blamed_where_it_is_made(
        tmp_path, r_session):
    # the reference computes np.dot(H, wout) + bout in one statement: the product is a part
    result, line = _checked(
        tmp_path, r_session, R_PORT, "    out <- sigmoid(H %*% wout + bout[1, 1])",
        "    Z <- t(wout) %*% t(H)\n    out <- sigmoid(Z + matrix(bout, nrow(X), 1))", ".R")
    assert result.verdict == "error"
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("transposed", line), words


def test_an_activation_applied_twice_is_what_was_seen_not_a_derivative(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT,
                            "    out <- sigmoid(H %*% wout + bout[1, 1])",
                            "    Z2 <- H %*% wout + bout[1, 1]\n    out <- sigmoid(sigmoid(Z2))",
                            ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == (None, line + 1), words
    assert "an activation applied twice" in words


# A port whose epoch is a helper that returns each update under a new name.
R_STEP = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

step <- function(X, y, wh, bh, wout, bout, lr) {
  H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
  out <- sigmoid(H %*% wout + bout[1, 1])
  E <- y - out
  d_out <- E * out * (1 - out)
  d_hid <- (d_out %*% t(wout)) * H * (1 - H)
  new_wout <- wout + t(H) %*% d_out * lr
  new_bout <- bout + sum(d_out) * lr
  new_wh <- wh + t(X) %*% d_hid * lr
  new_bh <- bh + colSums(d_hid) * lr
  list(wh = new_wh, bh = new_bh, wout = new_wout, bout = new_bout, loss = mean(E^2) / 2)
}

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    s <- step(X, y, wh, bh, wout, bout, lr)
    wh <- s$wh
    bh <- s$bh
    wout <- s$wout
    bout <- s$bout
    loss[i] <- s$loss
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)
}
"""


@pytest.mark.parametrize("source, old, new", [
    # the return the odd one out: its other elements are the updates' new names
    (R_STEP, "list(wh = new_wh, bh = new_bh,", "list(wh = new_wh, bh = bh,"),
    # the update the odd one out: the return reads the parameters' own names
    (R_PORT, "    bh <- bh + colSums(d_hid) * lr", "    Bh <- bh + colSums(d_hid) * lr"),
], ids=["return", "update"])
def test_an_update_never_read_is_blamed_on_the_odd_one_out(source, old, new, tmp_path,
                                                           r_session):
    assert _agreeing(tmp_path, r_session, source, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, source, old, new, ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("not-written-back", line), words


# A numpy port whose epoch is a helper returning a tuple, unpacked by its caller.
PY_STEP = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def epoch_step(X, y, wh, bh, wout, bout, lr):
    H = sigmoid(X @ wh + bh)
    out = sigmoid(H @ wout + bout)
    E = y - out
    d_out = E * out * (1 - out)
    d_hid = (d_out @ wout.T) * H * (1 - H)
    wout = wout + H.T @ d_out * lr
    bout = bout + d_out.sum(axis=0, keepdims=True) * lr
    wh = wh + X.T @ d_hid * lr
    bh = bh + d_hid.sum(axis=0, keepdims=True) * lr
    return wh, bh, wout, bout, (E ** 2).mean() / 2


def train(X, y, wh, bh, wout, bout, lr, epochs):
    loss = np.zeros(int(epochs))
    for i in range(int(epochs)):
        wh, bh, wout, bout, loss[i] = epoch_step(X, y, wh, bh, wout, bout, lr)
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
"""


@pytest.mark.parametrize("old, new, kind", [
    # inside the helper: its tuple's elements are followed to the caller's names, by place
    ("bh = bh + d_hid.sum(axis=0, keepdims=True) * lr",
     "bh = bh + E.sum(axis=0, keepdims=True) * lr", "wrong-operand"),
    ("return wh, bh, wout, bout, (E ** 2).mean() / 2",
     "return wh, bh, wout, bout, (E ** 2).sum() / 2", "sum-for-mean"),
    # the caller unpacks an element under a name nothing reads
    ("wh, bh, wout, bout, loss[i] = epoch_step(",
     "wh, bh, wout, b_out, loss[i] = epoch_step(", "not-written-back"),
], ids=["operand", "loss", "unpacked"])
def test_a_helpers_tuple_is_followed_to_its_callers_names(old, new, kind, tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_STEP, ".py").verdict == "agree"
    result, line = _checked(tmp_path, r_session, PY_STEP, old, new, ".py")
    got, words = diagnosis.port_kind([result])
    assert (got, _reported(result, "Python")) == (kind, line), words


def test_an_update_by_a_summed_step_missing_its_division_is_a_sum_for_mean(tmp_path,
                                                                           r_session):
    # w + lr * delta, where w + lr * delta / n belongs: the name the rate scales is divided
    # (not the hidden error that delta is summed from, which would mend it as well)
    base = (paths.ROOT / "tests" / "ports" / "twentyfourth" / "bases" /
            "udacity_linear_array3.R").read_text()
    result, line = _checked(
        tmp_path, r_session, base,
        "weights_input_to_hidden + learning_rate * delta_weights_i_h / n_records",
        "weights_input_to_hidden + learning_rate * delta_weights_i_h", ".R",
        fixture="udacity_linear[hand-2]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("sum-for-mean", line), words


# A numpy port that lists its gradients one a line and steps each parameter in a zip().
PY_ZIP = """\
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    params = [np.array(p, dtype=float) for p in (wh, bh, wout, bout)]
    wh, bh, wout, bout = params
    loss = np.zeros(epochs)
    for i in range(epochs):
        H = sigmoid(X @ wh + bh)
        out = sigmoid(H @ wout + bout)
        E = y - out
        d_out = E * out * (1 - out)
        d_hid = (d_out @ wout.T) * H * (1 - H)
        grads = [X.T @ d_hid,
                 d_hid.sum(axis=0, keepdims=True),
                 H.T @ d_out,
                 d_out.sum(axis=0, keepdims=True)]
        for p, g in zip(params, grads):
            p += g * lr
        loss[i] = np.mean(E ** 2) / 2
    return {"wh": wh, "bh": bh, "wout": wout, "bout": bout, "loss": loss}
"""


def test_an_element_of_a_list_written_over_lines_is_the_line_it_is_on(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_ZIP, ".py").verdict == "agree"
    result, line = _checked(tmp_path, r_session, PY_ZIP,
                            "                 d_hid.sum(axis=0, keepdims=True),",
                            "                 d_out.sum(axis=0, keepdims=True),", ".py")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "Python")) == ("wrong-operand", line), words


def test_a_parameter_left_to_a_helpers_default_is_blamed_on_the_call(tmp_path, r_session):
    source = R_PORT.replace("  epoch <- epochs\n", """\
  epoch <- epochs
  p <- start(wh = wh, bh = bh, wout = wout, bout = bout)
  wh <- p$wh
  bh <- p$bh
  wout <- p$wout
  bout <- p$bout
""").replace("train <- function", """\
start <- function(wh, bh = matrix(0, 1, ncol(wh)), wout, bout) {
  list(wh = wh, bh = bh, wout = wout, bout = bout)
}

train <- function""")
    assert _agreeing(tmp_path, r_session, source, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, source,
                            "  p <- start(wh = wh, bh = bh, wout = wout, bout = bout)",
                            "  p <- start(wh = wh, wout = wout, bout = bout)", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("own-init", line), words



def test_an_update_of_the_argument_where_the_field_belongs_is_found_at_the_update(
        tmp_path, r_session):
    # w4 -= ..., the field p.w4 never moving: per sample, the first value to differ is the
    # next sample's that reads p.w4, of no kind; w4 is returned as given
    base = (paths.ROOT / "tests" / "ports" / "twentyfourth" / "bases" /
            "zhou_sgd_simplenamespace.py").read_text()
    old = "            p.w4 -= learn_rate * d_L_d_ypred * d_ypred_d_h2 * d_h2_d_w4"
    result, line = _checked(tmp_path, r_session, base, old, old.replace("p.w4", "w4"), ".py",
                            fixture="zhou_sgd[article-epochs-1]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "Python")) == ("not-written-back", line), words


def test_a_constant_with_its_decimal_point_moved_is_a_wrong_constant(tmp_path, r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "loss[i] <- mean(E^2) / 2",
                            "loss[i] <- 0.05 * mean(E^2)", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("wrong-constant", line), words
    assert "decimal point" in words


def test_a_product_transposed_where_the_reference_names_none_is_named_transposed(tmp_path,
                                                                                 r_session):
    # n = h (the article's 3 x 3): the transposed product runs, its samples and units
    # swapped; the reference computes np.dot(X, wh) only as a part of a statement
    result, line = _checked(
        tmp_path, r_session, R_PORT,
        "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))",
        "    Z1 <- t(wh) %*% t(X)\n"
        "    H <- sigmoid(Z1 + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))", ".R",
        fixture="av_mlp[article-epochs-1]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("transposed", line), words


def test_one_binder_for_the_other_is_a_transpose():
    from nnparity import lockstep, repair
    fixed = repair.Repair("port.R", 5, "  h <- z + do.call(cbind, rep(list(b), n))",
                          "  h <- z + do.call(rbind, rep(list(b), n))", "wrong-operand",
                          "it reads cbind where rbind belongs")
    assert lockstep._bound_across(fixed).kind == "transposed"
    # of any other two names, the exchange stays a wrong operand
    other = repair.Repair("port.R", 5, "  h <- z + b_out", "  h <- z + b_hid", "wrong-operand",
                          "it reads b_out where b_hid belongs")
    assert lockstep._bound_across(other).kind == "wrong-operand"


def test_a_list_of_float32_copies_is_blamed_where_it_is_made(tmp_path, r_session):
    result, line = _checked(
        tmp_path, r_session, PY_ZIP,
        "    params = [np.array(p, dtype=float) for p in (wh, bh, wout, bout)]",
        "    params = [np.array(p, dtype=np.float32) for p in (wh, bh, wout, bout)]", ".py")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "Python")) == ("single-precision", line), words


def test_a_transposed_value_is_followed_back_to_where_it_was_first_made_so():
    # E <- y - out stops; out is sigmoid(Z2), and Z2 was made transposed: Z2 is blamed
    from nnparity import lockstep, tracing
    v = np.array([[0.3], [-1.2], [0.7]])

    def trace(language, shape):
        def rec(i, name, value, line, reads):
            return tracing.Assignment(language, name, value.reshape(shape), "f", line,
                                      f"{name} <- ...", 0, reads, "train", "assign", 1, i)
        frames = {1: tracing.Frame(1, "train", "f", 0, 0, (), "", 0, ())}
        return tracing.Trace([rec(0, "Z2", v, 2, ()),
                              rec(1, "out", 1 / (1 + np.exp(-v)), 3, ("Z2",))], frames)
    made, ref = lockstep._transposed_input(trace("R", (1, 3)), "E <- y - out",
                                           trace("Python", (3, 1)))
    assert (made.name, made.line, ref.name) == ("Z2", 2, "Z2")


def test_samples_visited_in_another_order_are_found_where_the_order_is_made(tmp_path,
                                                                           r_session):
    # split() by row numbers made strings orders its groups "1", "10", "11", ..., "2": with
    # ten samples or more, the passes visit them out of data order
    base = (paths.ROOT / "tests" / "ports" / "twentyfourth" / "bases" /
            "zhou_sgd_split_rows.R").read_text()
    result, line = _checked(tmp_path, r_session, base,
                            "rows <- split(data, row(data))",
                            "rows <- split(data, as.character(row(data)))", ".R",
                            fixture="zhou_sgd[random-50]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("data-order", line), words
    assert "the samples visited in another order" in words


def test_a_statement_over_two_lines_where_the_port_stops_is_mended_on_its_second(tmp_path,
                                                                               r_session):
    # R names the first line of a statement it stops in; the transpose left out is on the
    # line the product goes on to
    result, line = _checked(tmp_path, r_session, R_PORT,
                            "    d_hid <- (d_out %*% t(wout)) * H * (1 - H)",
                            "    back <- d_out %*%\n      (wout)\n"
                            "    d_hid <- back * H * (1 - H)", ".R")
    assert result.verdict == "error"
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("transposed", line + 1), words


# An R port that lists its gradients one a line and steps every parameter with Map().
R_MAP = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  params <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    Z <- X %*% params$wh + matrix(params$bh, nrow(X), ncol(wh), byrow = TRUE)
    H <- sigmoid(Z)
    out <- sigmoid(H %*% params$wout + params$bout[1, 1])
    E <- y - out
    loss[i] <- mean(E^2) / 2
    d_out <- E * out * (1 - out)
    d_hid <- (d_out %*% t(params$wout)) * H * (1 - H)
    grads <- list(
      wh = t(X) %*% d_hid,
      bh = matrix(colSums(d_hid), nrow = 1),
      wout = t(H) %*% d_out,
      bout = matrix(sum(d_out), 1, 1)
    )
    params <- Map(function(p, g) p + g * lr, params, grads[names(params)])
  }
  c(params, list(loss = loss))
}
"""


def test_an_element_of_a_list_handed_to_map_is_the_line_it_is_on(tmp_path, r_session):
    # the step Map() hands the function is grads' element, on the line that names it; the
    # pre-activation read where its sigmoid belongs, made lines before
    assert _agreeing(tmp_path, r_session, R_MAP, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, R_MAP, "      wout = t(H) %*% d_out,",
                            "      wout = t(Z) %*% d_out,", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("wrong-operand", line), words


def test_a_loop_over_the_epochs_number_itself_is_what_was_seen(tmp_path, r_session):
    # for (i in epoch): one pass, whatever epoch is; every single step agrees
    result, line = _checked(tmp_path, r_session, R_PORT, "for (i in seq_len(epoch))",
                            "for (i in epoch)", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == (None, line), words
    assert "once whatever it is" in words


def test_targets_sorted_into_a_vector_are_a_data_order(tmp_path, r_session):
    # R's sort() of an n x 1 matrix returns a vector: the column's rows in another order
    result, line = _checked(tmp_path, r_session, R_PORT, "  epoch <- epochs\n",
                            "  epoch <- epochs\n  y <- sort(y)\n", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("data-order", line + 1), words


def test_weights_cut_to_whole_numbers_before_training_are_a_truncation(tmp_path, r_session):
    # at 0 epochs it returns trunc() of the given: whatever else then looks ignored
    result, line = _checked(tmp_path, r_session, R_PORT, "  epoch <- epochs\n",
                            "  epoch <- epochs\n  wh <- trunc(wh)\n", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("integer-truncation", line + 1), words
    assert "cut to whole numbers" in words


def test_an_accumulator_started_at_one_is_a_wrong_constant_where_it_starts(tmp_path,
                                                                          r_session):
    # every step summed into it is the reference's; the sum starts at 1, not 0
    base = (paths.ROOT / "tests" / "ports" / "twentyeighth" / "bases" /
            "udacity_linear_drop_rows.R").read_text()
    old = ("    delta_weights_i_h <- matrix(0, nrow(weights_input_to_hidden), "
           "ncol(weights_input_to_hidden))")
    result, line = _checked(tmp_path, r_session, base, old, old.replace("matrix(0", "matrix(1"),
                            ".R", fixture="udacity_linear[hand-2]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("wrong-constant", line), words


def test_a_check_of_the_ports_own_that_refuses_right_values_names_no_kind(tmp_path,
                                                                         r_session):
    result, line = _checked(tmp_path, r_session, R_PORT, "  epoch <- epochs\n",
                            "  epoch <- epochs\n  stopifnot(ncol(wh) == nrow(bh))\n", ".R")
    assert result.verdict == "error"
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == (None, line + 1), words
    assert "its own check refuses the values it is given" in words


# A numpy port that keeps its parameters in a namedtuple and replaces them each epoch.
PY_NT = """\
from collections import namedtuple

import numpy as np

Params = namedtuple("Params", "wh bh wout bout")


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def train(X, y, wh, bh, wout, bout, lr, epochs):
    p = Params(*(np.array(v, dtype=float) for v in (wh, bh, wout, bout)))
    loss = np.zeros(epochs)
    for i in range(epochs):
        H = sigmoid(X @ p.wh + p.bh)
        out = sigmoid(H @ p.wout + p.bout)
        E = y - out
        d_out = E * out * (1 - out)
        d_hid = (d_out @ p.wout.T) * H * (1 - H)
        p = p._replace(wout=p.wout + H.T @ d_out * lr,
                       bout=p.bout + d_out.sum(axis=0, keepdims=True) * lr,
                       wh=p.wh + X.T @ d_hid * lr,
                       bh=p.bh + d_hid.sum(axis=0, keepdims=True) * lr)
        loss[i] = np.mean(E ** 2) / 2
    return {"wh": p.wh, "bh": p.bh, "wout": p.wout, "bout": p.bout, "loss": loss}
"""


def test_a_replaced_tuple_never_assigned_is_where_the_update_is_dropped(tmp_path, r_session):
    assert _agreeing(tmp_path, r_session, PY_NT, ".py").verdict == "agree"
    result, line = _checked(tmp_path, r_session, PY_NT, "        p = p._replace(",
                            "        p._replace(", ".py")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "Python")) == ("not-written-back", line), words


@pytest.mark.parametrize("loop", ["for (i in seq_len(epoch) - 1)", "for (i in 1:epoch-1)"])
def test_a_loop_header_counting_from_zero_is_blamed_for_an_index_of_zero(loop, tmp_path,
                                                                         r_session):
    # loss[i] with i = 0 stores nothing; the header is where the count starts at 0
    result, line = _checked(tmp_path, r_session, R_PORT, "for (i in seq_len(epoch))", loop,
                            ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("epochs-off-by-one", line), words


def test_a_rate_left_out_of_the_call_of_a_helper_defined_outside_is_the_calls(tmp_path,
                                                                             r_session):
    # step(), defined beside train(), has lr = 0.1 of its own: the call that leaves lr out
    source = R_STEP.replace("wout, bout, lr) {", "wout, bout, lr = 0.1) {")
    assert _agreeing(tmp_path, r_session, source, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, source,
                            "    s <- step(X, y, wh, bh, wout, bout, lr)",
                            "    s <- step(X, y, wh, bh, wout, bout)", ".R",
                            fixture="av_mlp[article-lr-0p7]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("ignores-hyper", line), words


def test_one_number_allocated_is_no_divergence_from_the_references_np_empty(r_session,
                                                                           monkeypatch):
    # The reference's loss = np.empty(epochs) holds whatever memory held; with one epoch
    # the port's numeric(epochs) is one 0 beside it, no counterpart needed (a full run
    # blamed it at random for the run before, naming a kind from the garbage). The loss
    # appended to the zeros (losses <- c(losses, ...)) is where the port parts.
    import types
    from nnparity.networks import av_nobias
    garbage = types.SimpleNamespace(**{k: getattr(np, k) for k in dir(np)
                                       if not k.startswith("__")})
    garbage.empty = lambda shape, *a, **k: np.full(shape, 0.3)
    monkeypatch.setattr(av_nobias, "np", garbage)
    result = _held_out(r_session, "seventeenth/12-av_nobias-other.R",
                       "av_nobias[f4-n3-h3-epochs-1]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == (None, 42), words


def test_an_epoch_that_agreed_by_chance_in_a_port_that_draws_is_traced_again(r_session,
                                                                            monkeypatch):
    # sample(nrow(data)) may draw the identity, and the traced epoch agree: the port draws,
    # so its epoch is traced again (here the first alignment is made to find nothing)
    from nnparity import tracing
    align, calls = tracing.align, []

    def agreeing_once(*args, **kwargs):
        calls.append(1)
        return None if len(calls) == 1 else align(*args, **kwargs)

    monkeypatch.setattr(tracing, "align", agreeing_once)
    result = _held_out(r_session, "mutants/27-zhou_sgd-data-order.R",
                       "zhou_sgd[article-epochs-1]")
    assert _reported(result, "R") == 17 and len(calls) >= 2


def test_an_np_empty_array_is_traced_as_zeros_whatever_memory_held(tmp_path):
    # np.empty's numbers are what memory held: a trace of them differed from run to run (and
    # so did where a full run blamed a port), as here, where a freed block holds 0.3
    from nnparity import tracing
    source = tmp_path / "empty.py"
    source.write_text("import numpy as np\n\n\ndef train(n):\n    loss = np.empty(n)\n"
                      "    return loss\n")
    namespace = {}
    exec(compile(source.read_text(), str(source), "exec"), namespace)
    for _ in range(3):
        np.full(1000, 0.3).sum()      # a block of 0.3s freed, which np.empty may reuse
        trace = tracing.trace_python(namespace["train"], {"n": 1000}, [source])
        loss = next(a for a in trace if a.name == "loss")
        assert not loss.value.any()


def test_a_second_name_for_an_array_is_tried_as_a_copy_before_a_slope_left_out():
    # d_out = E, then np.multiply(E, s_out, out=d_out): any new array for d_out mends the
    # epoch, the copy with the least change; it is tried first
    from nnparity import repair
    first = next(repair.edits("    d_out = E", "Python", activations={"s_out": "sigmoid"}))
    assert first[:2] == ("    d_out = E.copy()", "stale-value")


def test_numbers_written_into_an_array_allocated_float32_blame_the_allocation(r_session):
    # g_wh = np.empty_like(wh, dtype=np.float32), then np.matmul(..., out=g_wh): traced, the
    # allocation holds zeros, and the float32 numbers show where they are written
    result = _held_out(r_session, "eleventh/29-av_mlp-single-precision.py",
                       "av_mlp[article-lr-0p7]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "Python")) == ("single-precision", 28), words


def test_an_element_moved_wrong_in_a_vector_of_parameters_is_its_own_write(r_session):
    # b[2] <- b[2] + lr * ... (the step's sign turned), then b[3] moved right: b differs at
    # its last write, whose own element agrees; and sum_h2 <- ... + b[2] reading b by element
    # says nothing of its other numbers
    result = _held_out(r_session, "thirtyfirst/18-zhou_sgd-sign.R", "zhou_sgd[article-epochs-1]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("sign", 67), words


def test_a_loop_along_a_vector_as_long_as_the_epochs_is_blamed_for_an_epoch_too_few(
        tmp_path, r_session):
    # loss <- numeric(epochs), then for (i in head(seq_along(loss), -1)): the loop reads no
    # epochs' name, but walks a vector made as long as the epochs
    source = R_WITH.replace("for (i in seq_len(epochs))", "for (i in seq_along(loss))")
    assert _agreeing(tmp_path, r_session, source, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, source, "for (i in seq_along(loss))",
                            "for (i in head(seq_along(loss), -1))", ".R",
                            fixture="av_mlp[article-epochs-1]")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("epochs-off-by-one", line), words


# The namedtuple port with its gradients in a record of their own and one step per layer.
PY_NT_STEPS = PY_NT.replace('''        p = p._replace(wout=p.wout + H.T @ d_out * lr,
                       bout=p.bout + d_out.sum(axis=0, keepdims=True) * lr,
                       wh=p.wh + X.T @ d_hid * lr,
                       bh=p.bh + d_hid.sum(axis=0, keepdims=True) * lr)
''', '''        g = Params(X.T @ d_hid, d_hid.sum(axis=0, keepdims=True), H.T @ d_out,
                   d_out.sum(axis=0, keepdims=True))
        p = p._replace(wout=p.wout + g.wout * lr, bout=p.bout + g.bout * lr)
        p = p._replace(wh=p.wh + g.wh * lr, bh=p.bh + g.bh * lr)
''')


def test_one_layers_step_replaced_and_dropped_is_where_the_update_is_dropped(tmp_path,
                                                                             r_session):
    # the other layer moves: g (read by its fields, g.wh) is read, and p.wout, made by the
    # first replace, is handed on whole (p._replace(...)) by the second
    assert PY_NT_STEPS != PY_NT
    assert _agreeing(tmp_path, r_session, PY_NT_STEPS, ".py").verdict == "agree"
    result, line = _checked(tmp_path, r_session, PY_NT_STEPS,
                            "        p = p._replace(wh=", "        p._replace(wh=", ".py")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "Python")) == ("not-written-back", line), words


def test_a_gradient_of_another_parameters_shape_in_a_slot_is_where_it_was_put(tmp_path,
                                                                              r_session):
    # g.wh holds H.T @ d_out, wout's gradient (h x 1): the step p.wh + g.wh * lr stops on
    # shapes; the record made with it in wh's slot is to blame, not the step that stops
    result, line = _checked(tmp_path, r_session, PY_NT_STEPS,
                            "        g = Params(X.T @ d_hid,", "        g = Params(H.T @ d_out,",
                            ".py", fixture="av_mlp[article-lr-0p7]")
    ls = result.lockstep
    assert _reported(result, "Python") == line, ls.stop
    assert "g.wh is 3 x 1 where the parameter wh is 4 x 3" in ls.stop[1]


# An R port whose epochs are a Reduce() over a state list, each step copying its elements out.
R_REDUCE = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  one_epoch <- function(state, i) {
    wh <- state$wh
    bh <- state$bh
    wout <- state$wout
    bout <- state$bout
    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
    out <- sigmoid(H %*% wout + bout[1, 1])
    E <- y - out
    d_out <- E * out * (1 - out)
    d_hid <- (d_out %*% t(wout)) * H * (1 - H)
    list(wh = wh + t(X) %*% d_hid * lr, bh = bh + colSums(d_hid) * lr,
         wout = wout + t(H) %*% d_out * lr, bout = bout + sum(d_out) * lr,
         loss = c(state$loss, mean(E^2) / 2))
  }
  init <- list(wh = wh,
               bh = bh, wout = wout, bout = bout, loss = numeric(0))
  state <- Reduce(one_epoch, seq_len(epochs), init)
  list(wh = state$wh, bh = state$bh, wout = state$wout, bout = state$bout, loss = state$loss)
}
"""


def test_a_parameter_of_its_own_in_a_reduce_state_is_where_the_state_is_made(tmp_path,
                                                                              r_session):
    # wh <- state$wh copies it: the zeros were put in the state Reduce() starts from
    assert _agreeing(tmp_path, r_session, R_REDUCE, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, R_REDUCE, "  init <- list(wh = wh,",
                            "  init <- list(wh = matrix(0, nrow(wh), ncol(wh)),", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("own-init", line), words


def test_the_sigmoids_slope_as_np_multiply_of_the_pre_activation_is_a_wrong_derivative():
    # np.multiply(Z, 1 - Z) where np.multiply(A, 1 - A) belongs, its arguments on a line of
    # their own: the slope taken of the pre-activation
    from nnparity import repair
    pair = ("hidden_in", "hidden_out")
    found = [e for e in repair.edits("        hidden_in, (1 - hidden_in)", "Python",
                                     operands=[pair], related={pair})
             if e[0] == "        hidden_out, (1 - hidden_out)"]
    assert found and found[0][1] == "wrong-derivative", found


# The R port with the article's names for the hidden layer, its activations given a name of
# their own by a statement that copies them.
R_ALIAS = R_PORT.replace(
    "    H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))\n",
    "    hidden_layer_input <- X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE)\n"
    "    H <- sigmoid(hidden_layer_input)\n"
    "    hiddenlayer_activations <- H\n").replace(
    "sigmoid(H %*% wout", "sigmoid(hiddenlayer_activations %*% wout")


def test_a_name_given_another_value_than_the_references_of_its_name_is_where_it_parts(
        tmp_path, r_session):
    # hiddenlayer_activations <- hidden_layer_input: its value is one the reference has,
    # under another name; the reference's hiddenlayer_activations holds other numbers
    assert R_ALIAS != R_PORT
    assert _agreeing(tmp_path, r_session, R_ALIAS, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, R_ALIAS, "    hiddenlayer_activations <- H\n",
                            "    hiddenlayer_activations <- hidden_layer_input\n", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("wrong-operand", line), words


# The R port with each epoch's statements inside with(state, {...}), the block's last value
# the next state.
R_STATE = """\
sigmoid <- function(x) 1 / (1 + exp(-x))

train <- function(X, y, wh, bh, wout, bout, lr, epochs) {
  state <- list(wh = wh, bh = bh, wout = wout, bout = bout)
  loss <- numeric(epochs)
  for (i in seq_len(epochs)) {
    state <- with(state, {
      H <- sigmoid(X %*% wh + matrix(bh, nrow(X), ncol(wh), byrow = TRUE))
      out <- sigmoid(H %*% wout + bout[1, 1])
      E <- y - out
      d_out <- E * out * (1 - out)
      d_hid <- (d_out %*% t(wout)) * H * (1 - H)
      wout <- wout + t(H) %*% d_out * lr
      bout <- bout + sum(d_out) * lr
      wh <- wh + t(X) %*% d_hid * lr
      bh <- bh + colSums(d_hid) * lr
      list(wh = wh, bh = bh, wout = wout, bout = bout, E = E)
    })
    loss[i] <- mean(state$E^2) / 2
  }
  list(wh = state$wh, bh = state$bh, wout = state$wout, bout = state$bout, loss = loss)
}
"""


def test_a_with_blocks_list_that_leaves_a_parameter_out_is_where_it_is_not_written_back(
        tmp_path, r_session):
    # state$bh is NULL after the block: its list names no bh, which the state had
    assert _agreeing(tmp_path, r_session, R_STATE, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, R_STATE, "      list(wh = wh, bh = bh, wout",
                            "      list(wh = wh, wout", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("not-written-back", line), words
    assert "has no element bh, which state had at line 4" in words


def test_a_with_block_reads_the_lists_elements_so_a_value_of_its_own_there_is_own_init(
        tmp_path, r_session):
    # bout inside with(state, ...) is state$bout, set to 0 where the state is made, not
    # train()'s argument bout
    result, line = _checked(tmp_path, r_session, R_STATE, "wout = wout, bout = bout)",
                            "wout = wout, bout = matrix(0, 1, 1))", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("own-init", line), words


def test_a_record_field_vouches_only_for_what_its_own_argument_reads(tmp_path, r_session):
    # p._replace(wout=..., wh=p.wh + X.T @ d_hid * lr, ...): the agreeing wout field does not
    # vouch for d_hid, which only the wh and bh fields read
    result, line = _checked(tmp_path, r_session, PY_NT, "* H * (1 - H)", "* H * (1 - out)",
                            ".py")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "Python")) == ("wrong-operand", line), words


def test_the_data_read_one_index_along_is_the_samples_order():
    from nnparity import lockstep, repair
    fixed = repair.Repair("port.py", 7, "            y_true = all_y_trues[i - 1]",
                          "            y_true = all_y_trues[i]", None,
                          "[i - 1] where [i] belongs: an index one off")
    assert lockstep._reordered(fixed, ["data", "all_y_trues"]).kind == "data-order"
    # a parameter's element one along is no sample's
    assert lockstep._reordered(fixed, ["data", "labels"]).kind is None


# The R port with its gradients in a list g and every parameter moved by a loop over names(g).
R_NAMES = R_PORT.replace("""    wout <- wout + t(H) %*% d_out * lr
    bout <- bout + sum(d_out) * lr
    wh <- wh + t(X) %*% d_hid * lr
    bh <- bh + colSums(d_hid) * lr
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)""", """    g <- list()
    g$wout <- t(H) %*% d_out
    g$bout <- sum(d_out)
    g$wh <- t(X) %*% d_hid
    g$bh <- colSums(d_hid)
    for (k in names(g)) {
      p[[k]] <- p[[k]] + lr * g[[k]]
    }
    wh <- p$wh
    bh <- p$bh
    wout <- p$wout
    bout <- p$bout
  }
  list(wh = wh, bh = bh, wout = wout, bout = bout, loss = loss)""").replace(
    "  epoch <- epochs\n",
    "  epoch <- epochs\n  p <- list(wh = wh, bh = bh, wout = wout, bout = bout)\n")


def test_an_element_of_a_list_read_whole_of_another_parameters_length_is_where_it_was_put(
        tmp_path, r_session):
    # p[[k]] + lr * g[[k]] stops at k = "wout": g$wout holds wh's gradient, of another
    # shape than wout
    assert R_NAMES != R_PORT
    assert _agreeing(tmp_path, r_session, R_NAMES, ".R").verdict == "agree"
    result, line = _checked(tmp_path, r_session, R_NAMES, "    g$wout <- t(H) %*% d_out",
                            "    g$wout <- t(X) %*% d_hid", ".R")
    kind, words = diagnosis.port_kind([result])
    assert (kind, _reported(result, "R")) == ("wrong-operand", line), words


def test_a_sum_divided_by_one_axiss_count_where_the_mean_of_all_belongs_is_an_edit():
    from nnparity import repair
    r = [e for e in repair.edits("  sum((y - Y)^2) / nrow(Y)", "R")
         if e[0] == "  mean((y - Y)^2)"]
    py = [e for e in repair.edits("    return np.sum((y - Y) ** 2) / len(Y)", "Python")
          if e[0] == "    return np.mean((y - Y) ** 2)"]
    assert r and r[0][1] == "sum-for-mean" and py and py[0][1] == "sum-for-mean"


def test_a_constants_decimal_point_one_place_off_is_an_edit():
    from nnparity import repair
    found = {e[0]: e[1] for e in repair.edits("  loss <- l + 0.05 * lambda * s", "R")}
    assert found.get("  loss <- l + 0.5 * lambda * s") == "wrong-constant"
    assert found.get("  loss <- l + 0.005 * lambda * s") == "wrong-constant"


def test_a_list_of_the_parameters_names_that_leaves_one_out_is_where_it_is_not_moved(
        tmp_path):
    from nnparity import lockstep
    port = tmp_path / "port.py"
    port.write_text('NAMES = ("W3", "b3", "W2", "W1", "b1")\n\n\ndef train():\n    pass\n')
    found = lockstep._names_left_out(port, ["W1", "b1", "W2", "b2", "W3", "b3"], ["b2"])
    assert found is not None and found[0].line == 1 and "without b2" in found[1]
    assert lockstep._names_left_out(port, ["W1", "b1", "W2", "b2", "W3", "b3"], ["b1"]) is None


@pytest.mark.parametrize("port, fixture, kind, line", [
    # one_pass() sums lapply(..., function(r) record_steps(...)): R's trace names that
    # function one_pass too, and its agreeing values do not make one_pass's own wrong
    ("thirtythird/25-udacity_linear-hyper-misused.R", "udacity_linear[hand-1]",
     "hyper-misused", 45),
    # hand-1's hidden inputs are 0, so the slope taken of them is 0, as are the reference's
    # hidden inputs: those zeros are no counterpart, nor is the step of 0 that leaves the
    # weights as given, which the reference's helpers hold as their arguments
    ("thirtythird/27-udacity_linear-wrong-derivative.py", "udacity_linear[hand-1]",
     "wrong-derivative", 38),
    # df <- df[order(df$y), ]: each pass reads df$x1[i]; the order was made a line earlier
    ("thirtyfourth/18-zhou_sgd-data-order.R", "zhou_sgd[article-epochs-1]", "data-order", 29),
    # d_i_h += step in backpropagation() reaches train()'s array; the line after it,
    # d_h_o = d_h_o + step, binds a new local that nothing reads
    ("thirtyfourth/26-udacity_linear-not-written-back.py", "udacity_linear[hand-1]",
     "not-written-back", 42),
    # the hidden error from y where error belongs, summed into train()'s array in place by a
    # helper that returns nothing: the walk follows the array into the helper
    ("thirtyfourth/27-udacity_linear-wrong-operand.py", "udacity_linear[hand-1]",
     "wrong-operand", 38),
])
def test_a_held_out_ports_line_and_kind_by_a_rule_it_taught(r_session, port, fixture, kind,
                                                               line):
    result = _held_out(r_session, port, fixture)
    named, words = diagnosis.port_kind([result])
    language = "Python" if port.endswith(".py") else "R"
    assert (named, _reported(result, language)) == (kind, line), words


def test_a_hyperparameter_acting_through_a_parameter_that_never_moves_is_not_the_bug():
    # W <- w - lr * dw (w never written back): lambda, in w's gradient alone, changes
    # nothing the port returns; the repair that writes w back names the bug
    from types import SimpleNamespace
    from nnparity import repair
    fixed = repair.Repair("port.R", 26, "  list(w = w, b = b)", "  list(w = W, b = b)",
                          "not-written-back", "W (line 23), an update, is never read")
    ls = SimpleNamespace(first_bad=1, finding=None, stop=None, localized=None,
                         probes={"ignores": ["lambda"], "unmoved": ["w"], "repair": fixed})
    result = SimpleNamespace(lockstep=ls, fixture=SimpleNamespace(epochs=1, name="f"))
    kind, words = diagnosis.port_kind([result])
    assert kind == "not-written-back" and "w never moves, so lambda seems ignored" in words


def test_a_part_of_an_earlier_value_computed_again_where_that_value_belongs_is_an_edit():
    from nnparity import repair
    lines = ["def f():\n", "    z = X @ w + b\n", "    p = sigmoid(X @ w)\n",
             "    q = sigmoid(X @ w + c)\n"]
    made = repair._made(lines, "Python")
    assert list(repair._part_recomputed(lines[2].rstrip(), 3, made, "Python")) == [
        ("    p = sigmoid(z)", "wrong-operand",
         "X @ w, z (line 2) without its later terms, where z belongs")]
    # a sum of its own (X @ w + c) is not z's part
    assert list(repair._part_recomputed(lines[3].rstrip(), 4, made, "Python")) == []
