# Reading notebooks: `make lab` to read, `make test` to check everything.
# Paths are absolute so `make -C <repo> …` or `make -f <repo>/Makefile …` work from any directory.

SHELL := /bin/bash
ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
PYTHON ?= python3
VENV := $(ROOT)/.venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with $(ROOT)/notebooks/nbval_sanitize.cfg --nbval-cell-timeout 120

.PHONY: setup lab test lint unit nbval notebooks bench
.NOTPARALLEL:

setup: $(STAMP)

$(STAMP): $(ROOT)/requirements.txt $(ROOT)/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -r $(ROOT)/requirements.txt -e $(ROOT)
	touch $@

lab: setup
	cd $(ROOT) && $(PY) -m jupyterlab $(ALLOW_ROOT) --ServerApp.root_dir=$(ROOT) --LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

test: lint unit nbval

# ruff (lint and format) and mypy must report nothing.
lint: setup
	cd $(ROOT) && $(VENV)/bin/ruff check helpers tests bench && $(VENV)/bin/ruff format --check helpers tests bench && $(VENV)/bin/mypy

# pytest exits 5 when it collects nothing: the suite then checked nothing, so say so and fail.
NO_TESTS = rc=$$?; if [ $$rc -eq 5 ]; then echo "make $@: pytest collected no tests" >&2; fi; exit $$rc

unit: setup
	cd $(ROOT) && { $(PY) -m pytest -n 2 tests; $(NO_TESTS); }

nbval: setup
	@ls $(ROOT)/notebooks/*.ipynb >/dev/null 2>&1 || { echo "make $@: no notebooks in $(ROOT)/notebooks/" >&2; exit 1; }
	cd $(ROOT) && { $(PY) -m pytest $(NBVAL) notebooks/; $(NO_TESTS); }

notebooks: setup
	cd $(ROOT) && $(PY) -m helpers.notebook_runner

bench: setup
	cd $(ROOT) && $(PY) -m helpers bench
