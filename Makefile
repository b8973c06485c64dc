# The README's two commands. Each does all of its own set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck pytest docs fuzz fuzz-until test-spark clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEVSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(STAMP)
	$(BIN)/python examples/quickstart.py

lint: $(DEVSTAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(DEVSTAMP)
	$(BIN)/mypy

pytest: $(DEVSTAMP)
	$(BIN)/pytest

FUZZ_SECONDS ?= 120
FUZZSTAMP := $(VENV)/.installed-fuzz

$(FUZZSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	touch $@

# Coverage-guided fuzzing of every public function for FUZZ_SECONDS (not part of make test).
# The corpus grows in .fuzz-corpus/ from run to run (seeded from fuzz/seeds/), and each run's
# executions are added up in .fuzz-corpus/runs.tsv (fuzz/run.py).
fuzz: $(FUZZSTAMP)
	$(BIN)/python fuzz/run.py $(FUZZ_SECONDS)

# A long campaign on idle CPU only: runs of FUZZ_SECONDS under nice until runs.tsv adds up to
# FUZZ_UNTIL executions (or a crash). Killing it (SIGTERM) records the current run first.
FUZZ_UNTIL ?= 1000000
fuzz-until: $(FUZZSTAMP)
	nice -n 19 $(BIN)/python fuzz/run.py $(FUZZ_SECONDS) --until $(FUZZ_UNTIL)

SPARKSTAMP := $(VENV)/.installed-spark

$(SPARKSTAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[spark,test]'
	touch $@

# The PySpark mapInPandas pattern of docs/scale-out.md run in Spark's local mode (not part of
# make test). Needs Java 17 or newer; without it the tests are skipped and say why.
test-spark: $(SPARKSTAMP)
	GEOECON_TEST_SPARK=1 $(BIN)/pytest -p no:cacheprovider -rs tests/test_spark.py

docs: $(DEVSTAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

test: lint typecheck pytest docs

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
