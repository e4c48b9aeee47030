import pytest

from nnparity import fixtures, paths

BUNDLED = [fixtures.load(p) for p in fixtures.discover([paths.FIXTURES])]


def bundled(network):
    """Return pytest params for the bundled fixtures of `network`, with ids like 'article-5000'."""
    return [pytest.param(f, id=f.name) for f in BUNDLED if f.network == network]


# r_session, nnparity_fixture and assert_parity come from nnparity's pytest plugin
# (python/nnparity/pytest_plugin.py, registered through the pytest11 entry point).


def assert_agree(quantity, a, b):
    """Assert a and b agree under nnparity's one comparison rule (compare.py)."""
    from nnparity import compare, report
    d = compare.compare(quantity, a, b)
    assert d.agree, report.describe(d)
