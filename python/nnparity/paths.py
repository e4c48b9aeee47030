"""Where the installed package keeps what it reads: the bundled fixtures and schema, the R
package's sources, the pitfall catalogue. In a checkout, _data/ links to them at the
repository's root (which is also the R package); in a wheel they are copies, package data."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "_data"
FIXTURES = DATA / "fixtures"
SCHEMA = FIXTURES / "schema.json"
PITFALLS = DATA / "pitfalls"
ROOT = PACKAGE.parents[1]  # the checkout, when nnparity runs from one (tests, reports)


def shown(path):
    """Return `path` as a user reads it in a report: relative to the current folder when
    inside it, else relative to the checkout when inside that, else as it is."""
    path = Path(path).resolve()
    for base in (Path.cwd(), ROOT):
        try:
            return str(path.relative_to(base.resolve()))
        except ValueError:
            continue
    return str(path)
