# The two commands of the README. Each one prepares everything it needs first.
SHELL := /bin/bash
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test setup setup-test lint bench screenshots clean

run: setup
	$(PY) -m alsep_desktop --demo

test: setup-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

setup:
	@bash scripts/setup.sh run

setup-test:
	@bash scripts/setup.sh test

lint: setup-test
	$(PY) -m ruff check src tests bench

clean:
	rm -rf .venv build dist .pytest_cache

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py --out docs/screenshots
