# Two commands for a fresh machine: `make run` and `make test` (each creates .venv if missing).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test venv database fonts translations bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

venv: $(VENV)/.installed

run: venv
	$(PY) main.py

test: venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto

database: venv
	$(PY) -m cloudoffice_gui.data.build

bench: venv
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

translations: venv
	$(PY) scripts/update_translations.py

fonts: venv
	$(PY) scripts/build_font_subset.py
