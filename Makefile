# One task runner: the README and CI call these targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OUT ?= out


.PHONY: install demo demo-reports translations test test-servers lint typecheck unit test-postgres bench bench-classifier bench-audit bench-web clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)  ## create the virtual environment and install CocktailParty with its test tools
	$(VENV)/bin/cocktail model build

DEMO_DATA ?= $(OUT)/demo-data
PORT ?= 8000
MASTODON_PORT ?= $(shell echo $$(($(PORT) + 1)))

demo: install  ## the web app with its worker and a demo workspace (Arabic and English) on SQLite; prints the URL (PORT=8000)
	COCKTAIL_DATA_DIR=$(DEMO_DATA) COCKTAIL_ALLOW_PRIVATE_ADDRESSES=1 $(PY) -m cocktailparty.demo --port $(PORT) --mastodon-port $(MASTODON_PORT)

demo-reports: install  ## audit the bundled sample archives (Arabic and English) and write their HTML reports
	$(PY) -m cocktailparty.demo.reports --out $(OUT)/demo

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy

# The database tests run again on PostgreSQL when one answers (CI runs one on 127.0.0.1:5432).
PG_URL ?= postgresql://postgres@127.0.0.1:5432/test
# The suite's database-backed part, run again on PostgreSQL: every domain's service and repository tests, the pages,
# the API and the command line, the worker, the connectors' journeys that write, and three browser journeys (sign-up
# to a published post, the inbox's answer, a correction that retrains); the other browser tests and the connectors'
# own protocol tests, which touch no database of ours, run once.
DB_TESTS ?= tests/worker tests/posts tests/plan tests/inbox tests/media tests/members tests/library tests/channels \
	tests/curation tests/giveaways tests/ideas tests/moments tests/occasions tests/workspaces tests/db tests/api \
	tests/web $(filter-out tests/cli/test_cli.py,$(wildcard tests/cli/test_*.py)) \
	tests/connectors/mastodon/test_publishing_reliability.py \
	tests/connectors/mastodon/test_mastodon_inbox_fetch.py tests/connectors/mastodon/test_mastodon_poll_journey.py \
	tests/e2e/test_browser_journey.py tests/e2e/test_inbox_journey.py tests/e2e/test_correction_loop.py

# The Node test servers (the reference Bluesky PDS, Prism and twitter-text), from the npm registry. better-sqlite3,
# under the PDS, compiles from source: it needs g++, make and the Node headers.
NODE_SERVERS := tests/connectors/bluesky/pds tests/connectors/x/prism
NODE_STAMPS := $(addsuffix /node_modules/.installed-stamp,$(NODE_SERVERS))

%/node_modules/.installed-stamp: %/package-lock.json
	cd $* && npm_config_nodedir=/usr npm ci --no-audit --no-fund --loglevel=error
	touch $@

test-servers: $(NODE_STAMPS)  ## install the Node servers the connector tests run against

# Whether the PostgreSQL of PG_URL answers (asked when a recipe runs, once the virtual environment exists).
PG_UP = $(shell $(PY) -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close(); print('yes')" 2>/dev/null)
# The API's fuzzing (two minutes or more) runs once: on PostgreSQL, the production database, when it answers.
FUZZ := tests/api/test_api_schemathesis.py::test_no_server_errors
# The slowest tests are listed at the end of each run, so a CI log says where its time went.
PYTEST := $(VENV)/bin/pytest --durations=25

unit: $(STAMP) $(NODE_STAMPS)
	$(PYTEST) $(if $(PG_UP),--deselect $(FUZZ))

test-postgres: $(STAMP)
	@if [ -n "$(PG_UP)" ]; then \
		COCKTAIL_TEST_DATABASE_URL=$(PG_URL) $(PYTEST) $(DB_TESTS); \
	else echo "PostgreSQL at $(PG_URL) does not answer: the PostgreSQL run of the database tests is skipped"; fi

test: install lint typecheck unit test-postgres  ## everything CI runs

bench: bench-classifier bench-audit  ## accuracy and speed figures for the README

bench-classifier: install
	$(PY) bench/classifier_accuracy.py
	$(PY) bench/classifier_speed.py

bench-web: install  ## the web app under load with 100,000 posts (dashboard, calendar, API; locust from a second process)
	$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) bench/web_load.py --backends sqlite $$($(PY) -c "import psycopg; psycopg.connect('$(PG_URL)', connect_timeout=3).close(); print('postgres')" 2>/dev/null)

bench-audit: install
	$(PY) bench/audit_speed.py --sizes 10000 100000 1000000

LOCALES := src/cocktailparty/locale

translations: $(STAMP)  ## extract the web app's strings and merge them into the en and ar catalogs
	$(VENV)/bin/pybabel extract -F babel.cfg --no-location --sort-output -o $(LOCALES)/messages.pot .
	for lang in en ar; do \
		if [ -f $(LOCALES)/$$lang/LC_MESSAGES/messages.po ]; then \
			$(VENV)/bin/pybabel update --no-fuzzy-matching -i $(LOCALES)/messages.pot -d $(LOCALES) -l $$lang; \
		else $(VENV)/bin/pybabel init -i $(LOCALES)/messages.pot -d $(LOCALES) -l $$lang; fi; \
	done

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
