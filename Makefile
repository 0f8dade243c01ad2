# Two commands on a fresh clone: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench bench-language clean

install: $(STAMP)

# Rebuild the venv only when the dependency pins or the project metadata change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/baozhi run

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/baozhi bench --years 10 --papers 1

bench-language: install
	$(BIN)/python -m bench.language

clean:
	rm -rf $(VENV) data
