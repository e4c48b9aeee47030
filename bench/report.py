"""Write bench/results.md and its pictures from the benchmarks' results in bench/out/*.json.

    .venv/bin/python bench/report.py

The text around the numbers (why a target is missed, what bounds it) is in NOTES below and
in bench/notes.md; the numbers all come from the last run of each benchmark.
"""

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import common  # noqa: E402
from common import HERE, OUT  # noqa: E402


def load(name):
    path = OUT / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else None


def rows(results):
    """Return the table's rows: (measure, what, ratio, target, verdict)."""
    out = []

    def row(measure, what, value, target, met):
        out.append((measure, what, value, target, "met" if met else "**missed**"))

    def x(value, cpu=None):
        return f"{value:.2f}x" + (f" (CPU {cpu:.2f}x)" if cpu is not None else "")

    s = results.get("suite")
    if s:
        w, c = s["wall"], s["cpu"]
        key = "inproc_over_native_compute"
        row("1. overhead", "`nnparity check` in process / native compute (Python + R)",
            x(w[key], c[key]), "<= 1.2x", w[key] <= 1.2)
        key = "cli_over_native_processes"
        row("1. overhead", "`nnparity check` CLI / the two native processes",
            x(w[key], c[key]), "<= 1.2x", w[key] <= 1.2)
        row("2. vs one Rscript per fixture", "JSON + one Rscript per fixture / `nnparity "
            f"check` CLI (in process: {w['user_over_inproc']:.2f}x)",
            f"{w['user_over_cli']:.2f}x faster", ">= 10x", w["user_over_cli"] >= 10)
        z = s.get("zero_epochs")
        if z:
            row("2. vs one Rscript per fixture", "the same at 0 epochs, in process (each way's"
                f" own cost: {z['user_per_fixture'] * 1e3:.0f} ms against "
                f"{z['inproc_per_fixture'] * 1e3:.1f} ms per fixture)",
                f"{z['user_over_inproc']:.1f}x faster", ">= 10x", z["user_over_inproc"] >= 10)
    a = results.get("articles")
    if a:
        for lang, nets in (("Python", a["python"]), ("R", a["r"])):
            for net, r in nets.items():
                us, ours = r["us_per_epoch"], r["ratio_to_article"]["ours"]
                row("3. implementation", f"{lang} `{net}` / the article's loop "
                    f"({us['ours']:.1f} vs {us['article']:.1f} us/epoch)", x(ours), "<= 1.1x",
                    ours <= 1.1)
                if "ratio_to_article_loss_every_epoch" in r:
                    same = r["ratio_to_article_loss_every_epoch"]
                    row("3. implementation", f"{lang} `{net}` / the article's loop with its loss"
                        " every epoch (the same work)", x(same), "<= 1.1x", same <= 1.1)
    sc = results.get("scaling")
    if sc:
        e = sc["epochs"]["free_run_check"]
        row("4. scaling", "free-run check / native compute at 1e4 and 1e5 epochs; crossings "
            f"per fixture {sorted(set(e['crossings']))}",
            f"{x(e['over_native'][2])}, {x(e['over_native'][3])}", "linear, constant crossings",
            max(e["over_native"][2:]) <= 1.2 and len(set(e["crossings"])) == 1)
        points = sc["samples"]["points"]
        big = sorted(p["over_native"] for p in points if p["samples"] >= 10_000)
        typical = common.median(big)
        row("4. scaling", "free-run check / native compute, 1e4 and 1e5 samples x 16 to 256 "
            f"hidden units (median of the {len(big)} points; from {big[0]:.2f}x to "
            f"{big[-1]:.2f}x)", x(typical), "linear, constant crossings",
            typical <= 1.2 and all(p["crossings"] == 1 for p in points))
        ls = sc["lockstep"]
        row("4. lockstep", "lockstep / free run, the whole bundled suite (median fixture "
            f"{ls['ratio_median']:.2f}x, worst {ls['ratio_worst']:.2f}x)", x(ls["ratio_total"]),
            "<= 2x", ls["ratio_total"] <= 2)
    p = results.get("parallel")
    if p:
        check, pytest = p["check"], p["pytest"]
        row("5. parallel", f"`nnparity check` -j 1 / -j 2 (load average {check['load']:.1f} "
            f"on {p['cpus']} CPUs)", x(check["speedup"]), ">= 1.7x", check["speedup"] >= 1.7)
        row("5. parallel", f"`pytest -n 0` / `-n 2` (load average {pytest['load']:.1f})",
            x(pytest["speedup"]), ">= 1.7x", pytest["speedup"] >= 1.7)
    m = results.get("memory")
    if m:
        for mode in ("record_python", "record_r", "free_run"):
            r = m["runs"][f"{mode} 1"]
            row("6. memory", f"peak / recorded, `{mode}`, 1e5 epochs, every state "
                f"({r['peak_extra'] / 1e6:.1f} MB / {r['raw'] / 1e6:.1f} MB)", x(r["ratio"]),
                "<= 2x", r["ratio"] <= 2)
    b = results.get("binary")
    if b:
        r, sec = b["ratios"], b["seconds"]
        row("7. real size", f"reading a fixture's 60,000 x 784 .npy (SHA-256 checked) / "
            f"`np.load` of it ({sec['read_npy']:.2f} s vs {sec['np.load']:.2f} s; SHA-256 "
            f"alone {sec['sha256'] / sec['np.load']:.2f}x)" if "sha256" in sec else
            "reading a fixture's 60,000 x 784 .npy / `np.load` of it", x(r["read_npy / np.load"]),
            "<= 1.5x", r["read_npy / np.load"] <= 1.5)
        row("7. real size", "the same, each followed by one pass over the numbers (a memory "
            "map reads on first use)", x(r["read_npy + sum / np.load + sum"]), "<= 1.5x",
            r["read_npy + sum / np.load + sum"] <= 1.5)
    mn = results.get("mnist")
    if mn:
        sec = mn["seconds"]
        row("7. real size", "`nnparity check` CLI / native compute (Python + R), MNIST-sized: "
            f"60,000 x 784 -> 64 -> 10, 10 epochs ({sec['check']:.1f} s vs "
            f"{sec['python_compute']:.1f} + {sec['r_compute']:.1f} s)",
            x(mn["check_over_native_compute"]), "<= 1.2x", mn["check_over_native_compute"] <= 1.2)
        peak = mn["peak_bytes"]
        both = peak["python"] + peak["r"]
        row("7. real size", f"peak memory of the check / the two native processes' peaks "
            f"added ({peak['check'] / 1e9:.2f} GB vs {both / 1e9:.2f} GB; the data "
            f"{mn['data_bytes'] / 1e9:.2f} GB: {mn['peak_over_data']['check']:.1f}x)",
            x(peak["check"] / both), "<= 1.2x", peak["check"] / both <= 1.2)
        pts = mn["series"]["points"]
        row("7. real size", f"check's time from {pts[-2]['samples']:.0e} to "
            f"{pts[-1]['samples']:.0e} samples, per sample ({pts[-2]['us_per_sample']:.2f} vs "
            f"{pts[-1]['us_per_sample']:.2f} us)",
            x(pts[-1]["us_per_sample"] / pts[-2]["us_per_sample"]), "linear: <= 1.2x",
            pts[-1]["us_per_sample"] / pts[-2]["us_per_sample"] <= 1.2)
    return out


def details(results):
    """Return the markdown sections under the table: the numbers behind each ratio."""
    out = []
    s = results.get("suite")
    if s:
        w = s["wall"]
        parts = {}
        for run in s["runs"]["inproc"]:
            for k, v in run.get("parts", {}).items():
                parts.setdefault(k, []).append(v)
        out += ["## 1, 2: the bundled suite", "",
                f"{s['fixtures']} fixtures, {s['rounds']} rounds, medians (wall clock):", "",
                "| | seconds |", "|---|---|",
                f"| native Python train + predict, one process | "
                f"{s['native_compute']['python']:.2f} |",
                f"| native R train + predict, one Rscript | {s['native_compute']['r']:.2f} |",
                f"| the two native processes, end to end | {w['native_processes']:.2f} |",
                f"| `nnparity check` in process (R already started) | {w['inproc']:.2f} |",
                f"| `nnparity check` CLI, end to end | {w['cli']:.2f} |",
                f"| one Rscript per fixture, JSON files in between | {w['user']:.2f} |",
                f"| Rscript start; with jsonlite | {s['rscript_start']:.3f}; "
                f"{s['rscript_jsonlite']:.3f} |", ""]
        if parts:
            out += ["Where `nnparity check` spends its time in process (medians; the checks"
                    " include the runs and lockstep):", "", "| part | seconds |", "|---|---|",
                    *[f"| {k} | {common.median(v):.2f} |" for k, v in parts.items()],
                    f"| crossings into R | {s['crossings']} |", ""]
    a = results.get("articles")
    if a:
        out += ["## 3: each implementation against the article's loop", "",
                f"{a['rounds']} interleaved rounds, medians, microseconds per epoch:", "",
                "| language | network | contender | us/epoch | / article |",
                "|---|---|---|---|---|"]
        for lang, nets in (("Python", a["python"]), ("R", a["r"])):
            for net, r in nets.items():
                for k, v in r["us_per_epoch"].items():
                    out.append(f"| {lang} | {net} | {k} | {v:.1f} | "
                               f"{r['ratio_to_article'][k]:.2f} |")
        out.append("")
    sc = results.get("scaling")
    if sc:
        ep = sc["epochs"]
        out += ["## 4: scaling", "", "Against epochs (av_mlp, the 2017 article's data),"
                " microseconds per epoch and the ratio to the native compute:", "",
                "| epochs | " + " | ".join(f"{e:.0e}" for e in ep["native"]["epochs"]) + " |",
                "|---|" + "---|" * len(ep["native"]["epochs"])]
        for kind, r in ep.items():
            out.append(f"| {kind} | " + " | ".join(
                f"{u:.1f} ({x:.2f}x)" for u, x in zip(r["us_per_epoch"], r["over_native"])) + " |")
        out += ["", "Crossings into R per fixture: " + "; ".join(
            f"{k} {r['crossings']}" for k, r in ep.items() if "crossings" in r), "",
                f"Against samples (av_nobias, 2 features, {sc['samples']['epochs']} epochs):"
                " microseconds per sample and epoch, and the ratio to the native compute:", "",
                "| hidden | " + " | ".join(f"{n:.0e} samples" for n in sorted(
                    {p["samples"] for p in sc["samples"]["points"]})) + " |",
                "|---|" + "---|" * len({p["samples"] for p in sc["samples"]["points"]})]
        for h in sorted({p["hidden"] for p in sc["samples"]["points"]}):
            pts = [p for p in sc["samples"]["points"] if p["hidden"] == h]
            out.append(f"| {h} | " + " | ".join(
                f"{p['us_per_sample_epoch']:.3f} ({p['over_native']:.2f}x)" for p in pts) + " |")
        ls = sc["lockstep"]
        worst = sorted(ls["per_fixture"], key=lambda p: -p["ratio"])[:5]
        out += ["", f"Lockstep against the free run on every bundled fixture with epochs: "
                f"{ls['lockstep_total']:.2f} s against {ls['free_total']:.2f} s in total. Where"
                " lockstep's time goes: " + ", ".join(
                    f"{k} {v:.0%}" for k, v in ls["breakdown"].items() if k != "total seconds")
                + ". The five dearest fixtures, relative to their free run: " + ", ".join(
                    f"{p['fixture']} ({p['epochs']} epochs, {p['checked']} checked) "
                    f"{p['ratio']:.1f}x" for p in worst) + ".", ""]
    p = results.get("parallel")
    if p:
        out += ["## 5: parallel", "", "| | one worker | two workers | speedup | load average |",
                "|---|---|---|---|---|",
                f"| `nnparity check` | {p['check']['j1']:.2f} s | {p['check']['j2']:.2f} s | "
                f"{p['check']['speedup']:.2f}x | {p['check']['load']:.2f} |",
                f"| `pytest {' '.join(p['pytest']['selection'])}` | {p['pytest']['n0']:.1f} s | "
                f"{p['pytest']['n2']:.1f} s | {p['pytest']['speedup']:.2f}x | "
                f"{p['pytest']['load']:.2f} |", ""]
    m = results.get("memory")
    if m:
        out += ["## 6: memory", "", f"{m['epochs']:.0e} epochs of av_mlp on the article's data,"
                " one fresh process per run, peak resident memory above the process before"
                " the run (the kernel's VmHWM, reset first):", "",
                "| run | kept | peak | recorded | ratio | seconds |", "|---|---|---|---|---|---|"]
        for name, r in m["runs"].items():
            mode, every = name.split()
            out.append(f"| `{mode}` | every {'state' if every == '1' else every + 'th'} | "
                       f"{r['peak_extra'] / 1e6:.1f} MB | {r['raw'] / 1e6:.2f} MB | "
                       f"{r['ratio']:.2f}x | {r['seconds']:.1f} |")
        out.append("")
    mn = results.get("mnist")
    if mn:
        sec, peak = mn["seconds"], mn["peak_bytes"]
        out += ["## 7: a fixture at real size", "",
                f"bench/mnist, a project declared like a user's, on a fixture drawn by "
                f"`nnparity fixture new` (60,000 x 784 inputs, one-hot over 10 classes, "
                f"{mn['data_bytes'] / 1e6:.0f} MB of data in .npy files; drawing it and its "
                f"gold took {mn['fixture_new_s']:.1f} s). {mn['rounds']} interleaved rounds, "
                "medians:", "", "| run | seconds | peak memory | peak / data |", "|---|---|---|---|",
                f"| native Python, train + predict (process: {sec['python_process']:.1f} s) | "
                f"{sec['python_compute']:.1f} | {peak['python'] / 1e6:.0f} MB | "
                f"{mn['peak_over_data']['python']:.1f}x |",
                f"| native R, train + predict (process: {sec['r_process']:.1f} s) | "
                f"{sec['r_compute']:.1f} | {peak['r'] / 1e6:.0f} MB | "
                f"{mn['peak_over_data']['r']:.1f}x |",
                f"| `nnparity check`, end to end | {sec['check']:.1f} | "
                f"{peak['check'] / 1e6:.0f} MB | {mn['peak_over_data']['check']:.1f}x |", "",
                f"Against samples ({mn['series']['f']} features, {mn['series']['h']} hidden, "
                f"{mn['series']['epochs']} epochs), the CLI end to end:", "",
                "| samples | data | check | per sample | / native compute | peak | / the two"
                " native peaks added |", "|---|---|---|---|---|---|---|"]
        for q in mn["series"]["points"]:
            out.append(f"| {q['samples']:.0e} | {q['data_bytes'] / 1e6:.1f} MB | "
                       f"{q['check_s']:.2f} s | {q['us_per_sample']:.2f} us | "
                       f"{q['over_native']:.2f}x | {q['check_peak'] / 1e6:.0f} MB | "
                       f"{q['check_peak'] / q['native_peaks']:.2f}x |")
        out.append("")
    b = results.get("binary")
    if b and "rpy2_crossing" in b and "error" not in b["rpy2_crossing"]:
        c = b["rpy2_crossing"]
        out += [f"Crossing the 60,000 x 784 matrix into R once ({c['array_bytes'] / 1e6:.0f} MB):"
                + "".join(f" {k}: {v['seconds']:.2f} s, resident memory +"
                          f"{v['rss_growth_bytes'] / 1e6:.0f} MB;" for k, v in c.items()
                          if isinstance(v, dict)).rstrip(";") + ".", ""]
    return out


def plot_scaling(sc, path):
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for kind, label in (("native", "native train + predict (Python + R)"),
                        ("free_run_check", "nnparity free-run check"),
                        ("trajectories", "both trajectories (lockstep.free_run)"),
                        ("lockstep", "lockstep verdict")):
        r = sc["epochs"][kind]
        left.loglog(r["epochs"], r["seconds"], "o-", label=label)
    left.set_xlabel("epochs (av_mlp, the 2017 article's data)")
    left.set_ylabel("seconds")
    left.set_title("Time against epochs")
    left.legend(fontsize=8)
    for h in sorted({p["hidden"] for p in sc["samples"]["points"]}):
        pts = [p for p in sc["samples"]["points"] if p["hidden"] == h]
        line, = right.loglog([p["samples"] for p in pts], [p["seconds"] for p in pts], "o-",
                             label=f"nnparity, {h} hidden")
        right.loglog([p["samples"] for p in pts], [p["native_seconds"] for p in pts], "x--",
                     color=line.get_color(), label=f"native, {h} hidden")
    right.set_xlabel(f"samples (av_nobias, 2 features, {sc['samples']['epochs']} epochs)")
    right.set_title("Time against samples")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_ratios(table, path):
    import re
    labels, values, targets, higher = [], [], [], []
    for measure, what, value, target, _ in table:
        number = re.match(r"([\d.]+)x", value)
        goal = re.search(r"([\d.]+)x", target)
        if not number or not goal:
            continue
        labels.append(f"{measure}: {re.sub(r'[`*]', '', what)[:60]}")
        values.append(float(number.group(1)))
        targets.append(float(goal.group(1)))
        higher.append(target.startswith(">="))
    fig, ax = plt.subplots(figsize=(10, 0.38 * len(labels) + 1))
    y = range(len(labels))
    colors = ["tab:green" if (v >= t if h else v <= t) else "tab:red"
              for v, t, h in zip(values, targets, higher)]
    ax.barh(y, values, color=colors)
    ax.scatter(targets, y, marker="|", s=300, color="black", label="target")
    ax.set_yticks(list(y))
    ax.set_yticklabels(labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xscale("log")
    ax.set_xlabel("ratio (green: target met)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def machine_lines(results):
    lines = []
    for name, r in results.items():
        m = r["machine"]
        lines.append(f"| {name} | {m['when']} | {m['cpus']} | {m['load_before'][0]:.2f} | "
                     f"{m['load_after'][0]:.2f} |")
    return lines


def main():
    results = {n: r for n in ("suite", "articles", "scaling", "parallel", "memory",
                              "binary", "mnist")
               if (r := load(n)) is not None}
    table = rows(results)
    if "scaling" in results:
        plot_scaling(results["scaling"], HERE / "scaling.png")
    plot_ratios(table, HERE / "ratios.png")
    notes = (HERE / "notes.md").read_text() if (HERE / "notes.md").exists() else ""
    m = next(iter(results.values()))["machine"]
    text = [
        "# Benchmarks: what the harness costs beyond the computation it checks",
        "",
        "Generated by `make bench` (`bench/run.py`), from `bench/out/*.json`, by `bench/report.py`;"
        " the text under the table is `bench/notes.md`. Every ratio below was measured within"
        " one run: the two sides interleaved, repeated, medians of per-round ratios.",
        "",
        f"Python {m['python']}, numpy {m['numpy']}, {m['r']}, {m['cpus']} CPUs.",
        "",
        "| measure | what | ratio | target | |",
        "|---|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} | {e} |" for a, b, c, d, e in table],
        "",
        "![Each ratio against its target](ratios.png)",
        "",
        "![Time against epochs and against samples](scaling.png)" if "scaling" in results else "",
        "",
        "When each benchmark ran, and the machine's load average (1 minute) before and after"
        " it (the machine was shared with other engineers' test suites):",
        "",
        "| benchmark | when | CPUs | load before | load after |",
        "|---|---|---|---|---|",
        *machine_lines(results),
        "",
        *details(results),
        notes,
    ]
    (HERE / "results.md").write_text("\n".join(text).rstrip() + "\n")
    common.say("wrote bench/results.md, bench/ratios.png"
               + (", bench/scaling.png" if "scaling" in results else ""))


if __name__ == "__main__":
    sys.exit(main())
