"""A static HTML site a person opens: the run's table, each fixture's curves, and for a
divergence both implementations side by side with the first diverging statement lit; and
the pitfall catalogue as pages.

Self-contained on purpose: every page carries its CSS and its small script inline, the
pictures are inline SVG (matplotlib's, with text kept as text), fonts are the system's, and
nothing is fetched from anywhere, so the site opens from file:// on a machine with no
network and reads the same with JavaScript off (the script only sorts and filters the table
and opens every <details> at once).
"""

import difflib
import importlib.util
import io
import re
from pathlib import Path

import numpy as np

from . import paths, plots, report

MARK = "\u25c0 first diverging statement"   # the text marker: colour is never the only signal
DIFF_MARK = "\u25c0 differs from the correct code"
BUG_MARK = "\u25c0 the bug: first diverging statement"
COUNTERPART_MARK = "\u25c0 the correct counterpart"
VERDICT_SIGN = {"agree": "\u2714", "equivalent": "\u2248", "diverge": "\u2718"}


def _templates():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
    return Environment(loader=PackageLoader("nnparity", "templates/html"),
                       autoescape=select_autoescape(["html", "j2"], default=True),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def _markup(text):
    from markupsafe import Markup
    return Markup(text)


def _pygments_css():
    from pygments.formatters import HtmlFormatter
    return HtmlFormatter(style="default").get_style_defs(".source pre")


def _common(env):
    """Return what every page's template needs besides its own context."""
    return {"css": _markup(_pygments_css()), "environment": env}


# --- pictures -----------------------------------------------------------------------------

def svg(fig):
    """Return a matplotlib Figure as inline SVG markup: text kept as text (so a reader, a
    search and a test find "NaN"), no XML prolog, no date."""
    import matplotlib
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "nnparity"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = text[text.index("<svg"):]
    # scale to the column: drop the fixed size, keep the viewBox
    text = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1', text, count=1)
    return _markup(text.replace("<svg", '<svg role="img" class="plot"', 1))


def _differences_figure(title, result):
    """Return a Figure of the final check's worst relative difference per quantity, for a
    fixture whose trajectories could not be recorded (a shape differs, say): a shape
    mismatch or a NaN/Inf on one side drawn at plots.DIVERGED, as the curves draw it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    fig = Figure(figsize=(8, 3.6), layout="constrained")
    FigureCanvasAgg(fig)
    axis = fig.subplots()
    names, heights, labels = [], [], []
    for d in result.differences:
        names.append(d.quantity)
        rel = d.worst_rel
        if d.shape_mismatch:
            heights.append(plots.DIVERGED)
            labels.append("shape differs")
        elif rel is None or not np.isfinite(rel):
            heights.append(plots.DIVERGED)
            labels.append("NaN/Inf" if not d.agree else "")
        else:
            heights.append(max(rel, plots.FLOOR))
            labels.append("" if d.agree else f"{rel:.3g}")
    bars = axis.bar(names, heights, color=["#d62728" if not d.agree else "#1f77b4"
                                           for d in result.differences], bottom=plots.FLOOR / 3)
    axis.bar_label(bars, labels, fontsize=8)
    axis.axhline(result.fixture.net.rtol, color="black", lw=0.8, ls=":",
                 label=f"rtol {result.fixture.net.rtol:g}")
    axis.set_yscale("log")
    axis.set_ylim(plots.FLOOR / 3, plots.TOP)
    axis.set_ylabel("worst relative difference")
    axis.set_title(title, fontsize=11)
    axis.legend(loc="upper left", frameon=False, fontsize=8)
    return fig


def picture(x):
    """Return (inline SVG, caption) for explanation `x`: both runs' curves when both
    trajectories were recorded, else the final check's differences per quantity."""
    f = x.result.fixture
    title = f"{f.id}: {x.result.verdict}"
    if x.py is not None and x.r is not None:
        first = x.free.loss_epoch if x.free.epoch is None else x.free.epoch
        rtol, atol = f.net.tolerances(None)
        fig = plots.figure(title, x.py, x.r, first, rtol, atol)
        return svg(fig), ("Above: the loss of each epoch, Python and R. Below: each "
                          "parameter's worst relative difference per recorded epoch; NaN or "
                          "Inf on one side only is drawn at the top, labelled.")
    fig = _differences_figure(title, x.result)
    why = x.trouble or "no trajectories"
    return svg(fig), (f"No curves ({why}). The final check's worst relative difference per "
                      "quantity instead; a shape that differs is drawn at the top.")


# --- sources ------------------------------------------------------------------------------

def _resolve(path):
    """Return the file a report's shown path names (relative to the current folder or the
    checkout), or None."""
    if path is None:
        return None
    p = Path(path)
    for candidate in (p, Path.cwd() / p, paths.ROOT / p):
        if candidate.is_file():
            return candidate.resolve()
    return None


def _lexer(path):
    from pygments.lexers import PythonLexer, SLexer
    return PythonLexer() if Path(path).suffix == ".py" else SLexer()


def highlighted_lines(path):
    """Return the file at `path` as a list of HTML strings, one per line, highlighted by
    Pygments (each line closes its own spans)."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    text = Path(path).read_text(encoding="utf-8")
    out = highlight(text, _lexer(path), HtmlFormatter(nowrap=True))
    lines = out.split("\n")
    n = len(text.splitlines())
    return (lines + [""] * n)[:n]


def source(path, language, lit=(), marker=MARK, note=None):
    """Return one source column: its title, language and lines (number, HTML, lit?)."""
    lit = set(lit)
    lines = [{"number": i, "html": _markup(h), "lit": i in lit}
             for i, h in enumerate(highlighted_lines(path), 1)]
    return {"language": language, "path": paths.shown(path), "lines": lines, "marker": marker,
            "lit": sorted(lit), "note": note, "id": language.lower()}


def _python_file(net):
    value = net.files["python"]
    if isinstance(value, Path) or str(value).endswith(".py"):
        return Path(value)
    spec = importlib.util.find_spec(str(value))
    return Path(spec.origin) if spec and spec.origin else None


def _r_file(net, like=None):
    """Return the network's R file: the one sharing most lines with `like` (a port's text),
    else the last sourced (the helpers come first)."""
    files = [Path(p) for p in net.files["r"]]
    if like is None or len(files) == 1:
        return files[-1]
    def shared(path):   # how many stripped lines the two have in common, in order
        a = [t.strip() for t in path.read_text(encoding="utf-8").splitlines()]
        b = [t.strip() for t in like.splitlines()]
        return sum(m.size for m in difflib.SequenceMatcher(None, a, b).get_matching_blocks())
    return max(reversed(files), key=shared)


def _language_of(path):
    return "Python" if Path(path).suffix == ".py" else "R"


def sources(x, port=None):
    """Return the two source columns (Python first) of a diverging explanation, each with
    its first diverging statement's line lit; [] when no step diverged. The files: those of
    the lockstep's localized lines (the Finding's when there is one), else the port file on
    its side and the network's implementation on the other."""
    ls = x.result.lockstep
    if ls is None or ls.first_bad is None:
        return []
    localized = getattr(ls, "localized", None) or ("", None, None)
    finding = getattr(ls, "finding", None)
    net = x.result.fixture.net
    columns = []
    for language, line in (("Python", localized[1]), ("R", localized[2])):
        path = _resolve(line[0]) if line else None
        if path is None and finding is not None:
            for a in (finding.port, finding.reference):
                if a is not None and a.language == language:
                    path, line = Path(a.file), (a.file, a.line, a.text)
        note = None
        if path is None:
            if port is not None and _language_of(port) == language:
                path = Path(port)
            else:
                path = _python_file(net) if language == "Python" else _r_file(net)
            note = "no line of this side was found to differ"
            line = None
        if path is None or not path.is_file():
            continue
        columns.append(source(path, language, [line[1]] if line else (), note=note))
    return columns


def _value(v):
    if v is None:
        return "(not numeric)"
    a = np.asarray(v)
    return np.array2string(a, precision=17, max_line_width=100, threshold=400) + (
        f"   ({report._shape(a.shape)})" if a.size > 1 else "")


def statement(x):
    """Return the first diverging statement's values for the page: the two statements and
    values, the agreeing inputs they came from (Python's and R's), the relation; or None."""
    ls = x.result.lockstep
    f = getattr(ls, "finding", None) if ls is not None else None
    if f is None:
        return None
    sides = {}
    for a in (f.port, f.reference):
        if a is not None:
            sides[a.language] = a
    port_value = f.inside.value if f.port.value is None and f.inside is not None else \
        f.port.value

    def pair(p, q):
        py, r = (p, q) if p.language == "Python" else (q, p)
        return {"name": p.name,
                "python": None if py is None else {"text": py.text, "line": py.line,
                                                   "value": _value(py.value)},
                "r": None if r is None else {"text": r.text, "line": r.line,
                                             "value": _value(r.value)}}
    main = pair(f.port, f.reference)
    (main["python"] if f.port.language == "Python" else main["r"])["value"] = _value(port_value)
    return {"main": main, "inputs": [pair(p, q) for p, q in f.inputs],
            "relation": f.relation[1] if f.relation else None,
            "kind": f.relation[0] if f.relation else None,
            "repair": _repair_words(ls),
            "summary": f"{f.port.language} {report.brief(port_value)}, "
                       f"{'R' if f.port.language == 'Python' else 'Python'} "
                       f"{report.brief(f.reference.value) if f.reference else '(none)'}"}


def _repair_words(ls):
    """Return the repair probe's finding in words, or None."""
    fixed = (getattr(ls, "probes", None) or {}).get("repair")
    if fixed is None:
        return None
    return (f"with line {fixed.line} as '{fixed.edited.strip()}', one epoch of the port agrees "
            f"with the reference ({fixed.described})")


def lockstep_words(x):
    """Return the lockstep verdict in words, as lines."""
    result, ls = x.result, x.result.lockstep
    if ls is None:
        return ["Lockstep: not needed, the free runs agree." if result.agree else
                "Lockstep: not run."]
    if ls.first_bad is None:
        return [(f"Lockstep ({ls.how}): every single step agrees from the same state (worst "
                 f"per-step relative difference {report.num(ls.worst_rel)}): the drift is "
                 "rounding amplified by the dynamics.")]
    names = ", ".join(d.quantity for d in ls.differences)
    lines = [(f"Lockstep ({ls.how}): the step of epoch {ls.first_bad} already disagrees "
              f"from the same state: {names}.") if names else f"Lockstep ({ls.how})."]
    lines += [report.describe(d) for d in ls.differences]
    if getattr(ls, "localized", None):
        quantity = ls.localized[0]
        if quantity:
            lines.append(f"The first value to differ inside that step: {quantity}.")
    if getattr(ls, "traced", None):
        lines.append(f"No statement-level answer: {ls.traced}.")
    return lines


# --- the site -----------------------------------------------------------------------------

def _verdict(result):
    v = result.verdict if not result.error else "error"
    return {"text": v, "sign": VERDICT_SIGN.get(v, "!"), "css": f"verdict-{v}"}


def _stems(explanations):
    """Return one unique file stem per explanation: NETWORK-NAME, -2, -3 for repeats."""
    seen, out = {}, []
    for x in explanations:
        stem = f"{x.result.fixture.network}-{x.result.fixture.name}"
        seen[stem] = seen.get(stem, 0) + 1
        out.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return out


def fixture_context(x, port=None):
    """Return the template context of one fixture's page."""
    from . import explain as explaining
    result = x.result
    f = result.fixture
    image, caption = picture(x)
    return {"fixture": f, "verdict": _verdict(result), "svg": image, "caption": caption,
            "lockstep": lockstep_words(x), "statement": statement(x),
            "sources": sources(x, port), "findings": list(result.findings),
            "warnings": list(result.warnings), "report": explaining.text(x),
            "differences": [report.describe(d) for d in result.diverging()],
            "worst": report.num(result.worst_rel), "port": port and paths.shown(port)}


def write_site(directory, explanations, environment, diagnosis_lines=None, port=None):
    """Write the run's site into `directory`: index.html (the versions and BLAS header, one
    row per fixture, the diagnosis lines if given) and one page per fixture (its curves, the
    lockstep verdict in words, and for a divergence the Python and R sources side by side
    with the first diverging statement lit); return the paths written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    jinja, common = _templates(), _common(environment)
    rows, written = [], []
    for x, stem in zip(explanations, _stems(explanations)):
        page = directory / f"{stem}.html"
        context = fixture_context(x, port)
        page.write_text(jinja.get_template("fixture.html.j2").render(**common, **context),
                        encoding="utf-8")
        written.append(page)
        r = x.result
        rows.append({"network": r.fixture.network, "name": r.fixture.name,
                     "epochs": r.fixture.epochs, "worst": report.num(r.worst_rel),
                     "worst_sort": "" if r.worst_rel is None or np.isnan(r.worst_rel)
                     else repr(float(r.worst_rel)),
                     "verdict": _verdict(r), "href": page.name})
    index = directory / "index.html"
    index.write_text(jinja.get_template("index.html.j2").render(
        **common, rows=rows, diagnosis=list(diagnosis_lines or []),
        port=port and paths.shown(port)), encoding="utf-8")
    return [index, *written]


# --- the pitfall catalogue ----------------------------------------------------------------

def _markdown(text):
    import markdown
    return _markup(markdown.markdown(text, extensions=["tables", "fenced_code"],
                                     output_format="html"))


def correct_file(pitfall, net):
    """Return the bundled implementation of the pitfall's network in its port's language."""
    if pitfall.language == "Python":
        return _python_file(net)
    return _r_file(net, pitfall.port.read_text(encoding="utf-8"))


def differing_lines(bad, good):
    """Return (lines of `bad`, lines of `good`) (1-based) that difflib pairs as the same
    statement changed: inside each replaced block, a line and its most alike counterpart
    when they are alike (ratio >= 0.6) but not equal; comments and blank lines never. A port
    written differently throughout lights little, not everything."""
    def norm(text):
        return text.strip().replace("<-", "=")
    a = [norm(t) for t in Path(bad).read_text(encoding="utf-8").splitlines()]
    b = [norm(t) for t in Path(good).read_text(encoding="utf-8").splitlines()]
    left, right = set(), set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "replace":
            continue
        for i in range(i1, i2):
            if not a[i] or a[i].startswith("#"):
                continue
            ratio, j = max((difflib.SequenceMatcher(None, a[i], b[j]).ratio(), j)
                           for j in range(j1, j2))
            if 0.6 <= ratio < 1 and not b[j].startswith("#"):
                left.add(i + 1)
                right.add(j + 1)
    return sorted(left), sorted(right)


def bug_line(x, port):
    """Return the line number of the port's first diverging statement, as lockstep traced it
    on the explanation `x`, when it is in the file `port`; else None."""
    ls = x.result.lockstep
    if ls is None or not getattr(ls, "localized", None):
        return None
    port = Path(port).resolve()
    for line in ls.localized[1:]:
        if line and _resolve(line[0]) == port:
            return line[1]
    return None


def counterpart(bad, number, good):
    """Return [the line of `good` most like line `number` of `bad`] (difflib's ratio on the
    stripped text, R's <- read as =), or [] when none is alike."""
    def norm(text):
        return text.strip().replace("<-", "=")
    target = norm(Path(bad).read_text(encoding="utf-8").splitlines()[number - 1])
    lines = [norm(t) for t in Path(good).read_text(encoding="utf-8").splitlines()]
    scored = [(difflib.SequenceMatcher(None, target, t).ratio(), -i, i + 1)
              for i, t in enumerate(lines) if t and not t.startswith("#")]
    best = max(scored, default=(0, 0, None))
    return [best[2]] if best[0] >= 0.6 else []


def _fixture_of(pitfall):
    from . import fixtures
    for root in (paths.FIXTURES, paths.ROOT / "fixtures"):
        for name in pitfall.exposed_by:
            path = root / pitfall.network / f"{name}.json"
            if path.is_file():
                return fixtures.load(path)
    return None


def write_pitfalls(directory, pitfalls=None, session=None):
    """Write the pitfall catalogue into `directory`: index.html (one row per pitfall) and
    per pitfall its page: its README rendered, its bad port beside the correct code of its
    network with the lines that differ lit, and the picture of the fixture that exposes it
    (explained here: needs R). `pitfalls`: the Pitfalls to write (default: the whole
    catalogue); return the paths written."""
    from . import declaration, ports, runners
    from . import explain as explaining
    from . import pitfalls as catalogue_module
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    chosen = list(catalogue_module.catalogue() if pitfalls is None else pitfalls)
    session = session or runners.RSession.get()
    jinja, common = _templates(), _common(report.environment(session))
    networks = declaration.registry()
    written, rows = [], []
    for p in chosen:
        net = networks[p.network]
        good = correct_file(p, net)
        image = caption = x = None
        f = _fixture_of(p)
        if f is not None:
            py_train, r_train = ports.load(p.port, session, p.network)
            x = explaining.explain(f, py_train, r_train, session, p.port)
            image, caption = picture(x)
            caption = f"{f.id} with this port ({x.result.verdict}). " + caption
        bug = bug_line(x, p.port) if x is not None else None
        if bug is not None:   # the traced first diverging statement, and its counterpart
            bad_lines, good_lines = [bug], counterpart(p.port, bug, good)
            marks = (BUG_MARK, COUNTERPART_MARK)
        else:                 # no trace: every line that differs from the correct code
            bad_lines, good_lines = differing_lines(p.port, good)
            marks = (DIFF_MARK, DIFF_MARK)
        columns = [source(p.port, f"{p.language} (the port with the bug)", bad_lines,
                          marks[0]),
                   source(good, f"{p.language} (the correct code)", good_lines, marks[1])]
        columns[0]["id"], columns[1]["id"] = "bad", "good"
        page = directory / f"{p.name}.html"
        page.write_text(jinja.get_template("pitfall.html.j2").render(
            **common, pitfall=p, readme=_markdown(p.page.read_text(encoding="utf-8")),
            sources=columns, svg=image, caption=caption), encoding="utf-8")
        written.append(page)
        rows.append({"pitfall": p, "href": page.name})
    index = directory / "index.html"
    index.write_text(jinja.get_template("pitfalls.html.j2").render(**common, rows=rows),
                     encoding="utf-8")
    return [index, *written]

