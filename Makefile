# mercato — the two fresh-machine commands are `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL := ../shared/eval

.PHONY: install run test lint typecheck eval bench clean

install: $(STAMP)

# Re-install when the project's metadata or a compiled module's source changed (setup.py compiles
# the extractor in place); the stamp lives inside .venv.
$(STAMP): pyproject.toml setup.py $(wildcard src/mercato/extract/*.py) src/mercato/model.py src/mercato/kb/base.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/mercato extract samples --format table

lint: install
	$(BIN)/ruff check src tests bench

typecheck: install
	$(BIN)/mypy src

test: lint typecheck
	$(BIN)/pytest -q

eval: install
	mkdir -p build
	$(BIN)/mercato extract $(EVAL)/dev --format jsonl > build/pred.jsonl
	$(BIN)/python $(EVAL)/score.py $(EVAL)/dev/gold.jsonl build/pred.jsonl --by-lang --show-errors 20

bench: install
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_web.py
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'  # spaCy baseline for bench_spark
	$(BIN)/python bench/bench_spark.py --articles 20000

clean:
	rm -rf build bench/out bench/corpus .pytest_cache .mypy_cache .ruff_cache
	find src -name '*.so' -delete
