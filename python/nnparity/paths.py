"""Where the checkout keeps what the Python package reads: fixtures, schema, R sources."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SCHEMA = FIXTURES / "schema.json"
R_PACKAGE = ROOT  # DESCRIPTION and R/ sit at the repository root
PITFALLS = ROOT / "pitfalls"
