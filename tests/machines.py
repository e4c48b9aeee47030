"""Other CPUs, simulated on this one: numpy computing as it would on an older x86-64.

The last bits of a run depend on two choices made by CPU: the kernels numpy's OpenBLAS picks
(OPENBLAS_CORETYPE forces one) and the SIMD extensions numpy's own loops use (exp, tanh, sums;
NPY_DISABLE_CPU_FEATURES turns them off). Forcing both to an older CPU's gives the bits that
CPU would give; only kernels this CPU can execute are forced.
"""

import os
try:
    from numpy._core import _multiarray_umath as _umath
except ImportError:  # numpy 1.x
    from numpy.core import _multiarray_umath as _umath


def _cpu_flags():
    try:
        with open("/proc/cpuinfo") as f:
            return next((line.split(":", 1)[1].split() for line in f
                         if line.startswith("flags")), [])
    except OSError:
        return []


def _enabled(keep):
    """Return the dispatched SIMD extensions this CPU has that `keep` rejects."""
    features, baseline = _umath.__cpu_features__, set(_umath.__cpu_baseline__)
    return [f for f in _umath.__cpu_dispatch__
            if features.get(f) and f not in baseline and not keep(f)]


def profiles():
    """Return name -> environment of the older CPUs this one can stand in for."""
    out = {"sse": {"OPENBLAS_CORETYPE": "Prescott",
                   "NPY_DISABLE_CPU_FEATURES": " ".join(_enabled(lambda f: False))}}
    if {"avx2", "fma"} <= set(_cpu_flags()):
        out["avx2"] = {"OPENBLAS_CORETYPE": "Haswell",
                       "NPY_DISABLE_CPU_FEATURES": " ".join(_enabled(
                           lambda f: not (f.startswith("AVX512") or f == "X86_V4")))}
    return out


def environment(profile):
    """Return os.environ as a child process must see it to compute as `profile`'s CPU."""
    return {**os.environ, **profiles()[profile], "PYTHONWARNINGS": "ignore"}

