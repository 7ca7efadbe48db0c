# The first two commands on a fresh machine: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench translations lupdate package package-test clean system-deps lock lock-upgrade lock-check

# Debian/Ubuntu libraries Qt loads (offscreen and xcb), Xvfb and xdotool for on-screen tests, CJK and emoji fonts,
# Chromium for the sign-in test with a real browser; librsvg (rsvg-convert) and poppler (pdftoppm) render SVG and PDF
# exports in their tests.
APT_PACKAGES := libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 xvfb xauth xdotool fonts-noto-cjk fonts-noto-color-emoji \
	chromium librsvg2-bin poppler-utils

run: $(STAMP) $(QM)
	$(BIN)/python -m tiktok_desktop

# The locks first (a second, offline), then lint: a style or type error fails in seconds, before the tests.
test: lock-check lint $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Style and types: ruff's rules and format, then mypy (its settings, strict below the UI, are in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check tiktok_desktop tests benchmarks packaging
	$(BIN)/ruff format --check tiktok_desktop tests benchmarks packaging
	$(BIN)/mypy

# Installs the test lock (every package pinned, with its hashes), then the project itself, without its
# dependencies and built by the locked setuptools: everything in .venv but pip comes from the lock. A changed
# lock reinstalls.
$(STAMP): pyproject.toml requirements/test.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/test.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The locks, made by uv (a pinned release, itself installed from requirements/uv.txt) rather than pip-tools:
# uv resolves for every platform and Python at once (--universal), so one lock with hashes serves Linux,
# Windows and macOS and every Python from requires-python's on, and it resolves in seconds without building or installing
# anything, where pip-compile resolves for the one interpreter it runs on and depends on pip's internals.
#   requirements/test.txt     pyproject.toml's dependencies and [test] extra, and setuptools: the .venv
#   requirements/package.txt  its dependencies, setuptools and PyInstaller (requirements/package.in), at the
#                             test lock's versions (-c): `make package` ships what `make test` tested
# `make lock` keeps every pin that still fits its ranges and resolves only what changed; `make lock-upgrade`
# moves everything to the newest releases the ranges allow. --python-version: requires-python's oldest.
LOCK_VENV := build/lock-venv
UV_COMPILE = $(LOCK_VENV)/bin/uv pip compile --quiet --no-config --universal --python-version 3.10 \
	--generate-hashes $(LOCK_ARGS)
lock:
	test -x $(LOCK_VENV)/bin/python || $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements/uv.txt
	$(UV_COMPILE) requirements/uv.in -o requirements/uv.txt
	$(UV_COMPILE) pyproject.toml --extra test requirements/build.in -o requirements/test.txt
	$(UV_COMPILE) pyproject.toml requirements/build.in requirements/package.in -c requirements/test.txt \
		-o requirements/package.txt
	$(MAKE) lock-check

lock-upgrade:
	$(MAKE) lock LOCK_ARGS=--upgrade

# Fails when a lock no longer fits pyproject.toml or requirements/*.in (a range changed without `make lock`).
# Offline: it compares the pins with the ranges (packaging/check_lock.py says what it checks) rather than
# recompiling and diffing, which would need the index and would fail whenever a newer release came out.
lock-check: $(STAMP)
	$(BIN)/python packaging/check_lock.py

# Figures next to baselines measured in the same run (a few minutes); exits 1 when a target is missed.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# Compiled translations are built from the .ts sources, never committed.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refreshes the .ts sources from the code; translate the new entries, then `make translations`.
# English is the source language: its file holds only the plural forms of the %n strings ("Synced %n video." /
# "Synced %n videos."), which -pluralonly keeps it to; every other language gets every string.
TS_EN := resources/translations/tiktok_desktop_en.ts
LUPDATE = $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none tiktok_desktop
lupdate: $(STAMP)
	$(LUPDATE) -ts $(filter-out $(TS_EN),$(TS))
	$(LUPDATE) -pluralonly -ts $(TS_EN)

# Needs root (CI runs as root); a desktop usually has all of these already.
system-deps:
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(APT_PACKAGES)

# The one-folder app in dist/tiktok-desktop/, built in a clean virtual environment of its own so that
# nothing but the app's dependencies (and one Qt binding) ends up in it.
PKG_VENV := build/package-venv
# Installed from requirements/package.txt (pinned, with hashes; PyInstaller too), so that two builds of the
# same commit bundle the same releases; build/lib is setuptools' and would carry modules deleted since.
package: lock-check $(QM)
	rm -rf $(PKG_VENV) build/lib build/tiktok-desktop dist/tiktok-desktop
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PKG_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements/package.txt
	$(PKG_VENV)/bin/python -m pip install --quiet --no-deps --no-build-isolation .
	$(PKG_VENV)/bin/python packaging/make_icons.py
	$(PKG_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller build.spec
	@du -sh dist/tiktok-desktop

# Runs the packaged app's self-test headless and on a virtual X screen (proves the xcb plugin's libraries);
# anything on stderr fails it, as a warning there is what a user would see first.
package-test:
	QT_QPA_PLATFORM=offscreen dist/tiktok-desktop/tiktok-desktop --self-test 2>build/self-test.err
	test ! -s build/self-test.err || { cat build/self-test.err; exit 1; }
	xvfb-run -a -s "-screen 0 1280x800x24" dist/tiktok-desktop/tiktok-desktop --self-test 2>build/self-test.err
	test ! -s build/self-test.err || { cat build/self-test.err; exit 1; }

clean:
	rm -rf $(VENV) build dist resources/translations/*.qm .pytest_cache
