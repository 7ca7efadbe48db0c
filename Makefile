# The first two commands on a fresh machine: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench translations lupdate package package-test clean system-deps

# Debian/Ubuntu libraries Qt loads (offscreen and xcb), Xvfb for on-screen tests, CJK and emoji fonts,
# Chromium for the sign-in test with a real browser.
APT_PACKAGES := libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 \
	libglib2.0-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 xvfb xauth fonts-noto-cjk fonts-noto-color-emoji \
	chromium

run: $(STAMP) $(QM)
	$(BIN)/python -m tiktok_desktop

# Lint first: a style or type error fails in seconds, before the minute of tests.
test: lint $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Style and types: ruff's rules and format, then mypy (its settings, strict below the UI, are in pyproject.toml).
lint: $(STAMP)
	$(BIN)/ruff check tiktok_desktop tests benchmarks packaging
	$(BIN)/ruff format --check tiktok_desktop tests benchmarks packaging
	$(BIN)/mypy

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Figures next to baselines measured in the same run (a few minutes); exits 1 when a target is missed.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# Compiled translations are built from the .ts sources, never committed.
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refreshes the .ts sources from the code; translate the new entries, then `make translations`.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none tiktok_desktop -ts $(TS)

# Needs root (CI runs as root); a desktop usually has all of these already.
system-deps:
	apt-get update -q
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(APT_PACKAGES)

# The one-folder app in dist/tiktok-desktop/, built in a clean virtual environment of its own so that
# nothing but the app's dependencies (and one Qt binding) ends up in it.
PKG_VENV := build/package-venv
package: $(QM)
	rm -rf $(PKG_VENV) build/tiktok-desktop dist/tiktok-desktop
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PKG_VENV)/bin/python -m pip install --quiet . 'pyinstaller>=6.10'
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
