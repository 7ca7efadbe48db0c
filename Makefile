# The first two commands on a fresh machine: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test bench translations lupdate package clean

run: $(STAMP) $(QM)
	$(BIN)/python -m tiktok_desktop

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Compiled translations are built from the .ts sources, never committed.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refreshes the .ts sources from the code; translate the new entries, then `make translations`.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none tiktok_desktop -ts $(TS)

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm .pytest_cache
