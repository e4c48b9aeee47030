"""Draw one fixture's two runs: loss curves, and each parameter's relative difference."""

import numpy as np

from .compare import RTOL


def relative_differences(py, r):
    """Return name -> worst relative difference per recorded epoch of two trajectories."""
    out = {}
    for name in py.params:
        a = py.params[name].reshape(len(py.epochs), -1)
        b = r.params[name].reshape(len(r.epochs), -1)
        scale = np.maximum(np.abs(a), np.abs(b))
        with np.errstate(invalid="ignore", divide="ignore"):
            rel = np.where(scale > 0, np.abs(a - b) / scale, 0.0)
        out[name] = np.nanmax(np.where(np.isnan(rel), np.inf, rel), axis=1)
    return out


def draw(path, title, py, r, first_epoch=None, rtol=RTOL):
    """Write a PNG to `path`: Python and R loss curves above, the per-epoch relative
    difference of each parameter on a log scale below, with the tolerance line and the
    first divergence marked."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 6.5), sharex=True,
                                      gridspec_kw={"height_ratios": [1, 1.3]})
    epochs = np.arange(1, len(py.loss) + 1)
    top.plot(epochs, py.loss, color="#1f77b4", lw=2.2, label="Python (numpy)")
    top.plot(epochs, r.loss, color="#d62728", lw=1.0, ls="--", label="R")
    top.set_ylabel("loss")
    top.set_title(title, fontsize=11)
    top.legend(loc="upper right", frameon=False)
    floor = 1e-18  # where exact agreement is drawn, on a log axis
    for name, rel in relative_differences(py, r).items():
        bottom.plot(np.maximum(py.epochs, 0.5), np.clip(rel, floor, None), lw=1.2, label=name)
    bottom.axhline(rtol, color="black", lw=0.8, ls=":", label=f"rtol {rtol:g}")
    bottom.set_yscale("log")
    bottom.set_ylim(floor / 3, 10)
    bottom.set_xlabel("epoch")
    bottom.set_ylabel("relative difference, Python vs R")
    if first_epoch is not None:
        for axis in (top, bottom):
            axis.axvline(first_epoch, color="#ff7f0e", lw=1.2)
        bottom.annotate(f"first divergence: epoch {first_epoch}", (first_epoch, 1),
                        xytext=(5, 0), textcoords="offset points", color="#ff7f0e", fontsize=9)
    bottom.legend(loc="lower right", frameon=False, fontsize=8, ncol=3)
    fig.tight_layout()
    fig.savefig(path, dpi=90, metadata={"Software": None})
    plt.close(fig)
