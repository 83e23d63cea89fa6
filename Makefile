# Habeas: `make demo` sets everything up and runs the sample; `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE ?= ./habeas-demo

.PHONY: install system-deps demo test lint bench clean

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-virtualenv -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

system-deps:
	scripts/system-deps.sh ocr

demo: install system-deps
	rm -rf $(DEMO_STORE)
	$(BIN)/habeas --store $(DEMO_STORE) ingest examples/corpus --source "European Parliament" --grade A
	$(BIN)/habeas --store $(DEMO_STORE) documents
	$(BIN)/habeas --store $(DEMO_STORE) search '"Integrated Joint Operations Platform" AND camps'
	$(BIN)/habeas --store $(DEMO_STORE) search 'Tohti AND Sakharov' --limit 3
	$(BIN)/habeas --store $(DEMO_STORE) entities --type person
	$(BIN)/habeas --store $(DEMO_STORE) claims --about detained
	$(BIN)/habeas --store $(DEMO_STORE) timeline
	$(BIN)/habeas --store $(DEMO_STORE) verify

test: install
	scripts/system-deps.sh ocr postgres
	HABEAS_TEST_DATABASE_URL=$$(scripts/postgres.sh start) HABEAS_REQUIRE_POSTGRES=1 $(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): requirements-bench.lock $(STAMP)
	scripts/system-deps.sh bench
	$(BIN)/python -m pip install -q --require-virtualenv -r requirements-bench.lock
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/search.py
	$(BIN)/python bench/names.py
	$(BIN)/python bench/screening.py
	$(BIN)/python bench/extraction_quality.py
	$(BIN)/python bench/analyse.py

clean:
	rm -rf $(VENV) $(DEMO_STORE) .pytest_cache .mypy_cache .ruff_cache
