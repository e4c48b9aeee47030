"""The localizer on mutants made by machine: each line of a correct port changed by one
generic operator at a time (an update's sign turned, colSums for rowSums or an axis turned,
a transpose dropped, mean for sum, a name read on the line exchanged for another the port
assigns, a rate left out of a step), every mutant the harness flags on the fixture kept, and
the line the localizer reports compared with the changed one. No one chose these bugs, so
this measures the reach of the trace and the repair over a port's every line; the kinds are
the operators' own and are printed, not scored (an exchanged name can be any kind of bug).

    .venv/bin/python bench/bench_mutate.py PORT NETWORK FIXTURE [--verbose] [--line N]
    .venv/bin/python bench/bench_mutate.py tests/ports/tenth/bases/av_mlp_article_names.R \\
        av_mlp six-samples-h4
"""

import re
import sys
import tempfile
from pathlib import Path

import numpy as np
from nnparity import checking, diagnosis, fixtures, paths, ports, runners

_ASSIGN = re.compile(r"^\s*([\w.$\[\]\"']+)\s*(<-|<<-|=|\+=|-=)(?!=)\s*(.*)$")

# (name, pattern, replacement): applied to each match in turn on a line
_OPERATORS = [
    ("sign", r"(?<=[\w)\]])\s\+\s", " - "), ("sign", r"(?<=[\w)\]])\s-\s", " + "),
    ("sign", r"\+=", "-="), ("sign", r"-=", "+="),
    ("wrong-axis", r"\bcolSums\(", "rowSums("), ("wrong-axis", r"\browSums\(", "colSums("),
    ("wrong-axis", r"axis\s*=\s*0", "axis=1"), ("wrong-axis", r"axis\s*=\s*1", "axis=0"),
    ("mean-for-sum", r"\bsum\(", "mean("), ("sum-for-mean", r"\bmean\(", "sum("),
    ("mean-for-sum", r"\bnp\.sum\(", "np.mean("), ("sum-for-mean", r"\bnp\.mean\(", "np.sum("),
    ("transposed", r"\bt\(([\w.$]+)\)", r"\1"), ("transposed", r"([\w.\]\)])\.T\b", r"\1"),
    ("ignores-hyper", r"\s*\*\s*lr\b", ""), ("ignores-hyper", r"\blr\s*\*\s*", ""),
]


def mutants(text, language):
    """Yield (line number, edited text, operator) for each operator at each place."""
    lines = text.splitlines(keepends=True)
    assigned = []
    for t in lines:
        m = _ASSIGN.match(t.split("#", 1)[0])
        if m and "function" not in t and not re.search(r"\blambda\b", t) and re.fullmatch(r"[A-Za-z_][\w.]*", m.group(1)) and m.group(1) not in assigned:
            assigned.append(m.group(1))
    for i, t in enumerate(lines):
        code = t.split("#", 1)[0]
        m = _ASSIGN.match(code)
        if not m or re.match(r"\s*(def|for|while|if|return|function)\b", code) \
                or "function(" in code:
            continue
        start = m.start(3)
        for kind, pattern, repl in _OPERATORS:
            for hit in re.finditer(pattern, code[start:]):
                a, b = start + hit.start(), start + hit.end()
                new = t[:a] + hit.expand(repl) + t[b:]
                yield i + 1, "".join([*lines[:i], new, *lines[i + 1:]]), kind
        for name in re.findall(r"(?<![\w.$\"'])([A-Za-z_][\w.]*)(?![\w(])", code[start:]):
            if name not in assigned:
                continue
            # the names assigned next to it, after it first (a neighbour is most often what
            # a slip reads: d_output for d_hiddenlayer), one exchange per name read
            at = assigned.index(name)
            for other in [*assigned[at + 1:], *assigned[:at][::-1]]:
                if other != m.group(1):
                    new = re.sub(rf"(?<![\w.$\"']){re.escape(name)}(?![\w(])", other,
                                 code[start:], count=1)
                    yield i + 1, "".join([*lines[:i], t[:start] + new + t[len(code):],
                                          *lines[i + 1:]]), "wrong-operand"
                    break


def main(argv):
    port, network, name = Path(argv[0]), argv[1], argv[2]
    session = runners.RSession.get()
    f = fixtures.load(paths.FIXTURES / network / f"{name}.json")
    language = ports.language(port)
    only = int(argv[argv.index("--line") + 1]) if "--line" in argv else None
    rows, seen = [], set()
    with tempfile.TemporaryDirectory() as tmp:
        for k, (line, text, kind) in enumerate(mutants(port.read_text("utf-8"), language)):
            if text in seen or only is not None and line != only:
                continue
            seen.add(text)
            copy = Path(tmp) / f"m{k}{port.suffix}"
            copy.write_text(text)
            try:
                py_train, r_train = ports.load(copy, session)
                result = checking.check(
                    f, f.net.adapt("python", py_train) if py_train else None,
                    session.adapt(f.net, r_train) if r_train else None,
                    session=session, port=copy)
            except Exception as e:  # noqa: BLE001 -- a mutant may not even load
                print(f"  {line}: {kind}: not loaded: {type(e).__name__}")
                continue
            if result.agree or result.lockstep is None:
                continue
            ls = result.lockstep
            side = (ls.localized[1] if language == "Python" else ls.localized[2]) \
                if ls.localized else None
            reported = side[1] if side and Path(side[0]).resolve() == copy.resolve() else None
            last = reported
            if ls.finding is not None and ls.finding.port.line == reported:
                last = ls.finding.port.last_line
            named, words = diagnosis.port_kind([result])
            rows.append((line, reported, reported is not None and reported <= line <= last,
                         kind, named, text.splitlines()[line - 1].strip(), words))
    right = sum(r[2] for r in rows)
    for r in rows:
        if not r[2] or "--verbose" in argv:
            print(f"{'ok ' if r[2] else 'NO '} line {r[0]:>3} reported {r[1]}: {r[3]} -> "
                  f"{r[4]}: {r[5]}" + (f"\n      {r[6]}" if "--verbose" in argv else ""))
    print(f"{port}: {len(rows)} flagged mutants, line right {100 * right / max(len(rows), 1):.0f}%"
          f", kind as the operator's {100 * sum(r[3] == r[4] for r in rows) / max(len(rows), 1):.0f}%")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main(sys.argv[1:]))
