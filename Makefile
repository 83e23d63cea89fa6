# Habeas: `make demo` sets everything up and runs the sample; `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE ?= ./habeas-demo
ifndef DEMO_PASSWORD
DEMO_PASSWORD := $(shell python3 -c 'import secrets; print(secrets.token_urlsafe(12))')
endif

.PHONY: install system-deps demo test lint bandit audit lock bench vendor screenshots docs clean

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON)"; exit 1; }
	scripts/system-deps.sh icu
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --require-virtualenv --require-hashes -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

system-deps:
	scripts/system-deps.sh ocr pdf office

demo: install system-deps
	rm -rf $(DEMO_STORE)
	$(BIN)/habeas --store $(DEMO_STORE) ingest examples/corpus --source "European Parliament" --grade A
	$(BIN)/habeas --store $(DEMO_STORE) documents
	$(BIN)/habeas --store $(DEMO_STORE) search '"Integrated Joint Operations Platform" AND camps'
	$(BIN)/habeas --store $(DEMO_STORE) search 'Tohti AND Sakharov' --limit 3
	$(BIN)/habeas --store $(DEMO_STORE) entities --type person
	$(BIN)/habeas --store $(DEMO_STORE) claims --about detained
	$(BIN)/habeas --store $(DEMO_STORE) timeline
	$(BIN)/habeas --store $(DEMO_STORE) export ftm $(DEMO_STORE)/case.ftm.json
	$(BIN)/habeas --store $(DEMO_STORE) import ftm tests/data/sanctions.ftm.json
	$(BIN)/habeas --store $(DEMO_STORE) officials --sanctions
	$(BIN)/habeas --store $(DEMO_STORE) dossier "Ilham Tohti" --pdf $(DEMO_STORE)/dossier-ilham-tohti.pdf
	$(BIN)/habeas --store $(DEMO_STORE) verify
	$(BIN)/habeas --store $(DEMO_STORE) users add demo --role investigator --password "$(DEMO_PASSWORD)"
	@echo
	@echo "  Habeas is serving the sample corpus at http://127.0.0.1:8000"
	@echo "  log in as:  demo / $(DEMO_PASSWORD)   (role: investigator; Ctrl-C stops the server)"
	@echo
	$(BIN)/habeas --store $(DEMO_STORE) serve --host 127.0.0.1 --port 8000

test: install bandit
	scripts/system-deps.sh ocr postgres redis browser pdf office
	HABEAS_TEST_DATABASE_URL=$$(scripts/postgres.sh start) HABEAS_REQUIRE_POSTGRES=1 HABEAS_REQUIRE_REDIS=1 HABEAS_REQUIRE_BROWSER=1 $(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

# Security lint of our code; every finding is fixed or justified inline (# nosec BXXX  # why).
# Its output is shown only when it fails (bandit also warns, noisily, about justified lines).
bandit: install
	@out=$$($(BIN)/bandit -q -r src -c pyproject.toml 2>&1) || { echo "$$out"; exit 1; }
	@echo "bandit: no unjustified findings in src/"

# Known vulnerabilities in the locked packages, from the PyPI/OSV advisory data. Needs network
# access to that data, so it is not part of `make test`: where the data cannot be reached,
# pip-audit audits nothing and still reports success. pip-audit runs from its own virtualenv.
AUDIT_VENV := .venv-audit
audit:
	test -x $(AUDIT_VENV)/bin/python || $(PYTHON) -m venv $(AUDIT_VENV)
	$(AUDIT_VENV)/bin/python -m pip install -q --require-virtualenv --require-hashes -r requirements-audit.lock
	$(AUDIT_VENV)/bin/pip-audit --strict --progress-spinner off --disable-pip --require-hashes \
		-r requirements.lock -r requirements-bench.lock

# Hash-pin the lock files again after adding or changing a pin (see scripts/lock.sh).
lock:
	scripts/lock.sh requirements.lock requirements-bench.lock requirements-audit.lock

BENCH_STAMP := $(VENV)/.bench-installed

$(BENCH_STAMP): requirements-bench.lock $(STAMP)
	scripts/system-deps.sh bench
	$(BIN)/python -m pip install -q --require-virtualenv --require-hashes -r requirements-bench.lock
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/search.py
	scripts/system-deps.sh bench
	$(BIN)/python bench/web.py
	$(BIN)/python bench/names.py
	$(BIN)/python bench/screening.py
	$(BIN)/python bench/linkage.py
	$(BIN)/python bench/linkage.py --million --peer
	$(BIN)/python bench/extraction_quality.py
	$(BIN)/python bench/analyse.py
	scripts/system-deps.sh ocr postgres redis
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/ftm.py
	$(BIN)/python bench/evidence.py
	$(BIN)/python bench/faults.py

# Front-end libraries: exact versions from web/package-lock.json, copied into the package.
vendor:
	cd web && npm ci --no-audit --no-fund
	cp web/node_modules/htmx.org/dist/htmx.min.js src/habeas/web/static/vendor/htmx.min.js
	cp web/node_modules/cytoscape/dist/cytoscape.min.js src/habeas/web/static/vendor/cytoscape.min.js
	cp web/node_modules/layout-base/layout-base.js src/habeas/web/static/vendor/layout-base.js
	cp web/node_modules/cose-base/cose-base.js src/habeas/web/static/vendor/cose-base.js
	cp web/node_modules/cytoscape-fcose/cytoscape-fcose.js src/habeas/web/static/vendor/cytoscape-fcose.js

# The CLI reference, docs/cli.md, generated from every command's --help (tests/test_docs.py checks it).
docs: install
	$(BIN)/python scripts/cli_reference.py

# Screenshots of each page for the README, taken by the browser tests.
screenshots: install
	HABEAS_SCREENSHOTS=docs $(BIN)/pytest -q tests/test_web_browser.py

clean:
	rm -rf $(VENV) $(AUDIT_VENV) $(DEMO_STORE) .pytest_cache .mypy_cache .ruff_cache
