"""Every test runs offscreen, with its own temporary folders and an in-memory keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import keyring
import pytest
from helpers.constants import ENV_VARS
from helpers.memory_keyring import MemoryKeyring
from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.config import Paths, Settings

# the app sets its locale from the language at start (ui.i18n.install); tests start in English
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """Sends every folder, setting and secret of the app to temporary places."""
    paths = Paths(config_dir=tmp_path / "config", data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    monkeypatch.setenv("TIKTOK_DESKTOP_CONFIG_DIR", str(paths.config_dir))
    monkeypatch.setenv("TIKTOK_DESKTOP_DATA_DIR", str(paths.data_dir))
    monkeypatch.setenv("TIKTOK_DESKTOP_CACHE_DIR", str(paths.cache_dir))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LANGUAGE", "en")
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield paths
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def gui_thread_gc(qapp):
    """Garbage collected on the GUI thread, as the app does (ui.application.run_gui)."""
    from tiktok_desktop.ui.gui_thread_gc import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def english(qapp):
    """English as the app starts in it (ui.application installs the language's translators): for English, the
    plural forms of counts ("1 video", "2 videos") from tiktok_desktop_en.qm."""
    from tiktok_desktop.ui import i18n

    assert i18n.install("en") == "en"


@pytest.fixture(autouse=True)
def nothing_outlives_its_test(gui_thread_gc):
    """Every window, dialog and menu a test left is closed and deleted when it ends, and its garbage collected.

    Left alive, they piled up by the thousand (message boxes still shown, windows whose timers still fired) and
    every later application-wide style sheet repolished them all: slow, and in full runs a crash in setStyleSheet.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():  # a hidden one may be closed already (pyqtgraph's close() fails a second time)
            widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gui_thread_gc.collect_due()


@pytest.fixture
def ctx(isolated: Paths) -> AppContext:
    """A context whose user has seen the set-up wizard (tests of the wizard itself say otherwise)."""
    settings = Settings(isolated.settings_file, environ={})
    settings.set("wizard_done", True)
    return AppContext(isolated, settings, environ={})


@pytest.fixture
def runner(qapp):
    """The app's task helper, drained at the end of the test (a task still running fails it)."""
    from tiktok_desktop.ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    assert r.shutdown(10_000)
