"""nnparity's pytest plugin: options, fixtures and hooks only; the logic lives elsewhere.

    pytest                                in a project that declares networks ([tool.nnparity]
                                          in pyproject.toml, or nnparity.toml): every fixture
                                          under its fixture folders is a test, no test code
    pytest --nnparity-port my_port.R      check a port on every fixture of its network

Fixtures for your own tests: `r_session` (the embedded R), `nnparity_fixture` (load a fixture
file), `assert_parity` (check a fixture, Python against R or a port, and fail with a report).
Parity needs R: without it, tests that use R fail, and skip only with --nnparity-allow-no-r,
in which case the summary says in plain words that no parity was checked.
"""

from pathlib import Path

import pytest

from . import (checking, declaration, explain, fixtures, html, isolation, paths, ports, report,
               runners)

_no_r = []  # why R was unavailable, once known
_workers = {}  # port -> isolation.Worker
_explained = []  # (Explanation, port) for --nnparity-html, in the order the tests ran


def pytest_addoption(parser):
    group = parser.getgroup("nnparity", "nnparity: Python/R parity of neural network ports")
    group.addoption("--nnparity-port", metavar="FILE",
                    help="check this port (.R or .py defining train()) on every bundled "
                         "fixture of its network")
    group.addoption("--nnparity-network", metavar="NAME",
                    help="the port's network (default: the one whose arguments train() takes)")
    group.addoption("--nnparity-timeout", type=float, metavar="SECONDS",
                    help="stop the port after this long on one fixture, a fixed limit "
                         "(default: a limit from the other language's time on the fixture)")
    group.addoption("--nnparity-html", metavar="DIR",
                    help="also write the run's HTML site into DIR (nnparity check --html); "
                         "under pytest-xdist, one site per worker, in DIR/WORKER")
    group.addoption("--nnparity-allow-no-r", action="store_true",
                    help="skip, instead of fail, tests that need R when R cannot be used")


@pytest.fixture(scope="session")
def r_session(request):
    """The process's embedded R. Without R a test fails, or skips with --nnparity-allow-no-r."""
    try:
        return runners.RSession.get()
    except runners.RUnavailable as e:
        _no_r.append(str(e))
        if request.config.getoption("nnparity_allow_no_r"):
            pytest.skip(f"R is unavailable: {e}")
        pytest.fail(f"R is unavailable, so no parity can be checked: {e}\n"
                    "Run ./run test to set up, or pass --nnparity-allow-no-r to skip.",
                    pytrace=False)


@pytest.fixture(scope="session")
def nnparity_fixture():
    """Return a function that loads a fixture file (a path, or NETWORK/NAME of a bundled one)."""
    def load(path):
        path = str(path)
        bundled = paths.FIXTURES / f"{path}.json"
        return fixtures.load(bundled if "/" in path and bundled.exists() else path)
    return load


@pytest.fixture
def assert_parity(r_session):
    """Return a function that checks a fixture and fails with a per-quantity report."""
    def check(fixture, py_train=None, r_train=None, port=None, rtol=None, atol=None):
        options = {k: v for k, v in (("rtol", rtol), ("atol", atol)) if v is not None}
        result = checking.check(fixture, py_train, r_train, session=r_session, port=port,
                                **options)
        if not result.passed:
            ported = "Python" if py_train is not None else "R"
            pytest.fail(report.failure(result, port, ported), pytrace=False)
        return result
    return check


def pytest_collection_modifyitems(session, config, items):
    port = config.getoption("nnparity_port")
    if not port:
        return
    try:
        network = config.getoption("nnparity_network") or ports.infer_network(port)
    except (ports.PortError, runners.RUnavailable) as e:
        raise pytest.UsageError(str(e)) from None
    net = declaration.registry().get(network)
    if net is None:
        raise pytest.UsageError(f"--nnparity-network {network}: no such network")
    for path in fixtures.discover([net.fixtures]):
        items.append(PortItem.from_parent(session, name=f"port[{network}/{path.stem}]",
                                          port=port, path_=path))


class PortItem(pytest.Item):
    """One bundled fixture, checked against the port given with --nnparity-port."""

    def __init__(self, *, port, path_, **kwargs):
        super().__init__(**kwargs)
        self.port, self.fixture_path = port, path_

    def runtest(self):
        try:
            runners.RSession.get()
        except runners.RUnavailable as e:
            _no_r.append(str(e))
            if self.config.getoption("nnparity_allow_no_r"):
                pytest.skip(f"R is unavailable: {e}")
            raise PortFailure(f"R is unavailable, so no parity can be checked: {e}") from None
        # The port runs in a worker process, so that quit(), a crash or a hang in it cannot
        # take pytest down; one worker serves every fixture, and is replaced when it dies.
        worker = _workers.get(self.port)
        if worker is None:
            worker = _workers[self.port] = isolation.Worker(
                self.port, timeout=self.config.getoption("nnparity_timeout"),
                limit_name="--nnparity-timeout")
        kind = "explain" if self.config.getoption("nnparity_html") else "check"
        result = worker.run(fixtures.load(self.fixture_path), kind)
        if kind == "explain":
            _explained.append((result, self.port))
            result = result.result
        if not result.passed:
            raise PortFailure(report.failure(result, self.port, ports.language(self.port)))

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, (PortFailure, ports.PortError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.fixture_path, None, self.name


class PortFailure(Exception):
    """A port that does not match; str() is the report."""


def _project(config):
    """Return the declaration.Project of the folder pytest runs in (its rootdir), or None;
    a bad declaration stops the run with its one-line message."""
    if not hasattr(config, "_nnparity_project"):
        try:
            config._nnparity_project = declaration.project(config.rootpath)
        except declaration.DeclarationError as e:
            raise pytest.UsageError(str(e)) from None
    return config._nnparity_project


def pytest_collect_file(file_path, parent):
    """Collect every fixture under the project's fixture folders as one test: pytest's way
    to collect tests that are not Python (a project declares its fixture folders in
    [tool.nnparity]; nnparity's own checkout declares none)."""
    if file_path.suffix != ".json" or file_path.name == paths.SCHEMA.name:
        return None
    project = _project(parent.config)
    if project is None or not any(file_path.resolve().is_relative_to(folder)
                                  for folder in project.fixtures):
        return None
    return FixtureFile.from_parent(parent, path=file_path)


class FixtureFile(pytest.File):
    """A fixture file of the project: one test, NETWORK[NAME]."""

    def collect(self):
        try:
            f = fixtures.load(self.path)
            name = f.id
        except fixtures.FixtureError as e:
            f, name = e, self.path.stem  # reported when the test runs, not at collection
        yield FixtureItem.from_parent(self, name=name, loaded=f)


class FixtureItem(pytest.Item):
    """One fixture of the project, both declared sides run and compared."""

    def __init__(self, *, loaded, **kwargs):
        super().__init__(**kwargs)
        self.loaded = loaded

    def runtest(self):
        if isinstance(self.loaded, Exception):
            raise PortFailure(str(self.loaded))
        try:
            session = runners.RSession.get()
        except runners.RUnavailable as e:
            _no_r.append(str(e))
            if self.config.getoption("nnparity_allow_no_r"):
                pytest.skip(f"R is unavailable: {e}")
            raise PortFailure(f"R is unavailable, so no parity can be checked: {e}\n"
                              "Install R and rpy2, or pass --nnparity-allow-no-r to skip.") from None
        if self.config.getoption("nnparity_html"):
            x = explain.explain(self.loaded, session=session)
            _explained.append((x, None))
            result = x.result
        else:
            result = checking.check(self.loaded, session=session)
        if not result.passed:
            ported = "Python" if self.loaded.net.reference == "r" else "R"
            raise PortFailure(report.failure(result, None, ported))

    def repr_failure(self, excinfo):
        if isinstance(excinfo.value, PortFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, self.name


def pytest_sessionfinish(session):
    for worker in _workers.values():
        worker.close()
    _workers.clear()
    directory = session.config.getoption("nnparity_html")
    if directory and _explained:
        worker = getattr(session.config, "workerinput", {}).get("workerid")
        directory = Path(directory) / worker if worker else Path(directory)
        env = report.environment(runners.RSession.get())
        port = next((p for _, p in _explained if p), None)
        html.write_site(directory, [x for x, _ in _explained], env, port=port)
        _explained.clear()


def pytest_terminal_summary(terminalreporter):
    if _no_r:
        terminalreporter.section("nnparity", sep="!", red=True, bold=True)
        terminalreporter.line(f"NO PARITY WAS CHECKED: R is unavailable ({_no_r[0]}). "
                              "Every test that needs R was skipped or failed.", red=True)
