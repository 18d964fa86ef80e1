# Two commands do all set-up: `make run` opens the app on a sample article, `make test` runs
# the whole suite (lint, types, tests). Both create .venv and install into it on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
SAMPLE := resources/samples/harbour-bridge.txt

.PHONY: run test lint bench clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Reading Assistant needs Python 3.11 or newer" if sys.version_info < (3, 11) else 0)'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(INSTALLED)

# Qt's X11/Wayland plugins need a few system libraries that minimal Debian/Ubuntu installs lack;
# install them only when the plugin reports them missing.
QT_XCB := $(wildcard $(VENV)/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so)
QT_DEBS := libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1 \
	libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libegl1 libfontconfig1 libdbus-1-3

# The app's own modules compiled to bytecode, as pip does for an installed package: with
# PYTHONDONTWRITEBYTECODE set, an editable install would compile them at every launch (a
# quarter of a second). Only changed files are compiled again.
BYTECODE := $(BIN)/python -m compileall -q desktop

run: $(INSTALLED)
	@if [ -n "$(QT_XCB)" ] && ldd $(QT_XCB) $(dir $(QT_XCB))../../lib/libQt6XcbQpa.so.6 2>/dev/null | grep -q "not found" \
		&& command -v apt-get >/dev/null; then \
		echo "Installing the system libraries Qt needs to open a window: $(QT_DEBS)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(QT_DEBS); \
	fi
	@$(BYTECODE)
	$(BIN)/reading-assistant $(SAMPLE)

lint: $(INSTALLED)
	$(BIN)/ruff check desktop tests benchmarks
	$(BIN)/ruff format --check desktop tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

# The performance budget (issue 7): analysis, start-up, memory, stalls, archive. A few minutes.
bench: $(INSTALLED)
	@$(BYTECODE)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) artifacts .mypy_cache .ruff_cache .pytest_cache
