import pytest

from nnparity import fixtures, paths, runners

BUNDLED = [fixtures.load(p) for p in fixtures.discover([paths.FIXTURES])]


def bundled(network):
    """Return pytest params for the bundled fixtures of `network`, with ids like 'article-5000'."""
    return [pytest.param(f, id=f.name) for f in BUNDLED if f.network == network]


@pytest.fixture(scope="session")
def r_session():
    """The process's embedded R; a parity test fails, never skips, when R cannot be used."""
    try:
        return runners.RSession.get()
    except runners.RUnavailable as e:
        pytest.fail(f"R is unavailable, so no parity can be checked: {e}", pytrace=False)


def assert_agree(quantity, a, b):
    """Assert a and b agree under nnparity's one comparison rule (compare.py)."""
    from nnparity import compare, report
    d = compare.compare(quantity, a, b)
    assert d.agree, report.describe(d)
