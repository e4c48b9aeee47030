# Conveniences; ./run does the work (and sets up whatever is missing).
.PHONY: check test fixtures bench

check:
	./run check

test:
	./run test

fixtures:
	./run check >/dev/null; .venv/bin/python fixtures/generate.py

# Benchmarks, on demand (about half an hour; not part of `make test`): writes bench/results.md.
# `make bench BENCH="articles memory"` runs only those; BENCH_REPEATS=N changes the rounds.
bench:
	./run check >/dev/null; .venv/bin/python bench/run.py $(BENCH)
