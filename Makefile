# Prisoner-recruitment news analysis: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
CORPUS ?= seeds
OUT ?= reports
PARAMS ?=
SIZES ?= 200,1000
# WORKERS: processes at once; empty for the cores this process may use (1: everything in one process, same results)
WORKERS ?=

.DEFAULT_GOAL := help
.PHONY: help report test lab bench clean

## Show the targets and what they do
help:
	@awk '/^## /{doc=substr($$0,4)} /^[a-z]+:/{if(doc){split($$1,t,":"); printf "  make %-8s %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

# The venv is built once: re-running a target does not reinstall unless pyproject.toml or .constraints.txt changed.
$(INSTALLED): pyproject.toml .constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -c .constraints.txt -e '.[dev]'
	$(PY) -m analysis.offline_data
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (prisoner-news)" >/dev/null
	touch $@

## Build the report (HTML, PDF, CSVs) from CORPUS (default seeds/) into OUT (default reports/); PARAMS=settings.yaml, WORKERS=N (default: the cores)
report: $(INSTALLED)
	$(PY) -m analysis.report --corpus $(CORPUS) --out $(OUT) $(if $(WORKERS),--workers $(WORKERS),) $(if $(PARAMS),--params $(PARAMS),)

## Time the report against the bare spaCy pass, per stage, on invented corpora of SIZES articles -> reports/bench.json (ANALYSIS_ONLY=1: the pass alone)
bench: $(INSTALLED)
	$(PY) -m analysis.bench --sizes $(SIZES) $(if $(WORKERS),--workers $(WORKERS),) $(if $(ANALYSIS_ONLY),--analysis-only,) --output reports/bench.json

## Run the test suite
test: $(INSTALLED)
	$(PY) -m pytest -q

## Open JupyterLab on the notebooks with the project's kernel
lab: $(INSTALLED)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root,)

## Remove generated reports, caches and the venv
clean:
	rm -rf $(VENV) reports/*.html reports/*.pdf reports/data reports/notebooks reports/bench.json reports/.report-state.json reports/.report-lock reports/.building .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
