"""A fixture's gold promises agreement under the comparison rule, on any machine, for what it
binds (nnparity/gold.py): the reference reproduces it, a regenerated fixture keeps it, and a
gold that is off anywhere it binds is caught."""

import json

import numpy as np
import pytest

from nnparity import fixtures, gold, runners

from conftest import BUNDLED

CHAOTIC = [f for f in BUNDLED if f.gold["binding_until_epoch"] <= f.epochs]


@pytest.mark.parametrize("fixture", [pytest.param(f, id=f.id) for f in BUNDLED])
def test_the_reference_reproduces_what_the_gold_binds(fixture):
    fit = runners.run_python(fixture)
    bad = gold.disagreements(fixture, fit.params, fit.output, fit.loss)
    assert not bad, "; ".join(f"{d.quantity}: worst rel {d.worst_rel:.3g}" for d in bad)


def test_a_stable_run_binds_every_quantity_and_a_chaotic_one_only_its_early_loss():
    stable = next(f for f in BUNDLED if f.id == "av_mlp[article-5000]")
    assert list(gold.binding(stable)) == ["wh", "bh", "wout", "bout", "output", "loss"]
    assert len(gold.binding(stable)["loss"]) == stable.epochs
    assert CHAOTIC, "the suite needs a run that amplifies rounding"
    for f in CHAOTIC:
        assert list(gold.binding(f)) == ["loss"]
        assert len(gold.binding(f)["loss"]) == f.gold["binding_until_epoch"] - 1


def _with_gold(fixture, tmp_path, change):
    doc = json.loads(fixture.path.read_text())
    change(doc["gold"])
    path = tmp_path / f"{change.__name__}.json"
    fixtures.write(path, doc)
    return fixtures.load(path)


@pytest.mark.parametrize("where", ["params", "output", "loss"])
def test_gold_off_in_its_last_digits_where_it_binds_is_caught(where, tmp_path):
    fixture = next(f for f in BUNDLED if f.id == "av_mlp[article-5000]")

    def nudge(g):
        if where == "params":
            g["params"]["wh"][1][2] *= 1 + 1e-9
        elif where == "output":
            g["output"][0][0] *= 1 + 1e-9
        else:
            g["loss"][0] *= 1 + 1e-9
    changed = _with_gold(fixture, tmp_path, nudge)
    fit = runners.run_python(fixture)
    bad = gold.disagreements(changed, fit.params, fit.output, fit.loss)
    assert [d.quantity for d in bad] == [{"params": "wh"}.get(where, where)]


def test_a_chaotic_gold_is_held_to_its_early_loss_and_nothing_after(tmp_path):
    fixture = CHAOTIC[0]
    until = fixture.gold["binding_until_epoch"]
    fit = runners.run_python(fixture)

    def past(g):  # what another machine may well give after the binding epoch
        g["loss"][until - 1] *= 1.5
        g["params"] = {k: (np.asarray(v) * 1.5).tolist() for k, v in g["params"].items()}
    assert not gold.disagreements(_with_gold(fixture, tmp_path, past), fit.params, fit.output,
                                  fit.loss)

    def before(g):
        g["loss"][until - 2] *= 1 + 1e-9
    bad = gold.disagreements(_with_gold(fixture, tmp_path, before), fit.params, fit.output,
                             fit.loss)
    assert [(d.quantity, d.first_index) for d in bad] == [("loss", (until - 2,))]
