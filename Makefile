# The two commands of the README. Each one prepares everything it needs first.
SHELL := /bin/bash
PY := .venv/bin/python
# Without a display (a server, CI) Qt draws offscreen; on a desktop it uses the real screen.
ifeq ($(DISPLAY)$(WAYLAND_DISPLAY),)
export QT_QPA_PLATFORM ?= offscreen
endif

.PHONY: run test setup setup-test lint screenshots clean constraints bundle setup-bundle bundle-check

run: setup
	@if [ "$$QT_QPA_PLATFORM" = "offscreen" ]; then echo "make run: no display found; the window is drawn offscreen (set DISPLAY to see it)"; fi
	$(PY) -m alsep_desktop --demo

test: setup-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q
	@if [ "$${ALSEP_BUNDLE:-0}" = "1" ]; then $(MAKE) --no-print-directory bundle-check; fi

setup:
	@bash scripts/setup.sh run

setup-test:
	@bash scripts/setup.sh test

# Issue 16 (decisions 1601, 1603, 1605): the frozen one-folder bundle and its .deb, in dist/.
bundle: setup-bundle
	bash scripts/bundle.sh

setup-bundle:
	@ALSEP_BUNDLE=1 bash scripts/setup.sh test

# CI (.ci/run: ALSEP_BUNDLE=1 make test): after the suite, build once and check the frozen bundle.
bundle-check: bundle
	QT_QPA_PLATFORM=offscreen dist/alsep-desktop/alsep-desktop --self-check
	dist/alsep-desktop/alsep-admin --help >/dev/null
	ALSEP_BUNDLE_DIR=$(CURDIR)/dist/alsep-desktop QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider -m bundle tests/installer

# The same checks run inside `make test` (tests/unit/arch/test_arch_typecheck.py, decision 2101;
# test_arch_layers_linter.py, decision 2102).
lint: setup-test
	$(PY) -m ruff check src tests bench scripts
	$(PY) -m mypy
	.venv/bin/lint-imports

clean:
	rm -rf .venv build dist .pytest_cache

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py --out docs/screenshots
	$(PY) scripts/cabinet_screenshots.py --out docs/screenshots/cabinet

# Pin what the tests ran with: refresh constraints.txt from the set-up virtualenv (issue 13).
constraints: setup-test
	@{ echo "# Versions the test suite ran with (issue 13). scripts/setup.sh installs with -c constraints.txt;"; \
	  echo "# the bundle build must use it too. Refresh after a dependency change: make constraints"; \
	  $(PY) -m pip freeze --exclude-editable | grep -v '^#' | grep -iv '^alsep'; } > constraints.txt
	@echo "constraints.txt: $$(grep -vc '^#' constraints.txt) pinned packages"
