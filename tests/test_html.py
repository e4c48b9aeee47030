"""The HTML site (nnparity.html): read back with an HTML parser, on a fixture that agrees, on
the 2017 article's rowSums port (its bias line lit on both sides) and on a port whose R run
turns NaN (NaN named in the picture's text). Expected line numbers are found in the source
files by their text here, not taken from the harness's answer."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from nnparity import explain, fixtures, html, paths, pitfalls, ports, report

ROWSUMS = paths.PITFALLS / "rowsums-bias" / "port.R"
SLOPE = paths.PITFALLS / "av_mlp-slope-of-preactivation" / "port.R"
WALKTHROUGH = paths.FIXTURES / "av_mlp" / "walkthrough-1.json"
SIX = paths.FIXTURES / "av_mlp" / "six-samples-h4.json"
AV_MLP_PY = paths.PACKAGE / "networks" / "av_mlp.py"


class Page(HTMLParser):
    """Every element of a page as (tag, attributes, text inside it), plus where it sits."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.elements, self._open = [], []
        self.feed(text)
        self.close()

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "path", "use", "rect", "line",
            "stop", "circle", "polyline", "polygon", "ellipse"})

    def handle_starttag(self, tag, attrs):
        element = {"tag": tag, "attrs": dict(attrs), "text": [], "parents": list(self._open)}
        self.elements.append(element)
        if tag not in self.VOID:
            self._open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append({"tag": tag, "attrs": dict(attrs), "text": [],
                              "parents": list(self._open)})

    def handle_endtag(self, tag):
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i]["tag"] == tag:
                del self._open[i:]
                break

    def handle_data(self, data):
        for element in self._open:
            element["text"].append(data)

    def find(self, tag=None, cls=None, **attrs):
        return [e for e in self.elements
                if (tag is None or e["tag"] == tag)
                and (cls is None or cls in e["attrs"].get("class", "").split())
                and all(e["attrs"].get(k) == v for k, v in attrs.items())]


def text(element):
    return "".join(element["text"])


def line_of(path, needle, count=1):
    """Return the 1-based line of `path` that contains `needle`, the last of the `count`
    that do (the bundled networks' step() comes before train(), whose loop is traced)."""
    found = [i for i, t in enumerate(Path(path).read_text().splitlines(), 1) if needle in t]
    assert len(found) == count, (path, needle, found)
    return found[-1]


@pytest.fixture(scope="module")
def site(r_session, tmp_path_factory):
    """Build one site of three fixtures: agree, the rowSums port, the NaN port."""
    explanations = []
    for fixture, port in ((WALKTHROUGH, None), (WALKTHROUGH, ROWSUMS), (SIX, SLOPE)):
        f = fixtures.load(fixture)
        py_train, r_train = ports.load(port, r_session, f.network) if port else (None, None)
        explanations.append(explain.explain(f, py_train, r_train, r_session, port))
    directory = tmp_path_factory.mktemp("site")
    written = html.write_site(directory, explanations, report.environment(r_session),
                              ["likely pitfall: rowsums-bias <&>"])
    return directory, written, explanations


def test_index_is_a_table_with_headers_and_one_row_per_fixture(site, r_session):
    directory, written, explanations = site
    assert written[0] == directory / "index.html"
    assert len(written) == 1 + len(explanations) and all(p.is_file() for p in written)
    page = Page((directory / "index.html").read_text())
    tables = page.find("table")
    assert len(tables) == 1
    heads = [text(th) for th in page.find("th") if th["attrs"].get("scope") == "col"]
    assert heads == ["network", "fixture", "epochs", "worst difference", "verdict", "page"]
    rows = [tr for tr in page.find("tr") if any(p["tag"] == "tbody" for p in tr["parents"])]
    assert len(rows) == 3
    verdicts = [text(td).strip() for td in page.find("td", cls="verdict")]
    assert [v.split()[-1] for v in verdicts] == [x.result.verdict for x in explanations]
    assert [v.split()[-1] for v in verdicts] == ["agree", "diverge", "diverge"]
    # the verdict is text and colour: a class per verdict, and its word in the cell
    assert [td["attrs"]["class"].split()[-1] for td in page.find("td", cls="verdict")] == [
        "verdict-agree", "verdict-diverge", "verdict-diverge"]
    links = [a["attrs"]["href"] for a in page.find("a")]
    assert len(set(links)) == 3 and all((directory / h).is_file() for h in links)
    body = (directory / "index.html").read_text()
    assert "likely pitfall: rowsums-bias &lt;&amp;&gt;" in body      # autoescaped
    env = report.environment(r_session)
    header = text(page.find("header")[0])
    for word in ("nnparity " + env["nnparity"], "Python " + env["python"],
                 "numpy " + env["numpy"], env["numpy_blas"], "R " + env["r"], env["r_blas"]):
        assert word in header


def test_every_page_has_an_inline_svg_and_fetches_nothing(site):
    _, written, _ = site
    for path in written:
        body = path.read_text()
        page = Page(body)
        for e in page.elements:
            for key in ("src", "href", "xlink:href", "action"):
                value = e["attrs"].get(key) or ""
                assert not re.match(r"(https?:)?//", value), (path.name, key, value)
        assert not page.find("link")          # CSS inline, nothing linked
        assert all("src" not in s["attrs"] for s in page.find("script"))
        assert "@import" not in body and "url(http" not in body
        if path.name != "index.html":
            svgs = page.find("svg")
            assert svgs and any(p["tag"] == "figure" for p in svgs[0]["parents"])


def diverging(page):
    """Return {column id: [line numbers]} of the lit lines, and check each has its marker."""
    lit = {}
    for section in page.find("section", cls="source"):
        lines = [e for e in page.find("span", cls="diverging") if section in e["parents"]]
        for e in lines:
            assert html.MARK in text(e)
        lit[section["attrs"]["data-language"]] = [int(e["attrs"]["data-line"]) for e in lines]
    return lit


def test_agreeing_fixture_page_lights_nothing(site):
    page = Page(site[1][1].read_text())
    assert "agree" in text(page.find("h1")[0])
    assert not page.find("section", cls="source") and not page.find("span", cls="diverging")


def test_rowsums_port_lights_the_bias_line_on_both_sides(site):
    page = Page(site[1][2].read_text())
    lit = diverging(page)
    assert lit == {"Python": [line_of(AV_MLP_PY, "bout = bout + np.sum(d_output", 2)],
                   "R": [line_of(ROWSUMS, "rowSums(d_output)")]}
    # each side is the whole file, highlighted, numbered from 1
    for section, path in zip(page.find("section", cls="source"), (AV_MLP_PY, ROWSUMS)):
        numbers = [int(e["attrs"]["data-line"]) for e in page.find("span", cls="line")
                   if section in e["parents"]]
        assert numbers == list(range(1, len(path.read_text().splitlines()) + 1))
        assert [e for e in page.find("span") if section in e["parents"]
                and e["attrs"].get("class") in ("k", "kn", "n", "nf", "o")]  # Pygments tokens
    # the values, one click away
    details = page.find("details", cls="values")
    assert details
    inside = text(details[0])
    assert "bout" in inside and "d_output" in inside and "(agrees)" in inside


def test_nan_port_page_names_nan_in_the_svg_and_lights_both_sides(site):
    page = Page(site[1][3].read_text())
    svg_text = " ".join(text(e) for e in page.find("text")
                        if any(p["tag"] == "svg" for p in e["parents"]))
    assert "NaN" in svg_text and "R is NaN" in svg_text
    lit = diverging(page)
    assert lit == {"Python": [line_of(AV_MLP_PY, "slope_output_layer = derivatives_sigmoid(", 2)],
                   "R": [line_of(SLOPE, "slope_output_layer <-")]}


def test_pitfall_pages(r_session, tmp_path):
    chosen = [p for p in pitfalls.catalogue() if p.name == "rowsums-bias"]
    written = html.write_pitfalls(tmp_path, chosen, r_session)
    assert [p.name for p in written] == ["index.html", "rowsums-bias.html"]
    index = Page(written[0].read_text())
    assert [a["attrs"]["href"] for a in index.find("a")] == ["rowsums-bias.html"]
    page = Page(written[1].read_text())
    article = page.find("article")[0]
    assert page.find("strong") and "The bug." in text(article)  # markdown rendered
    assert any(e["tag"] == "code" and "rowSums" in text(e) for e in page.elements
               if article in e["parents"])
    assert page.find("svg")
    lit = {}
    for section in page.find("section", cls="source"):
        lit[section["attrs"]["id"]] = [int(e["attrs"]["data-line"])
                                       for e in page.find("span", cls="diverging")
                                       if section in e["parents"]]
    good = paths.ROOT / "R" / "av_mlp.R"
    assert lit == {"source-bad": [line_of(ROWSUMS, "rowSums(d_output)")],
                   "source-good": [line_of(good, "bout <- bout + colSums(d_output)", 2)]}
