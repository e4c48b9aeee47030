import pytest

from nnparity import fixtures, paths, ports

BUNDLED = [fixtures.load(p) for p in fixtures.discover([paths.FIXTURES])]


def bundled(network):
    """Return pytest params for the bundled fixtures of `network`, with ids like 'article-5000'."""
    return [pytest.param(f, id=f.name) for f in BUNDLED if f.network == network]


# r_session, nnparity_fixture and assert_parity come from nnparity's pytest plugin
# (python/nnparity/pytest_plugin.py, registered through the pytest11 entry point).


@pytest.fixture(scope="module")
def load(r_session):
    """Return a function giving a port's (py_train, r_train), each port loaded once
    (tests of many ports on many fixtures)."""
    loaded = {}

    def get(path):
        if path not in loaded:
            loaded[path] = ports.load(path, r_session)
        return loaded[path]
    return get


def assert_agree(quantity, a, b):
    """Assert a and b agree under nnparity's one comparison rule (compare.py)."""
    from nnparity import compare, report
    d = compare.compare(quantity, a, b)
    assert d.agree, report.describe(d)


# The longest single tests (measured with --durations), started first so that parallel
# workers (pytest -n) finish together instead of one waiting out a long test begun last.
LONGEST = ("test_r_cmd_build_and_check_are_clean", "test_testthat_suite_passes_without_python",
           "test_two_json_runs_are_identical", "test_jobs_give_the_same_json_as_one_process")


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: item.originalname not in LONGEST)  # stable: the rest keep order


def _fixture_hashes():
    import hashlib
    return {p: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(paths.FIXTURES.rglob("*")) if p.is_file() and "__pycache__" not in p.parts}


def pytest_sessionstart(session):
    session.config._nnparity_fixture_hashes = _fixture_hashes()


def pytest_sessionfinish(session, exitstatus):
    """No run writes into fixtures/: the suite fails if any file there changed."""
    before = getattr(session.config, "_nnparity_fixture_hashes", None)
    if before is None or hasattr(session.config, "workerinput"):
        return  # an xdist worker; the controller checks
    after = _fixture_hashes()
    changed = sorted(str(p) for p in set(before) | set(after) if before.get(p) != after.get(p))
    if changed:
        session.config.get_terminal_writer().line(
            f"FAILED: the test run changed fixtures/: {', '.join(changed)}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
