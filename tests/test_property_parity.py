"""Property-based parity: Hypothesis draws fixtures for every network (layer sizes from 1
up, sample counts including 1, learning rates, epochs including 0, seeds), and the bundled
Python and R implementations must agree on every one.

Profiles: "ci" (the default, 300 examples per network) and "long" (1000 per network):
    NNPARITY_HYPOTHESIS_PROFILE=long ./run test tests/test_property_parity.py
"""

import os
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nnparity import checking, fixtures, report
from nnparity.declaration import NETWORKS

settings.register_profile("ci", max_examples=300, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("NNPARITY_HYPOTHESIS_PROFILE", "ci"))

SIZES = {"n": (1, 9), "f": (1, 6), "h": (1, 8), "o": (1, 3)}


@st.composite
def drawn_fixtures(draw, network):
    """Return a Fixture of `network` with sizes, data, weights and hyperparameters drawn."""
    net = NETWORKS[network]
    dims = {k: draw(st.integers(*bounds), label=k) for k, bounds in SIZES.items()}
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1), label="seed"))

    def array(spec):
        return rng.normal(size=tuple(d if isinstance(d, int) else dims[d] for d in spec))
    data = {k: array(spec) for k, spec in net.DATA.items()}
    init = {k: array(spec) for k, spec in net.PARAMS.items()}
    hyper = {k: draw(st.floats(1e-3, 1.0), label=k) if kind == "rate" else
             draw(st.integers(0, 12), label=k) for k, kind in net.HYPER.items()}
    return fixtures.Fixture(Path("<hypothesis>"), network, "drawn", data, init, hyper,
                            gold={}, raw={}, net=net)


@pytest.mark.parametrize("network", sorted(NETWORKS))
def test_python_and_r_agree_on_drawn_fixtures(network, r_session):
    @given(drawn_fixtures(network))
    def agree(fixture):
        result = checking.free_run_check(fixture, session=r_session)
        assert result.agree, "\n".join(report.details(result))
    agree()
