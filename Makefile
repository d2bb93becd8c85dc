# Ceasefire Tracker: `make run` serves the dashboard, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test setup lint eval picture bench-extract bench-ingest bench-bulk bench-web bench-render bench-download clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)
	$(PY) manage.py migrate --no-input
	$(PY) manage.py seed

run: setup
	$(PY) manage.py ensure_editor
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

eval: $(STAMP)
	../shared/eval/evaluate

picture: $(STAMP)
	../shared/eval/picture

bench-extract: $(STAMP)
	$(PY) benchmarks/bench_extract.py

bench-ingest: $(STAMP)
	$(PY) benchmarks/bench_ingest.py

bench-bulk: $(STAMP)
	$(PY) benchmarks/bench_bulk.py

bench-web: $(STAMP)
	$(PY) benchmarks/bench_web.py $(ARGS)

bench-render: $(STAMP)
	$(PY) benchmarks/bench_render.py $(ARGS)

bench-download: $(STAMP)
	$(PY) benchmarks/bench_download.py

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles test-output
