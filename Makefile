# The two commands of the README. Each one prepares everything it needs first.
SHELL := /bin/bash
PY := .venv/bin/python
# Without a display (a server, CI) Qt draws offscreen; on a desktop it uses the real screen.
ifeq ($(DISPLAY)$(WAYLAND_DISPLAY),)
export QT_QPA_PLATFORM ?= offscreen
endif

.PHONY: run test setup setup-test lint screenshots clean

run: setup
	@if [ "$$QT_QPA_PLATFORM" = "offscreen" ]; then echo "make run: no display found; the window is drawn offscreen (set DISPLAY to see it)"; fi
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
