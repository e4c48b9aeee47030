"""The suite's promises hold on any x86-64 machine, not only on the CPU that wrote the
fixtures: here, regenerated fixtures and `nnparity check` on this CPU standing in for older
ones (tests/machines.py forces numpy's BLAS kernels and SIMD loops to theirs)."""

import json
import subprocess
import sys

import numpy as np
import pytest

from nnparity import fixtures, gold, paths

import machines
from conftest import BUNDLED, assert_agree

PROFILES = machines.profiles()


def _generate(out, profile=None):
    env = machines.environment(profile) if profile else None
    done = subprocess.run([sys.executable, str(paths.FIXTURES / "generate.py"), "--out", str(out)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    return {f.id: fixtures.load(out / f.network / f.path.name) for f in BUNDLED}


def test_fixtures_regenerated_on_another_cpu_keep_what_the_gold_promises(tmp_path):
    made = {"here": _generate(tmp_path / "here")}
    made.update({p: _generate(tmp_path / p, p) for p in PROFILES})
    for f in BUNDLED:
        for machine, regenerated in made.items():
            other = regenerated[f.id]
            # Data are drawn from seeded streams, then some pass through sin(), a matrix
            # product or a mean, whose last bits are the CPU's too: the rule, not bits.
            for section in ("data", "init"):
                for name, value in getattr(f, section).items():
                    assert_agree(f"{machine}: {f.id} {name}", getattr(other, section)[name], value)
            for name, value in gold.binding(f).items():
                assert_agree(f"{machine}: {f.id} {name}", gold.binding(other)[name], value)
    # The stand-ins are other machines: a run that amplifies rounding ends elsewhere on them.
    chaotic = [f.id for f in BUNDLED if f.gold["binding_until_epoch"] <= f.epochs]
    ends = {machine: [np.asarray(regenerated[i].gold["params"][k]).tobytes()
                      for i in chaotic for k in regenerated[i].gold["params"]]
            for machine, regenerated in made.items()}
    assert len({tuple(v) for v in ends.values()}) > 1, "no profile changed the last bits"


@pytest.mark.parametrize("profile", ["sse"])
def test_check_gives_the_same_verdicts_on_another_cpu(profile):
    done = subprocess.run([sys.executable, "-m", "nnparity.cli", "check", "--json", "-j", "2"],
                          capture_output=True, text=True, env=machines.environment(profile),
                          cwd=paths.ROOT)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    verdicts = {f"{r['network']}[{r['name']}]": r["verdict"]
                for r in json.loads(done.stdout)["results"]}
    assert set(verdicts) == {f.id for f in BUNDLED}
    for f in BUNDLED:
        # Only a run that declares it amplifies rounding may part and be found equivalent.
        allowed = {"agree", "equivalent"} if f.gold["binding_until_epoch"] <= f.epochs else {"agree"}
        assert verdicts[f.id] in allowed, (f.id, verdicts[f.id])
