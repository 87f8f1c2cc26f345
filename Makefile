# The two commands of the quick start: `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test lint bench wrk allocator reliability install install-test browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet ".[test]"

# Debian's Chromium for the explorer's browser tests (skipped with a message if missing).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium not installed: browser tests will be skipped (apt-get install chromium)"; }

# Debian's jemalloc for the query workers (they run with the system allocator without it).
allocator:
	@ldconfig -p 2>/dev/null | grep -q libjemalloc || { \
	  [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq libjemalloc2 >/dev/null) \
	  || echo "libjemalloc2 not installed: query workers use the system allocator"; }

serve: install allocator
	$(BIN)/imkg serve --host $(HOST) --port $(PORT)

test: install-test browser allocator
	$(BIN)/ruff check .
	$(BIN)/pytest --doctest-modules --pyargs imkg tests

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The comparison with the Oxigraph server, rdflib-endpoint and the floor, then ingest and the
# JSON API; reports in bench/results/. BENCH_ARGS=--quick for a one-minute smoke run.
BENCH_ARGS ?=
bench: install-test wrk allocator
	$(BIN)/pip install --quiet ".[bench]"
	$(BIN)/python bench/run.py --all $(BENCH_ARGS)

# Debian's wrk load generator for the throughput runs (a slower Python client otherwise).
wrk:
	@command -v wrk >/dev/null 2>&1 || { \
	  [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq wrk >/dev/null) \
	  || echo "wrk not installed: throughput measured with the Python client (apt-get install wrk)"; }

# The reliability tests at full size (200 clients x 30 s, 500 slow-loris sockets, more kills
# and fuzz examples): a table in bench/results/reliability.md. make test runs the quick sizes.
reliability: install-test
	$(BIN)/python bench/reliability.py

clean:
	rm -rf $(VENV) build *.egg-info
