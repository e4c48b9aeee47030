"""Draw one fixture's two runs: the loss curves above, each parameter's relative difference
below, as the comparison rule (compare.py) sees them.

The difference panel draws, per recorded epoch, the worst element of each parameter:
  - a NaN or Inf on one side only, or opposite infinities, differs: it is drawn at DIVERGED,
    the top of the axis, above any finite relative difference (which is at most 2), and
    labelled from the epoch it starts ("R is NaN from epoch 12");
  - NaN on both sides, or the same infinity, agrees: it is drawn at FLOOR, like equal values;
  - an element that agrees under the rule counts at most at the tolerance line (an element
    within atol may have a larger relative difference), so a line crosses rtol exactly where
    the rule says the parameter differs.
A loss line that ends in NaN or Inf is named so in the legend, and its last value marked.
"""

import numpy as np

from .compare import ATOL, RTOL, element_differences

FLOOR = 1e-18     # where equal values are drawn, on the log axis
DIVERGED = 1e2    # where NaN/Inf on one side only is drawn: above any finite difference (<= 2)
TOP = 1e4         # the axis' top: room above DIVERGED for the labels
KINDS = (None, "NaN", "Inf", "-Inf")  # index 0: finite


def _kinds(a):
    """Return, element-wise, the index into KINDS of each value of `a`."""
    return np.select([np.isnan(a), np.isposinf(a), np.isneginf(a)], [1, 2, 3], 0)


def _by_epoch(py, r, name):
    """Return parameter `name` of both trajectories as (recorded epochs, elements) arrays."""
    return (py.params[name].reshape(len(py.epochs), -1),
            r.params[name].reshape(len(r.epochs), -1))


def differences(py, r, rtol=RTOL, atol=ATOL):
    """Return name -> the worst relative difference at each recorded epoch of two
    trajectories, under compare.element_differences: inf where NaN or Inf differ, 0 where
    both sides are NaN, at most rtol for an element that agrees."""
    out = {}
    for name in py.params:
        differs, _, rel = element_differences(*_by_epoch(py, r, name), rtol, atol)
        out[name] = np.where(differs, rel, np.minimum(rel, rtol)).max(axis=1, initial=0.0)
    return out


def _who(kind_py, kind_r):
    """Return which side is what, in words: "R is NaN", "Python is Inf, R is -Inf"."""
    if kind_py == 0:
        return f"R is {KINDS[kind_r]}"
    if kind_r == 0:
        return f"Python is {KINDS[kind_py]}"
    return f"Python is {KINDS[kind_py]}, R is {KINDS[kind_r]}"


def onsets(py, r):
    """Return [(epoch, "R is NaN")], one per way in which some parameter's elements differ
    by NaN or Inf, with the first recorded epoch that shows it, earliest first."""
    first = {}
    for name in py.params:
        a, b = _by_epoch(py, r, name)
        differs, _, _ = element_differences(a, b)
        code = 4 * _kinds(a) + _kinds(b)
        special = differs & (code > 0)     # code 0: both finite
        for c in np.unique(code[special]):
            row = int(np.argmax(((code == c) & special).any(axis=1)))
            first[int(c)] = min(first.get(int(c), row), row)
    return sorted((int(py.epochs[row]), _who(*divmod(c, 4))) for c, row in first.items())


def onset_label(py, r):
    """Return (epoch, label) of the NaN/Inf divergences, the epoch the first one's, or None
    when there is none: "R is NaN from epoch 12", or "R is NaN by epoch 1010 (last kept
    before: 1000)" when the epochs between the kept ones were not recorded."""
    found = onsets(py, r)
    parts = []
    for epoch, who in found:
        before = py.epochs[py.epochs < epoch]
        if len(before) == 0 or before[-1] == epoch - 1:
            parts.append(f"{who} from epoch {epoch}")
        else:
            parts.append(f"{who} by epoch {epoch} (last kept before: {before[-1]})")
    return (found[0][0], "; ".join(parts)) if found else None


def loss_note(loss):
    """Return how a loss line ends when some of it is NaN or Inf, or None: "NaN from epoch
    13", "Inf from epoch 5, NaN from epoch 7", "first NaN at epoch 4" when finite again later."""
    kinds = _kinds(np.asarray(loss, dtype=np.float64))
    bad = np.flatnonzero(kinds)
    if not len(bad):
        return None
    if (kinds[bad[0]:] == 0).any():
        return f"first {KINDS[kinds[bad[0]]]} at epoch {bad[0] + 1}"
    changes = [i for i in bad if i == bad[0] or kinds[i] != kinds[i - 1]]
    return ", ".join(f"{KINDS[kinds[i]]} from epoch {i + 1}" for i in changes)


def _loss_line(axis, loss, side, detail=None, **style):
    """Plot one side's loss line; name its NaN/Inf in the legend ("R (NaN from epoch 13)")
    and mark its last finite value."""
    epochs = np.arange(1, len(loss) + 1)
    note = ", ".join(filter(None, [detail, loss_note(loss)]))
    line, = axis.plot(epochs, loss, label=f"{side} ({note})" if note else side,
                      gid=f"loss:{side}", marker="o" if len(loss) == 1 else None, **style)
    finite = np.flatnonzero(np.isfinite(loss))
    if len(finite) and finite[-1] < len(loss) - 1:
        end = finite[-1]
        axis.plot([epochs[end]], [loss[end]], ls="none", marker="X", ms=9, mec="white",
                  mew=0.8, color=line.get_color(), gid=f"loss-end:{side}", zorder=3)


def figure(title, py, r, first_epoch=None, rtol=RTOL, atol=ATOL):
    """Return a matplotlib Figure (Agg canvas, no pyplot state): Python's and R's loss
    curves above; below, each parameter's per-epoch relative difference on a log scale, as
    differences() gives it, with the tolerance line, NaN/Inf divergences at the top with
    their label, and `first_epoch` (the first divergence) marked."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    fig = Figure(figsize=(8, 6.8), layout="constrained")
    FigureCanvasAgg(fig)
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [1, 1.3]})
    _loss_line(top, py.loss, "Python", "numpy", color="#1f77b4", lw=2.2)
    _loss_line(top, r.loss, "R", color="#d62728", lw=1.0, ls="--")
    top.set_ylabel("loss")
    top.set_title(title, fontsize=11)
    top.legend(loc="best", frameon=False)
    for name, rel in differences(py, r, rtol, atol).items():
        y = np.where(np.isinf(rel), DIVERGED, np.clip(rel, FLOOR, None))
        bottom.plot(py.epochs, y, lw=1.2, label=name, gid=f"difference:{name}",
                    marker="o" if len(y) == 1 else None)  # a single epoch: a dot, not a line
    bottom.axhline(rtol, color="black", lw=0.8, ls=":", label=f"rtol {rtol:g}", gid="rtol")
    bottom.axhline(DIVERGED, color="0.6", lw=0.6, zorder=0)
    bottom.set_yscale("log")
    bottom.set_ylim(FLOOR / 3, TOP)
    ticks = [FLOOR, *10.0 ** np.arange(-15, 1, 3), DIVERGED]
    bottom.set_yticks(ticks, [r"$\leq 10^{-18}$", *(f"$10^{{{e}}}$" for e in range(-15, 1, 3)),
                              "NaN/Inf"])
    bottom.xaxis.set_major_locator(MaxNLocator("auto", steps=[1, 2, 2.5, 5, 10], integer=True))
    if py.epochs[-1] == 0:
        bottom.set_xlim(-1, 1)      # a run of 0 epochs: whole epochs on the axis all the same
    bottom.set_xlabel("epoch")
    bottom.set_ylabel("relative difference, Python vs R")
    onset = onset_label(py, r)
    if onset is not None:
        epoch, label = onset
        right = epoch > 0.6 * max(py.epochs[-1], 1)
        bottom.annotate(label, (epoch, DIVERGED), xytext=(-4 if right else 4, 4),
                        textcoords="offset points", ha="right" if right else "left",
                        va="bottom", fontsize=9, gid="onset")
    if first_epoch is not None:
        for axis in (top, bottom):
            axis.axvline(first_epoch, color="0.25", lw=1.0, ls="-.", gid="first-divergence",
                         label=f"first divergence: epoch {first_epoch}" if axis is bottom
                         else None)
    bottom.legend(loc="upper center", bbox_to_anchor=(0.5, -0.17), frameon=False, fontsize=8,
                  ncol=6)
    return fig


def draw(path, title, py, r, first_epoch=None, rtol=RTOL, atol=ATOL):
    """Write figure() as a PNG to `path` (no software version in it: same data, same
    bytes); return the Figure."""
    fig = figure(title, py, r, first_epoch, rtol, atol)
    fig.savefig(path, dpi=90, metadata={"Software": None})
    return fig


def _round(values):
    """Return values as a list at 6 significant digits, None for NaN or Inf (JSON has none)."""
    return [float(f"{v:.6g}") if np.isfinite(v) else None for v in np.asarray(values, float)]


def data(fig):
    """Return what figure() drew, read back from its artists, as a JSON-ready dict: the
    legends, the NaN/Inf label, the difference lines' (epoch, y) and the loss lines' marked
    ends; values at 6 significant digits."""
    top, bottom = fig.axes
    lines = {line.get_gid() or "": line for axis in (top, bottom) for line in axis.get_lines()}
    onset = [t.get_text() for t in bottom.texts if t.get_gid() == "onset"]
    return {
        "loss": {"legend": [t.get_text() for t in top.get_legend().get_texts()],
                 "ends": {gid.split(":", 1)[1]: {"epoch": int(line.get_xdata()[0]),
                                                  "loss": _round(line.get_ydata())[0]}
                          for gid, line in lines.items() if gid.startswith("loss-end:")}},
        "difference": {
            "floor": FLOOR, "diverged": DIVERGED,
            "legend": [t.get_text() for t in bottom.get_legend().get_texts()],
            "label": onset[0] if onset else None,
            "lines": {gid.split(":", 1)[1]: {"epoch": [int(e) for e in line.get_xdata()],
                                             "y": _round(line.get_ydata())}
                      for gid, line in lines.items() if gid.startswith("difference:")}},
    }
