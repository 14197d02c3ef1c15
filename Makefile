# Reading notebooks: `make lab` to read, `make test` to check everything.
# Paths are absolute so `make -C <repo> …` or `make -f <repo>/Makefile …` work from any directory.

SHELL := /bin/bash
ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))
PYTHON ?= python3
VENV := $(ROOT)/.venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)
WORKERS ?= $(shell nproc)
# tests/startup.py must load before nbval's plugin; -p does that, from the project root.
PYTEST := $(PY) -m pytest -p tests.startup
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with $(ROOT)/notebooks/nbval_sanitize.cfg --nbval-cell-timeout 120

.PHONY: setup lab test lint unit nbval students browser notebooks notebooks-exist bench site
.NOTPARALLEL:

# Python writes bytecode caches unless told not to; where the environment turns them off, every
# test process and notebook kernel would compile the package afresh.
unexport PYTHONDONTWRITEBYTECODE
# The tests and the notebooks they store show the curated corpus only, never a reader's own.
unexport READER_CORPUS

setup: $(STAMP)

$(STAMP): $(ROOT)/requirements.txt $(ROOT)/pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip
	$(PY) -m pip install -r $(ROOT)/requirements.txt -e $(ROOT)
	touch $@

# The notebooks' stored outputs are the project's own HTML: sign them as trusted first, or JupyterLab
# sanitises them and drops their styling and ruby (see the README). Then compute the corpus's
# readings into the readings cache, so that a reader page in a new kernel does not first load the
# polyphone model: about half a minute once per engine version, a few seconds after that.
lab: setup
	cd $(ROOT) && $(PY) -m helpers.notebook_runner --trust
	cd $(ROOT) && $(PY) -m helpers readings --warm-cache
	cd $(ROOT) && $(PY) -m jupyterlab $(ALLOW_ROOT) --ServerApp.root_dir=$(ROOT) --LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb

# Unit tests and notebooks in one pytest session on every core; a notebook's cells stay together
# on one worker (--dist loadfile), since they share its kernel. Then the student copies, then the
# browser tests, on their own.
test: lint notebooks-exist
	cd $(ROOT) && { $(PYTEST) -n $(WORKERS) --dist loadfile tests $(NOT_BROWSER) notebooks/ $(NBVAL); $(NO_TESTS); }
	$(MAKE) -f $(ROOT)/Makefile students
	cd $(ROOT) && { $(BROWSER_TESTS); $(NO_TESTS); }

# ruff (lint and format) and mypy must report nothing.
lint: setup
	cd $(ROOT) && $(VENV)/bin/ruff check helpers tests bench && $(VENV)/bin/ruff format --check helpers tests bench && $(VENV)/bin/mypy

# pytest exits 5 when it collects nothing: the suite then checked nothing, so say so and fail.
NO_TESTS = rc=$$?; if [ $$rc -eq 5 ]; then echo "make $@: pytest collected no tests" >&2; fi; exit $$rc

# Tests marked nbval (notebooks run in a subprocess) are left to `make test`.
unit: setup
	cd $(ROOT) && { $(PYTEST) -n $(WORKERS) tests $(NOT_BROWSER) -m "not nbval"; $(NO_TESTS); }

# JupyterLab and the static site in Debian's Chromium (needs chromium and fonts-noto-cjk, which
# .ci/run installs). One process: the tests share one JupyterLab server and their timings must
# not compete with other workers. Screenshots of failures go to test-results/browser/.
NOT_BROWSER := --ignore=$(ROOT)/tests/browser
BROWSER_TESTS := $(PYTEST) -p no:cacheprovider -v tests/browser
browser: setup
	cd $(ROOT) && { $(BROWSER_TESTS); $(NO_TESTS); }

# The student copies `python -m helpers release` writes: the walkthroughs with exercises must run
# from start to end with their answers removed (--nbval-lax: cells run; outputs are the student's).
RELEASE := $(ROOT)/build/release
students: setup notebooks-exist
	cd $(ROOT) && $(PY) -m helpers release --out $(RELEASE) >/dev/null
	cd $(ROOT) && { $(PYTEST) -n $(WORKERS) --dist loadfile --nbval-lax --nbval-current-env --nbval-cell-timeout 120 $(RELEASE)/student/0[1-5]_*.ipynb; $(NO_TESTS); }

nbval: setup notebooks-exist
	cd $(ROOT) && { $(PYTEST) -n $(WORKERS) --dist loadfile $(NBVAL) notebooks/; $(NO_TESTS); }

notebooks-exist:
	@ls $(ROOT)/notebooks/*.ipynb >/dev/null 2>&1 || { echo "make: no notebooks in $(ROOT)/notebooks/" >&2; exit 1; }

notebooks: setup
	cd $(ROOT) && $(PY) -m helpers.notebook_runner

bench: setup
	cd $(ROOT) && $(PY) -m helpers bench

# The notebooks with their stored outputs as a static site in site/ (nothing is executed; open
# site/index.html from disk, no server needed).
site: setup notebooks-exist
	cd $(ROOT) && $(PY) -m helpers site --out $(ROOT)/site/
