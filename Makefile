# Two commands for readers of the README: `make serve` and `make test`.
# Each sets up what it needs: a virtualenv with the pinned packages and, for the
# tests, Debian's chromium, a CJK font and poppler-utils.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
PORT ?= 8000

# Material 9.8 prints an end-of-life banner on every build; it is not our warning.
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: serve test build clean system-deps audit offline

## serve: live-reloading site on http://127.0.0.1:$(PORT)/, the 繁體中文 edition under /zh-Hant/
# (hooks/editions.py builds it after each rebuild of the Simplified one).
# docs/ is watched by default; --watch-theme adds the theme's folders, overrides/ first.
serve: $(INSTALLED)
	SITE_URL=http://127.0.0.1:$(PORT)/ $(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT) \
	  --watch macros --watch hooks --watch-theme

## test: every test (unit, build, browser, print), one pytest-xdist worker per core
# The site is built and served once, by the controller, for every worker (conftest.py);
# the browser tests spend much of their time waiting on Chromium, so two workers on two
# cores halve the run; worksteal lets an idle worker take tests queued for a busy one (a long
# property test near the end otherwise holds the run). TEST_WORKERS=0: one process.
TEST_WORKERS ?= auto
test: $(INSTALLED) system-deps
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

## build: strict build of both editions into site/ (the 繁體中文 one in site/zh-Hant/), in one
# Python process (hooks/editions.py): about 1.6 times the Simplified build alone.
build: $(INSTALLED)
	$(BIN)/python hooks/editions.py --site-dir site

## audit: list sources checked more than 180 days ago, most overdue first (never fails)
audit: $(INSTALLED)
	$(BIN)/python -m macros

## upkeep: what the weekly upkeep workflow reports (.github/workflows/upkeep.yml): overdue
# sources, and source links that are dead or redirected (LinkChecker; needs the network).
# Options: make upkeep UPKEEP_ARGS="--output upkeep.md"
.PHONY: upkeep
upkeep: $(INSTALLED)
	$(BIN)/python upkeep/report.py $(UPKEEP_ARGS)

## offline: a copy that works from file:// without a server, zipped into dist/offline.zip
# No site_url: the copy has no home on the web. Source maps are left out (1.3 MB).
DIST ?= dist
offline: $(INSTALLED)
	rm -rf $(DIST)/offline $(DIST)/offline.zip
	SITE_URL= OFFLINE=true $(BIN)/python hooks/editions.py --site-dir $(abspath $(DIST))/offline/handbook
	find $(DIST)/offline/handbook -name '*.map' -delete
	cd $(DIST)/offline && $(abspath $(BIN))/python -m zipfile -c ../offline.zip handbook
	@echo "$(DIST)/offline.zip: unzip it and open handbook/index.html (繁體中文: handbook/zh-Hant/index.html)"

## clean: remove what the commands above made
clean:
	rm -rf $(VENV) site dist .pytest_cache .hypothesis .ruff_cache test-artifacts node_modules bench/node_modules bench/reports

# The lowest Python the pinned packages accept: pymdown-extensions 13 and soupsieve 4 require
# 3.11.5 (possessive quantifiers in `re` are broken before it), above Debian 12's 3.11.2. The
# newest the README promises is 3.13. Both are tested (.github/workflows/test.yml, tests/unit/test_setup.py).
MIN_PYTHON := 3.11.5
NEWEST_PYTHON := 3.13
$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < tuple(map(int, "$(MIN_PYTHON)".split("."))))' || \
	  { echo "Python $(MIN_PYTHON) or newer is needed (pymdown-extensions 13 and soupsieve 4 require it);" \
	    "$(PYTHON) is $$($(PYTHON) --version 2>&1). Get one: uv python install $(NEWEST_PYTHON)," \
	    "then run: make $(or $(MAKECMDGOALS),serve) PYTHON=\"\$$(uv python find $(NEWEST_PYTHON))\"" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

# The Debian packages the browser and print tests need (chromium, a CJK font, poppler-utils),
# and Java, Node.js and npm for the pinned W3C Nu HTML checker (package.json; `npm ci
# --ignore-scripts` skips its download of a private Java: the system's is used).
system-deps:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	{ command -v fc-list >/dev/null && fc-list :lang=zh | grep -q .; } || missing="$$missing fonts-wqy-microhei"; \
	command -v pdftoppm >/dev/null || missing="$$missing poppler-utils"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v node >/dev/null || missing="$$missing nodejs"; \
	command -v npm >/dev/null || missing="$$missing npm"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "make test needs Debian packages:$$missing. Install them as root: apt-get install$$missing" >&2; exit 1; \
	  fi; \
	  echo "Installing Debian packages:$$missing"; \
	  apt-get update -q >/dev/null; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q$$missing >/dev/null; \
	fi; \
	if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error; \
	fi

## bench: build times, Lighthouse (mobile, gzip) and sizes against bench/budgets.json
# Not a test: a script that prints a table and one JSON line, and fails when a budget
# is missed. Options: make bench BENCH_ARGS="--builds 5 --lighthouse-runs 1"
.PHONY: bench
bench: $(INSTALLED) system-deps bench/node_modules/.installed
	$(BIN)/python bench/bench.py $(BENCH_ARGS)

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" != 0 ]; then echo "make bench needs Node.js 18.16+ and npm (for Lighthouse); install them as root: apt-get install nodejs npm" >&2; exit 1; fi; \
	  echo "Installing Debian packages: nodejs npm"; apt-get update -q >/dev/null; \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null; }
	npm ci --prefix bench --no-audit --no-fund --loglevel=error
	touch $@
