# Two entry points for a fresh machine: `make demo` and `make test`. Both create .venv on first use.
VENV ?= .venv
PY := $(VENV)/bin/python
REPORT := corpus/cnipa-2025-work-report.en.txt

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

$(VENV)/.bench: $(VENV)/.installed
	$(PY) -m pip install -q -e ".[dev,bench]"
	touch $@

.PHONY: install demo test bench bench-long lint ecosystem planted align-eval
install: $(VENV)/.installed

demo: $(VENV)/.installed
	$(VENV)/bin/ipnlp analyze $(REPORT)
	$(VENV)/bin/ipnlp check $(REPORT) --exit-zero

test: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests benchmarks
	$(PY) -m pytest

# Under 5 minutes on a loaded 2-core machine: the speed ratios, cold start and a batch of 1,000 reports,
# ending with one summary table (benchmarks/conftest.py). bench-long runs more rounds and adds the
# memory, scaling and near-duplicate probes.
BENCH_ARGS := benchmarks --benchmark-only -p no:cacheprovider -q
bench: $(VENV)/.bench
	$(PY) -m pytest $(BENCH_ARGS)

bench-long: $(VENV)/.bench
	IPNLP_BENCH_PROFILE=long $(PY) -m pytest $(BENCH_ARGS) -s

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests benchmarks

# Every rule over the real reports in ../shared/realdocs/texts (when present) and the shipped report,
# preview rules included, judged against the committed triage verdicts; exit 1 when the acceptance
# bar is not met.
ecosystem: $(VENV)/.installed
	$(PY) scripts/ecosystem.py --check --preview $(ECOSYSTEM_ARGS)

# Planted-defect recall per kind over copies of the same reports (scripts/plant_defects.py).
planted: $(VENV)/.installed
	$(PY) scripts/plant_defects.py $(PLANTED_ARGS)

# Figure alignment on the HKMA human and machine EN<->ZH translations in ../shared/realdocs/hkma, next
# to a digit-matching baseline (docs/alignment.md); about two minutes.
align-eval: $(VENV)/.installed
	$(PY) scripts/align_eval.py $(ALIGN_EVAL_ARGS)
