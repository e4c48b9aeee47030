"""Bad network declarations: each is one line naming the file, the table and the key, and
saying what is wrong; `nnparity check` prints that line, nothing else, and exits 2.

Every case starts from a small valid project in tmp_path (the tiny_mlp template's Python and
R files, declared by BASE below) and changes one thing.
"""

import hashlib
import pickle
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest
from nnparity import declaration, paths
from nnparity.declaration import DeclarationError

TEMPLATE = Path(declaration.__file__).parent / "templates" / "init"
TABLE = "tool.nnparity.networks.tiny_mlp"
BASE = """\
[tool.nnparity]
fixtures = "parity"

[tool.nnparity.networks.tiny_mlp]
description = "one tanh hidden layer, linear output, mean squared error, full batch"
python = "tiny_mlp.py"
r = "tiny_mlp.R"
reference = "python"
data = {X = ["n", "f"], y = ["n", 1]}
params = {W1 = ["f", "h"], b1 = [1, "h"], W2 = ["h", 1], b2 = [1, 1]}
hyper = {lr = "rate", epochs = "count"}
epochs = "epochs"
input = "X"
output = ["n", 1]
sizes = {n = 29, f = 3, h = 5}
defaults = {lr = 0.1, epochs = 100}
draw = {X = "normal(0, 1)", y = "normal(0, 1)"}
"""
PY_TRAIN = "def train(X, y, W1, b1, W2, b2, lr, epochs):"
R_TRAIN = "train <- function(X, y, W1, b1, W2, b2, lr, epochs) {"


def set_(key, value):
    """Return an edit of the declaration's text: the line `key = ...` becomes `key = value`
    (removed when value is None)."""
    def edit(text):
        new, n = re.subn(rf"^{re.escape(key)} = .*\n", "" if value is None else
                         f"{key} = {value}\n", text, flags=re.MULTILINE)
        assert n == 1, f"BASE has no line {key} = ..."
        return new
    return edit


def add(line):
    return lambda text: text + line + "\n"


def whole(text):
    return lambda _: text


@dataclass
class Case:
    id: str
    edit: object                 # text -> text, or bytes for the whole file
    key: str | None              # the key the message names
    words: tuple                 # what it must say
    table: str | None = TABLE    # the table it names
    files: dict = field(default_factory=dict)   # other files to write: name -> text
    config: str = "pyproject.toml"


def case(id, edit, key, *words, **kw):
    return pytest.param(Case(id, edit, key, words, **kw), id=id)


NNPARITY_TOML = re.sub(r"tool\.nnparity\.", "", BASE.replace("[tool.nnparity]\n", ""))

CASES = [
    # The file and its top-level table.
    case("not-utf8", BASE.encode().replace(b"one tanh", b"\xff tanh"),
         None, "line 5: not valid TOML: byte 0xff is not UTF-8 text", table=None),
    case("tool-nnparity-not-a-table", whole('[tool]\nnnparity = "tiny_mlp"\n'), None,
         '"tiny_mlp" is a string, not a table: write [tool.nnparity]', table="tool.nnparity"),
    case("unknown-top-level-key", set_("fixtures", '"parity"\nfixture = "tests"'), "fixture",
         "unknown key (did you mean 'fixtures'?)", table="tool.nnparity"),
    case("fixtures-not-a-folder", set_("fixtures", "3"), "fixtures",
         "3: must be a folder or a list of folders", table="tool.nnparity"),
    case("no-networks", whole('[tool.nnparity]\nfixtures = "parity"\n'), "networks",
         "missing: declare each network as a table [tool.nnparity.networks.NAME]",
         table="tool.nnparity"),
    case("networks-empty", whole('[tool.nnparity]\n\n[tool.nnparity.networks]\n'), "networks",
         "declares no network", table="tool.nnparity"),
    case("network-name-not-allowed", lambda t: t.replace("networks.tiny_mlp]", "networks.TinyMLP]"),
         None, "'TinyMLP' is not a network name (lower-case letters, digits and _",
         table="tool.nnparity.networks.TinyMLP"),
    case("network-not-a-table",
         whole('[tool.nnparity.networks]\ntiny_mlp = "tiny_mlp.py"\n'), None,
         '"tiny_mlp.py" is a string, not a table: write it as a table '
         f"[{TABLE}]"),
    # Keys of a network's table.
    case("unknown-key-misspelt", lambda t: t.replace("params = {", "parms = {"), "parms",
         "unknown key (did you mean 'params'?)"),
    case("unknown-key-far-off", add('colour = "red"'), "colour",
         "unknown key (known: article, atol, data, defaults"),
    case("missing-python", set_("python", None), "python",
         "missing: the Python side, a .py file (or a module name) defining train()"),
    case("missing-r", set_("r", None), "r", "missing: the R side, a .R file"),
    case("missing-reference", set_("reference", None), "reference",
         'missing: the side that is right, "python" or "r"'),
    case("missing-data", set_("data", None), "data", "missing: train()'s data"),
    case("missing-params", set_("params", None), "params", "missing: train()'s parameters"),
    case("missing-hyper", set_("hyper", None), "hyper", "missing: train()'s hyperparameters"),
    # The two sides' files.
    case("python-file-missing", set_("python", '"src/tiny_mlp.py"'), "python",
         "src/tiny_mlp.py: no such file (looked in "),
    case("r-file-missing", set_("r", '"R/tiny_mlp.R"'), "r", "R/tiny_mlp.R: no such file"),
    case("r-list-one-missing", set_("r", '["tiny_mlp.R", "helpers.R"]'), "r",
         "helpers.R: no such file"),
    case("python-neither-file-nor-module", set_("python", '"src/tiny mlp"'), "python",
         '"src/tiny mlp" is neither a .py file nor a module name'),
    case("python-not-a-py-file", set_("python", '"tiny_mlp.R"'), "python",
         "tiny_mlp.R: not a .py file"),
    case("python-two-files", set_("python", '["tiny_mlp.py", "other.py"]'), "python",
         "the Python side is one file", files={"other.py": ""}),
    case("python-not-a-string", set_("python", "3"), "python", "3: must be a file name"),
    case("r-not-an-R-file", set_("r", '"tiny_mlp.py"'), "r", "tiny_mlp.py: not a .R or .r file"),
    case("r-empty-list", set_("r", "[]"), "r", "must be a file name or a list of file names"),
    case("reference-neither", set_("reference", '"numpy"'), "reference",
         '"numpy" is neither "python" nor "r"'),
    case("reference-capitalised", set_("reference", '"Python"'), "reference",
         "(did you mean 'python'?)"),
    # Shapes.
    case("shape-a-string", set_("data", '{X = "n x f", y = ["n", 1]}'), "data.X",
         '"n x f" is a string, not a shape: a list of sizes'),
    case("shape-zero", set_("data", '{X = ["n", "f"], y = ["n", 0]}'), "data.y",
         '["n", 0]: 0 is not positive'),
    case("shape-negative", set_("params", '{W1 = ["f", "h"], b1 = [-1, "h"], W2 = ["h", 1], '
                                          'b2 = [1, 1]}'), "params.b1", "-1 is not positive"),
    case("shape-float", set_("data", '{X = ["n", "f"], y = ["n", 1.5]}'), "data.y",
         "1.5 is a float"),
    case("shape-boolean", set_("data", '{X = ["n", "f"], y = [true]}'), "data.y",
         "true is a boolean"),
    case("shape-three-dimensions", set_("data", '{X = ["n", "f", "t"], y = ["n", 1]}'),
         "data.X", '["n", "f", "t"] has 3 dimensions: a shape has at most 2'),
    case("shape-not-a-letter", set_("data", '{X = ["n x f"], y = ["n", 1]}'), "data.X",
         '"n x f" is not a letter'),
    # data, params, hyper.
    case("data-not-a-table", set_("data", '["X", "y"]'), "data",
         '["X", "y"] is an array, not a table: write data = {X = '),
    case("params-not-a-table", set_("params", '"W1"'), "params", '"W1" is a string, not a table'),
    case("data-empty", set_("data", "{}"), "data", "declares no names: train()'s data"),
    case("params-empty", set_("params", "{}"), "params", "declares no names"),
    case("hyper-kind-unknown", set_("hyper", '{lr = "real", epochs = "count"}'), "hyper.lr",
         '"real" is neither "rate" (a positive number) nor "count" (a whole number)'),
    case("hyper-kind-a-value", set_("hyper", '{lr = 0.1, epochs = "count"}'), "hyper.lr",
         '0.1 is a float: hyper says what each is, "rate" or "count" (a value goes in '
         'defaults)'),
    case("hyper-kind-misspelt", set_("hyper", '{lr = "rates", epochs = "count"}'), "hyper.lr",
         "(did you mean 'rate'?)"),
    case("name-declared-twice", set_("params", '{X = ["f", "h"], b1 = [1, "h"], W2 = ["h", 1], '
                                               'b2 = [1, 1]}'), "params.X",
         "'X' is declared in data too"),
    case("loss-as-a-name", set_("hyper", '{lr = "rate", epochs = "count", loss = "rate"}'),
         "hyper.loss", "'loss' is the name of train()'s per-epoch loss, not an argument"),
    case("name-not-a-variable-name", set_("data", '{"X-1" = ["n", "f"], y = ["n", 1]}'),
         "data.X-1", '"X-1" is not a variable name'),
    case("python-keyword-in-the-reference",
         set_("hyper", '{lr = "rate", lambda = "rate", epochs = "count"}'), "hyper.lambda",
         "'lambda' is a Python keyword, so the Python train() cannot take it: name it otherwise"),
    case("python-keyword-in-the-port",
         lambda t: set_("reference", '"r"')(
             set_("hyper", '{lr = "rate", lambda = "rate", epochs = "count"}')(t)),
         "hyper.lambda", "'lambda' is a Python keyword",
         'give the Python port its own name, names = {lambda = "lambda_"}'),
    case("r-reserved-word", set_("data", '{X = ["n", "f"], y = ["n", 1], TRUE = ["n", 1]}'),
         "data.TRUE", "'TRUE' is reserved in R, so the R train() cannot take it"),
    # epochs.
    case("epochs-names-a-rate", set_("epochs", '"lr"'), "epochs",
         "'lr' is a \"rate\", not a \"count\""),
    case("epochs-names-nothing", set_("epochs", '"epoch"'), "epochs",
         "'epoch' is not a hyperparameter (did you mean 'epochs'?)"),
    case("epochs-not-a-name", set_("epochs", "100"), "epochs",
         "100 is an integer: write the name of the hyperparameter that counts epochs"),
    case("two-counts-no-epochs",
         lambda t: set_("epochs", None)(
             set_("hyper", '{lr = "rate", epochs = "count", batches = "count"}')(t)),
         "epochs", "missing: epochs and batches are counts, say which counts epochs"),
    case("no-count", lambda t: set_("epochs", None)(set_("hyper", '{lr = "rate"}')(
        set_("defaults", None)(t))), "hyper", 'no hyperparameter is a "count"'),
    # input and output.
    case("input-not-among-data", set_("input", '"Z"'), "input", "'Z' is not one of data (X, y)"),
    case("input-not-a-name", set_("input", '["X"]'), "input", '["X"] is an array'),
    case("output-without-input", set_("input", None), "output",
         "needs input, the data predict() takes"),
    case("output-size-bound-nowhere", set_("output", '["n", "k"]'), "output",
         "size 'k' appears in no shape of data or params (f, h, n)"),
    case("output-not-a-shape", set_("output", '"n"'), "output", '"n" is a string, not a shape'),
    case("input-without-output", set_("output", None), "output",
         "missing: input is declared, so predict()'s result shape is needed"),
    # functions.
    case("functions-unknown-kind", add('functions = {fit = "fit"}'), "functions.fit",
         "unknown function (known: train, predict, step, or python / r"),
    case("functions-misspelt", add('functions = {trian = "my_train"}'), "functions.trian",
         "(did you mean 'train'?)"),
    case("function-name-not-a-name", add('functions.r = {train = "my train"}'),
         "functions.r.train", '"my train" is not a function name'),
    case("python-function-name-with-a-dot", add('functions.python = {train = "my.train"}'),
         "functions.python.train", '"my.train" is not a Python function name'),
    case("functions-not-a-table", add('functions = "train"'), "functions",
         '"train" is a string, not a table'),
    # Tolerances.
    case("rtol-negative", add("rtol = -1e-10"), "rtol",
         "-1e-10 is not a tolerance: a finite number, 0 or more"),
    case("rtol-a-string", add('rtol = "1e-10"'), "rtol",
         '"1e-10" is a string: write the number without quotes'),
    case("atol-nan", add("atol = nan"), "atol", "nan is not a tolerance"),
    case("tolerance-unknown-quantity", add("tolerance = {W3 = {rtol = 1e-8}}"), "tolerance.W3",
         "not a compared quantity (one of W1, b1, W2, b2, output, loss)"),
    case("tolerance-output-without-output",
         lambda t: add("tolerance = {output = {rtol = 1e-8}}")(
             set_("input", None)(set_("output", None)(t))), "tolerance.output",
         "not a compared quantity (one of W1, b1, W2, b2, loss)"),
    case("tolerance-unknown-key", add("tolerance = {loss = {rtl = 1e-8}}"),
         "tolerance.loss.rtl", "unknown key (did you mean 'rtol'?)"),
    case("tolerance-not-a-table", add("tolerance = {loss = 1e-8}"), "tolerance.loss",
         "1e-08 is a float, not a table"),
    # sizes, defaults, draw.
    case("sizes-letter-in-no-shape", set_("sizes", "{n = 29, f = 3, h = 5, k = 2}"), "sizes.k",
         "not a size of any shape (f, h, n)"),
    case("sizes-zero", set_("sizes", "{n = 0, f = 3, h = 5}"), "sizes.n",
         "0 is not a positive integer"),
    case("sizes-a-string", set_("sizes", '{n = "29", f = 3, h = 5}'), "sizes.n",
         '"29" is not a positive integer'),
    case("sizes-a-float", set_("sizes", "{n = 29, f = 3.5, h = 5}"), "sizes.f",
         "3.5 is not a positive integer"),
    case("defaults-unknown-hyper", set_("defaults", "{lr = 0.1, epochs = 100, momentum = 0.9}"),
         "defaults.momentum", "not a hyperparameter (lr, epochs)"),
    case("defaults-epochs-not-whole", set_("defaults", "{lr = 0.1, epochs = 1.5}"),
         "defaults.epochs", '1.5 is not a whole number, 0 or more (epochs is a "count")'),
    case("defaults-rate-zero", set_("defaults", "{lr = 0, epochs = 100}"), "defaults.lr",
         '0 is not a positive number (lr is a "rate")'),
    case("defaults-rate-a-string", set_("defaults", '{lr = "0.1", epochs = 100}'), "defaults.lr",
         '"0.1" is not a positive number'),
    case("draw-unknown-distribution", set_("draw", '{X = "gaussian(0, 1)"}'), "draw.X",
         '"gaussian(0, 1)" is not a distribution (known: uniform(a, b), normal(mean, sd)'),
    case("draw-misspelt-distribution", set_("draw", '{X = "norm(0, 1)"}'), "draw.X",
         "(did you mean 'normal'?)"),
    case("draw-wrong-number-of-parameters", set_("draw", '{X = "normal(0)"}'), "draw.X",
         '"normal(0)": normal takes 2 parameters, not 1: normal(mean, sd)'),
    case("draw-parameters-not-numbers", set_("draw", '{X = "uniform(a, b)"}'), "draw.X",
         "parameters must be numbers"),
    case("draw-negative-sd", set_("draw", '{X = "normal(0, -1)"}'), "draw.X",
         "normal needs sd >= 0"),
    case("draw-p-above-one", set_("draw", '{y = "bernoulli(1.5)"}'), "draw.y",
         "bernoulli needs 0 <= p <= 1"),
    case("draw-unknown-name", set_("draw", '{Z = "zeros"}'), "draw.Z",
         "not a name in data or params"),
    # names, and the rest.
    case("names-undeclared", add('names = {W3 = "w3"}'), "names.W3",
         "not a declared name (X, y, W1, b1, W2, b2, lr, epochs)"),
    case("names-miscased", add('names = {w1 = "weights1"}'), "names.w1",
         "not a declared name (X, y, W1, b1, W2, b2, lr, epochs) (did you mean 'W1'?)"),
    case("names-not-a-variable-name", add('names = {W1 = "w 1"}'), "names.W1",
         '"w 1" is not a variable name'),
    case("names-collide", add('names = {W1 = "W2"}'), "names.W1",
         "the R port would take 'W2' twice (as W1 and W2)"),
    case("description-not-a-string", set_("description", "3"), "description",
         "3 is an integer, not a string"),
    case("intermediates-not-a-list", add('intermediates = "A1"'), "intermediates",
         "must be a list of names"),
    case("article-unknown-hyper", add("article = {learning_rate = [0.1]}"),
         "article.learning_rate", "not a hyperparameter (lr, epochs)"),
    # nnparity.toml: the same keys at the top level, no table named there.
    case("nnparity-toml-unknown-top-level-key", whole("netwerks = 1\n" + NNPARITY_TOML),
         "netwerks", "unknown key (did you mean 'networks'?)", table=None,
         config="nnparity.toml"),
    case("nnparity-toml-with-tool-nnparity", whole(BASE), "tool",
         "nnparity.toml has the keys of [tool.nnparity] at its top level", table=None,
         config="nnparity.toml"),
    case("nnparity-toml-network-key", whole(NNPARITY_TOML.replace("hyper = ", "hypers = ")),
         "hypers", "unknown key (did you mean 'hyper'?)", table="networks.tiny_mlp",
         config="nnparity.toml"),
]


def make_project(folder, edit=None, files=None, config="pyproject.toml"):
    """Write the tiny_mlp project into `folder`, its declaration edited; return its path."""
    for name in ("tiny_mlp.py", "tiny_mlp.R"):
        shutil.copy(TEMPLATE / name, folder / name)
    for name, text in (files or {}).items():
        (folder / name).write_text(text)
    path = folder / config
    if isinstance(edit, bytes):
        path.write_bytes(edit)
    else:
        path.write_text(edit(BASE) if edit else BASE)
    return path.resolve()


def expected_prefix(path, table, key):
    where = "".join(f"{w}: " for w in (table and f"[{table}]", key) if w)
    return f"{path}: {where}"


def error_of(path):
    with pytest.raises(DeclarationError) as e:
        declaration.read(path)
    return e.value


def assert_one_line(e, path, table, key, words):
    message = str(e)
    assert "\n" not in message and "\r" not in message, message
    assert message.startswith(expected_prefix(path, table, key)), message
    assert (e.path, e.table, e.key) == (path, table, key)
    for w in words:
        assert w in message, f"{w!r} not in {message!r}"
    assert "Traceback" not in message and "TOMLDecodeError" not in message


def test_the_base_project_and_the_template_read(tmp_path):
    net = declaration.read(make_project(tmp_path)).networks["tiny_mlp"]
    assert net.contract() == ["X", "y", "W1", "b1", "W2", "b2", "lr", "epochs"]
    assert (net.data["X"], net.params["b1"], net.output) == (("n", "f"), (1, "h"), ("n", 1))
    assert net.files == {"python": tmp_path.resolve() / "tiny_mlp.py",
                         "r": (tmp_path.resolve() / "tiny_mlp.R",)}
    assert net.draw["X"] == ("normal", (0.0, 1.0))
    template = declaration.read(TEMPLATE / "pyproject.toml").networks["tiny_mlp"]
    assert template.contract() == net.contract()


def test_the_bundled_declaration_and_the_examples_read():
    assert list(declaration.bundled().networks) == ["av_mlp", "av_nobias", "udacity_linear",
                                                    "zhou_sgd"]
    for example in sorted((paths.ROOT / "examples").glob("*/pyproject.toml")):
        project = declaration.read(example)
        assert project.networks, example


@pytest.mark.parametrize("c", CASES)
def test_a_bad_declaration_is_one_line_naming_file_table_and_key(tmp_path, c):
    path = make_project(tmp_path, c.edit, c.files, c.config)
    assert_one_line(error_of(path), path, c.table, c.key, c.words)


def test_the_error_crosses_from_a_worker_process_intact(tmp_path):
    e = error_of(make_project(tmp_path, set_("reference", '"numpy"')))
    again = pickle.loads(pickle.dumps(e))
    assert (str(again), again.path, again.table, again.key) == (str(e), e.path, e.table, e.key)


def test_enough_kinds_are_covered():
    assert len(CASES) >= 25
    assert len({p.values[0].id for p in CASES}) == len(CASES)


def test_invalid_toml_says_line_and_column_not_tomllib(tmp_path):
    text = BASE.replace('epochs = "epochs"', 'epochs = "epochs')
    path = make_project(tmp_path, whole(text))
    line = text.splitlines().index('epochs = "epochs') + 1
    e = error_of(path)
    assert_one_line(e, path, None, e.key, ["not valid TOML: "])
    assert re.fullmatch(rf"line {line}, column \d+", e.key), str(e)


def test_the_error_comes_through_project_and_registry_from_a_subfolder(tmp_path):
    path = make_project(tmp_path, set_("reference", '"numpy"'))
    (tmp_path / "src").mkdir()
    for look_up in (declaration.project, declaration.registry):
        with pytest.raises(DeclarationError) as e:
            look_up(tmp_path / "src")
        assert str(e.value).startswith(f"{path}: [{TABLE}]: reference: ")


# The Python side's train(): its arguments are the declared names.

def python_net(folder, signature, config_edit=None):
    path = make_project(folder, config_edit)
    py = folder / "tiny_mlp.py"
    py.write_text(py.read_text().replace(PY_TRAIN, signature))
    return declaration.read(path).networks["tiny_mlp"], path


@pytest.mark.parametrize("signature, words", [
    ("def train(X, y, W1, b1, W2, lr, epochs):", [("train(X, y, W1, b1, W2, lr, epochs) does "
                                                   "not take the declared arguments: missing b2 "
                                                   "(params)")]),
    ("def train(X, y, W1, b1, W2, b2, bias, lr, epochs):", ["bias is not declared"]),
    ("def train(X, y, W1, b1, W2, b2, lr, epochs, /):", ["takes X by position only"]),
    ("def fit(X, y, W1, b1, W2, b2, lr, epochs):", ["tiny_mlp.py defines no function train()"]),
], ids=["missing", "extra", "positional-only", "no-train"])
def test_the_python_train_takes_the_declared_names(tmp_path, signature, words):
    net, path = python_net(tmp_path, signature)
    for use in (lambda: net.train, net.check_python_arguments):
        with pytest.raises(DeclarationError) as e:
            use()
        assert_one_line(e.value, path, TABLE, "python", ["tiny_mlp.py"] + words)


@pytest.mark.parametrize("signature", [
    "def train(X, y, W1, b1, W2, b2, lr, epochs, verbose=False):",
    "def train(X, y, W1, b1, W2, b2, lr, **rest):",
])
def test_a_harmless_python_signature_passes(tmp_path, signature):
    net, _ = python_net(tmp_path, signature)
    net.check_python_arguments()
    assert net.train.__code__.co_filename == str(tmp_path.resolve() / "tiny_mlp.py")


def test_the_python_port_takes_its_own_names(tmp_path):
    """With reference = "r", `names` renames the Python port's arguments; train() is called
    under the declared names all the same, and answers under them."""
    edit = lambda t: add('names = {lr = "eta"}')(set_("reference", '"r"')(t))
    net, path = python_net(tmp_path, PY_TRAIN, edit)
    with pytest.raises(DeclarationError) as e:
        net.check_python_arguments()
    assert_one_line(e.value, path, TABLE, "python", ["missing eta (hyper); lr is not declared"])
    (tmp_path / "eta").mkdir()
    net, _ = python_net(tmp_path / "eta", "def train(X, y, W1, b1, W2, b2, eta, epochs):", edit)
    py = tmp_path / "eta" / "tiny_mlp.py"
    py.write_text(py.read_text().replace("lr * ", "eta * "))
    rng = np.random.default_rng(0)
    args = {"X": rng.normal(size=(4, 3)), "y": rng.normal(size=(4, 1)),
            "W1": rng.normal(size=(3, 2)), "b1": np.zeros((1, 2)),
            "W2": rng.normal(size=(2, 1)), "b2": np.zeros((1, 1)), "lr": 0.1, "epochs": 2}
    out = net.train(**args)
    assert set(out) == {"W1", "b1", "W2", "b2", "loss"}


def test_adapt_calls_the_port_under_its_names_and_answers_under_the_declared_ones(tmp_path):
    path = make_project(tmp_path, lambda t: add('names = {W1 = "V1"}')(
        set_("reference", '"r"')(t)))
    net = declaration.read(path).networks["tiny_mlp"]
    assert (net.renamed("python"), net.renamed("r")) == ({"W1": "V1"}, {})
    assert net.side_contract("python")[:3] == ["X", "y", "V1"]

    def port(X, V1, b1=0):
        return {"V1": V1 + b1, "X": X}
    assert net.adapt("r", port) is port
    assert net.adapt("python", port)(1, W1=2, b1=3) == {"W1": 5, "X": 1}  # positional: X


def test_a_python_file_that_raises_on_import_is_one_line(tmp_path):
    path = make_project(tmp_path, files={"tiny_mlp.py": "raise RuntimeError('no\\nway')\n"})
    net = declaration.read(path).networks["tiny_mlp"]
    with pytest.raises(DeclarationError) as e:
        _ = net.train
    assert_one_line(e.value, path, TABLE, "python", ["cannot load: RuntimeError: no"])


def test_a_module_that_cannot_be_imported_names_the_file_it_may_mean(tmp_path):
    path = make_project(tmp_path, set_("python", '"tiny_mlp"'))
    net = declaration.read(path).networks["tiny_mlp"]
    assert net.files["python"] == "tiny_mlp"
    with pytest.raises(DeclarationError) as e:
        _ = net.train
    assert_one_line(e.value, path, TABLE, "python",
                    ["cannot import tiny_mlp: No module named 'tiny_mlp'",
                     '(for the file, write python = "tiny_mlp.py")'])


# The R side's train().

def r_net(folder, header, config_edit=None):
    path = make_project(folder, config_edit)
    r = folder / "tiny_mlp.R"
    r.write_text(r.read_text().replace(R_TRAIN, header))
    return declaration.read(path).networks["tiny_mlp"], path


@pytest.mark.parametrize("header, words", [
    ("train <- function(X, y, W1, b1, W2, lr, epochs, bias) {",
     [("tiny_mlp.R: train(X, y, W1, b1, W2, lr, epochs, bias) does not take the declared "
       "arguments: missing b2 (params); bias is not declared")]),
    ("train <- function(X, y, W1, b1, W2, b2, eta, epochs) {",
     ["missing lr (hyper); eta is not declared"]),
    ("fit <- function(X, y, W1, b1, W2, b2, lr, epochs) {",
     ["tiny_mlp.R defines no function train()"]),
], ids=["missing-and-extra", "renamed", "no-train"])
def test_the_r_train_takes_the_declared_names(tmp_path, r_session, header, words):
    net, path = r_net(tmp_path, header)
    with pytest.raises(DeclarationError) as e:
        declaration.check_r_arguments(net, r_session)
    assert_one_line(e.value, path, TABLE, "r", words)


@pytest.mark.parametrize("header", [
    R_TRAIN,
    "train <- function(X, y, W1, b1, W2, b2, lr, epochs, verbose = FALSE) {",
    "train <- function(X, y, ...) {",
])
def test_a_harmless_r_signature_passes(tmp_path, r_session, header):
    net, _ = r_net(tmp_path, header)
    declaration.check_r_arguments(net, r_session)


def test_the_r_port_takes_its_own_names(tmp_path, r_session):
    edit = add('names = {lr = "eta"}')
    net, path = r_net(tmp_path, R_TRAIN, edit)
    with pytest.raises(DeclarationError) as e:
        declaration.check_r_arguments(net, r_session)
    assert_one_line(e.value, path, TABLE, "r", ["missing eta (hyper); lr is not declared"])
    (tmp_path / "eta").mkdir()
    net, _ = r_net(tmp_path / "eta", R_TRAIN.replace("lr,", "eta,"), edit)
    declaration.check_r_arguments(net, r_session)


# The command line: the same one line on stderr, nothing else, exit 2, no file touched.

def _nnparity():
    script = Path(sys.executable).parent / "nnparity"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "nnparity.cli"]


def _snapshot(folder):
    return {p.relative_to(folder): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("edit", [
    whole(BASE.replace('epochs = "epochs"', 'epochs = "epochs')),
    lambda t: t.replace("params = {", "parms = {"),
    set_("python", '"src/tiny_mlp.py"'),
    set_("draw", '{X = "normal(0)"}'),
    set_("data", '{X = ["n", "f", "t"], y = ["n", 1]}'),
], ids=["invalid-toml", "misspelt-key", "python-file-missing", "draw-parameters",
        "three-dimensions"])
def test_nnparity_check_prints_the_one_line_and_exits_2(tmp_path, edit):
    path = make_project(tmp_path, edit)
    message = str(error_of(path))
    before = _snapshot(tmp_path)
    run = subprocess.run(_nnparity() + ["check"], cwd=tmp_path, capture_output=True, text=True,
                         timeout=120, check=False)
    assert (run.returncode, run.stdout, run.stderr) == (2, "", f"nnparity: {message}\n")
    assert _snapshot(tmp_path) == before
