"""The one comparison rule, element-wise, used for every quantity everywhere.

Two arrays agree when they have the same shape and every pair of elements (a, b) agrees:
  - both NaN, or both +Inf, or both -Inf: agree;
  - NaN or Inf on one side only, or infinities of opposite sign: differ;
  - finite: |a - b| <= atol + rtol * max(|a|, |b|).
The rule is symmetric, so swapping the two sides never changes a verdict.

The default tolerance sits between what honest float64 ports of the articles' networks
differ by (<= 1e-14 relative after 5000 epochs, measured) and what a single-precision port
differs by (about 1e-8): both are several orders of magnitude from it.
"""

from dataclasses import dataclass

import numpy as np

RTOL = 1e-10
ATOL = 1e-12


@dataclass(frozen=True)
class Difference:
    """How two arrays of one quantity compare under the rule."""
    quantity: str
    shape_a: tuple
    shape_b: tuple
    n_differ: int            # elements outside the tolerance (all of them on a shape mismatch)
    n_total: int
    worst_index: tuple | None  # index of the element with the largest relative difference
    worst_a: float | None
    worst_b: float | None
    worst_abs: float         # largest |a - b| (inf when NaN/Inf differ)
    worst_rel: float         # largest |a - b| / max(|a|, |b|), 0 where both are 0
    first_index: tuple | None  # first differing element in C order (for a loss: the epoch - 1)

    @property
    def agree(self):
        return self.n_differ == 0

    @property
    def shape_mismatch(self):
        return self.shape_a != self.shape_b


def element_differences(a, b, rtol=RTOL, atol=ATOL):
    """Return (differs, abs_diff, rel_diff) arrays for same-shaped a and b, under the rule."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    finite = np.isfinite(a) & np.isfinite(b)
    same_special = (np.isnan(a) & np.isnan(b)) | (np.isinf(a) & (a == b))
    with np.errstate(invalid="ignore", over="ignore"):
        abs_diff = np.where(finite, np.abs(a - b), np.where(same_special, 0.0, np.inf))
        scale = np.where(finite, np.maximum(np.abs(a), np.abs(b)), 0.0)
    rel_diff = np.divide(abs_diff, scale, out=abs_diff.copy(), where=scale > 0)
    differs = np.where(finite, abs_diff > atol + rtol * scale, ~same_special)
    return differs, abs_diff, rel_diff


def compare(quantity, a, b, rtol=RTOL, atol=ATOL):
    """Return the Difference between arrays a and b of `quantity`: shape first, then values."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        return Difference(quantity, a.shape, b.shape, max(a.size, b.size), max(a.size, b.size),
                          None, None, None, np.inf, np.inf, None)
    if a.size == 0:
        return Difference(quantity, a.shape, b.shape, 0, 0, None, None, None, 0.0, 0.0, None)
    differs, abs_diff, rel_diff = element_differences(a, b, rtol, atol)
    worst = np.unravel_index(int(np.argmax(rel_diff)), a.shape)
    first = np.unravel_index(int(np.argmax(differs)), a.shape) if differs.any() else None
    return Difference(quantity, a.shape, b.shape, int(differs.sum()), a.size,
                      tuple(int(i) for i in worst), float(a[worst]), float(b[worst]),
                      float(abs_diff.max()), float(rel_diff.max()),
                      None if first is None else tuple(int(i) for i in first))


def agrees(a, b, rtol=RTOL, atol=ATOL):
    """Return whether arrays a and b agree under the rule: compare(...).agree, at a fraction
    of its cost where both are finite (the alignment asks it of thousands of pairs)."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        return False
    if not (np.isfinite(a).all() and np.isfinite(b).all()):
        return compare("", a, b, rtol, atol).agree
    return bool((np.abs(a - b) <= atol + rtol * np.maximum(np.abs(a), np.abs(b))).all())
