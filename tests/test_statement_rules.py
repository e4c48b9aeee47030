"""Where a port's first diverging statement is, for the rules that follow a value through
the ways real ports write it: a parameter returned in another shape than given, the epochs'
loop under another name, a number stored into a narrower array, an array changed in place
through a second name, a call's argument that a nested call returned, the statements of a
with() block. Each port is the one small av_mlp port below with one line changed; the line
reported must be the changed one."""

import numpy as np
import pytest

from nnparity import checking, diagnosis, ports, report

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
    assert kind == "stale-value" and words.startswith("W_before is a second name for self.W")
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
