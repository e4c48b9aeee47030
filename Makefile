# Conveniences; ./run does the work (and sets up whatever is missing).
.PHONY: check test fixtures

check:
	./run check

test:
	./run test

fixtures:
	./run check >/dev/null; .venv/bin/python fixtures/generate.py
