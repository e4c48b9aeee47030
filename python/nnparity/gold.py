"""What a fixture's gold promises, on any machine, and the one check that holds it to it.

A fixture's gold is the reference side's results as computed on the machine that wrote it.
The last bits of a matrix product depend on the CPU (numpy's OpenBLAS picks its kernels by
CPU, and numpy's own exp, tanh, ... by its SIMD extensions; R's reference BLAS differs
again), so gold promises agreement under the comparison rule, never bits:

  - every quantity (final parameters, output, the loss of every epoch) reproduces within
    rtol and atol, on any machine, when the run is stable;
  - for a run that amplifies rounding, gold.binding_until_epoch = k promises the loss of
    epochs 1 to k - 1 only; the final parameters and output are that machine's outcome,
    recorded for reference and binding nowhere.

nnparity check never compares against gold: it runs both sides on the machine at hand.
Gold serves one-language checks (R's testthat suite, the reference-reproduces-gold tests,
a regenerated fixture against the bundled one).
"""

from .compare import ATOL, RTOL, compare


def binding(fixture):
    """Return quantity -> gold array for what the gold binds on any machine."""
    gold = fixture.gold
    until = gold["binding_until_epoch"]
    if until <= fixture.epochs:
        return {"loss": gold["loss"][:until - 1]}
    output = {} if gold["output"] is None else {"output": gold["output"]}
    return {**gold["params"], **output, "loss": gold["loss"]}


def differences(fixture, params, output, loss, rtol=RTOL, atol=ATOL):
    """Return the Differences of a run's results (final `params` by name, `output`, `loss`)
    from what the fixture's gold binds, one per binding quantity."""
    results = {**params, "output": output, "loss": loss}
    out = []
    for name, expected in binding(fixture).items():
        got = results[name]
        if name == "loss":
            got = got[:len(expected)]
        out.append(compare(name, got, expected, rtol, atol))
    return out


def disagreements(fixture, params, output, loss, rtol=RTOL, atol=ATOL):
    """Return the Differences of `differences` that do not agree."""
    return [d for d in differences(fixture, params, output, loss, rtol, atol) if not d.agree]
