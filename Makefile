# The two commands of the quick start: `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: serve test lint bench reliability install install-test browser clean

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

serve: install
	$(BIN)/imkg serve --host $(HOST) --port $(PORT)

test: install-test browser
	$(BIN)/ruff check .
	$(BIN)/pytest --doctest-modules --pyargs imkg tests

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install-test
	$(BIN)/pip install --quiet ".[bench]"
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info
