"""nnparity: prove that Python (numpy) and R ports of a neural network agree."""

import os

# Pin BLAS to one thread before numpy or R load it: a threaded BLAS may split a sum
# differently from run to run and change the last bits, and two runs must match exactly.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

__version__ = "0.1.0"
