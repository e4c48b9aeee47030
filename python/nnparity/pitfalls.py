"""The porting-pitfall catalogue: one folder per pitfall in pitfalls/, each with a port that
has exactly that bug (port.R or port.py), a page (README.md) and pitfall.json:

    {"title": ..., "network": ..., "language": "R" | "Python", "habit": ...,
     "exposed_by": [fixture names], "symptom": {what the harness sees, see diagnosis.py}}
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from . import paths


@dataclass(frozen=True)
class Pitfall:
    name: str
    title: str
    network: str
    language: str
    habit: str
    exposed_by: tuple
    folder: Path
    symptom: dict = field(default_factory=dict)
    seen: str | None = None    # a pattern the diagnosis's words of the kind must match

    @property
    def port(self):
        return self.folder / ("port.R" if self.language == "R" else "port.py")

    @property
    def page(self):
        return self.folder / "README.md"


def catalogue(root=None):
    """Return every catalogued pitfall, sorted by network and name."""
    found = []
    for meta in sorted(Path(root or paths.PITFALLS).glob("*/pitfall.json")):
        doc = json.loads(meta.read_text())
        found.append(Pitfall(meta.parent.name, doc["title"], doc["network"], doc["language"],
                             doc["habit"], tuple(doc["exposed_by"]), meta.parent,
                             doc.get("symptom", {}), doc.get("seen")))
    return sorted(found, key=lambda p: (p.network, p.name))


def listing(pitfalls):
    """Return the catalogue as lines for a terminal: one pitfall a line, then its page."""
    lines = []
    for p in pitfalls:
        lines.append(f"{p.name:<36} {p.network:<15} {p.language:<7} {p.title}")
    lines.append("")
    lines.append(f"{len(pitfalls)} pitfalls; each folder in {paths.shown(paths.PITFALLS)} holds the port "
                 "and its page (README.md).")
    return lines
