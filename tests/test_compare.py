"""The one comparison rule: shape first, then element-wise values; NaN and Inf explicit."""

import numpy as np
import pytest

import itertools

from nnparity.compare import ATOL, RTOL, agrees, compare

nan, inf = np.nan, np.inf


@pytest.mark.parametrize("a, b, agree", [
    ([1.0, 2.0], [1.0, 2.0], True),
    ([nan], [nan], True),                        # NaN where the other side has NaN: agree
    ([inf, -inf], [inf, -inf], True),
    ([1.0, nan], [1.0, 1.0], False),             # NaN on one side only: differ
    ([nan, 1.0], [1.0, 1.0], False),
    ([inf], [-inf], False),
    ([inf], [1e308], False),
    ([0.0], [ATOL / 2], True),                   # within the absolute tolerance near 0
    ([0.0], [ATOL * 2], False),
    ([1.0], [1.0 + RTOL / 2], True),             # within the relative tolerance
    ([1.0], [1.0 + RTOL * 3], False),
    ([1e6], [1e6 * (1 + RTOL / 2)], True),       # relative scales with the magnitude
    ([1.0], [1.0 + 1e-8], False),                # single-precision-sized differences
])
def test_rule(a, b, agree):
    assert compare("x", a, b).agree is agree
    assert compare("x", b, a).agree is agree     # the rule is symmetric


def test_one_bad_element_among_many_is_not_averaged_away():
    a = np.ones(10_000)
    b = a.copy()
    b[1234] = 10.0
    d = compare("x", a, b)
    assert (d.n_differ, d.worst_index, d.worst_a, d.worst_b) == (1, (1234,), 1.0, 10.0)
    assert d.first_index == (1234,)


def test_a_nan_is_the_worst_element_not_dropped_by_max():
    d = compare("x", [[1.0, 2.0]], [[1.0 + 1e-3, nan]])
    assert d.worst_index == (0, 1) and np.isnan(d.worst_b) and d.worst_rel == inf


def test_shape_is_compared_first():
    d = compare("bh", np.zeros((1, 3)), np.zeros((3, 3)))
    assert not d.agree and d.shape_mismatch and d.worst_index is None
    assert not compare("y", np.zeros((3, 1)), np.zeros(3)).agree  # a column is not a vector


def test_empty_arrays_agree():
    d = compare("loss", np.empty(0), np.empty(0))
    assert d.agree and d.n_total == 0


def test_the_quick_verdict_is_the_rules_own():
    # agrees() answers the alignment's many questions without compare()'s Difference; it
    # must give the rule's verdict on every pair, the specials (an infinity's distance to a
    # number is inf, "within" inf) and the tolerances' edges included.
    values = [0.0, -0.0, 1.0, 1.0 + RTOL / 2, 1.0 + RTOL * 3, ATOL / 2, ATOL * 2, 1e308,
              nan, inf, -inf]
    for x, y in itertools.product(values, values):
        a, b = np.array([[x, 2.0]]), np.array([[y, 2.0]])
        assert agrees(a, b) is compare("x", a, b).agree, (x, y)
    assert not agrees(np.zeros((1, 3)), np.zeros((3, 1)))  # shape first

