# One task runner: the README and CI call these targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
OUT ?= out

.PHONY: install demo test lint typecheck unit bench bench-classifier bench-audit clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

install: $(STAMP)  ## create the virtual environment and install CocktailParty with its test tools
	$(VENV)/bin/cocktail model build

demo: install  ## audit the bundled sample archives (Arabic and English) and write their reports
	$(PY) -m cocktailparty.demo --out $(OUT)/demo

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(VENV)/bin/pytest

test: install lint typecheck unit  ## everything CI runs

bench: bench-classifier bench-audit  ## accuracy and speed figures for the README

bench-classifier: install
	$(PY) bench/classifier_accuracy.py
	$(PY) bench/classifier_speed.py

bench-audit: install
	$(PY) bench/audit_speed.py --sizes 10000 100000 1000000

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .mypy_cache .ruff_cache
