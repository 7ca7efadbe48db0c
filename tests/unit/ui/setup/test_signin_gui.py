"""Signing in from the GUI against the fake TikTok: dialog, sync of the real account, revoked access, sign-out."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import pytest
from helpers.fake_tiktok import FakeTikTok
from helpers.window import start_and_wait
from PySide6.QtWidgets import QApplication

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.config import Settings
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.tasks import TaskRunner

TIMEOUT = 30_000


@pytest.fixture
def fake():
    server = FakeTikTok(videos=30).start()
    yield server
    server.stop()


@pytest.fixture
def browser(monkeypatch):
    """webbrowser.open as a browser would do it: load the page, follow the redirect to the listener."""
    opened: list[str] = []

    def visit(url: str) -> None:
        try:
            urllib.request.urlopen(url, timeout=10).read()
        except urllib.error.HTTPError:
            pass

    def open_url(url: str, *a, **k) -> bool:
        opened.append(url)
        threading.Thread(target=visit, args=(url,), daemon=True).start()
        return True

    monkeypatch.setattr("webbrowser.open", open_url)
    return opened


@pytest.fixture
def ctx(isolated, fake) -> AppContext:
    """The app set up for the fake TikTok (the window fixture, tests/unit/ui/conftest.py, is built with it)."""
    env = {
        "TIKTOK_CLIENT_KEY": fake.client_key,
        "TIKTOK_CLIENT_SECRET": fake.client_secret,
        "TIKTOK_AUTH_URL": fake.auth_url,
        "TIKTOK_API_BASE": fake.base,
    }
    ctx = AppContext(isolated, Settings(isolated.settings_file, environ=env), environ=env)
    ctx.settings.set("wizard_done", True)
    return ctx


def test_sign_in_shows_the_creators_own_data(qtbot, window: MainWindow, fake: FakeTikTok, browser) -> None:
    start_and_wait(qtbot, window)
    assert window.source_name == "demo" and window.commands.sign_in.isVisible()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        dialog = window.sign_in()
        qtbot.waitUntil(lambda: dialog.url.text().startswith(fake.auth_url), timeout=TIMEOUT)
        shown_url = dialog.url.text()
        assert dialog.copy_button.isEnabled()
        dialog.copy_button.click()
        assert QApplication.clipboard().text() == dialog.url.text()
    assert browser == [shown_url]
    assert window.source_name == "official"
    assert window.model.rowCount() == 30
    assert not window.demo_banner.isVisible() and "Demo" not in window.windowTitle()
    assert window.profile_card.display_name.text() == "Fake <i>Creator</i> 🍜"
    assert window.commands.signed_in_as.text() == "Signed in as @fake.creator"
    assert window.commands.sign_out.isVisible() and not window.commands.sign_in.isVisible()

    # the cached covers replace the colour tiles, loaded in the background
    from PySide6.QtCore import Qt

    from tiktok_desktop.ui.mainwindow.video_model import COVER

    def first_cover_colour() -> str:
        pixmap = window.model.data(window.model.index(0, COVER), Qt.ItemDataRole.DecorationRole)
        return pixmap.toImage().pixelColor(13, 18).name()

    assert fake.requests["cover"] == 30 and fake.cover_auth_leaks == 0
    # the fake's cover colour is not one of the placeholder tiles' colours
    qtbot.waitUntil(lambda: first_cover_colour() == "#0ac81e", timeout=TIMEOUT)


def test_revoked_access_shows_a_banner_that_signs_in_again(qtbot, window: MainWindow, fake, browser) -> None:
    start_and_wait(qtbot, window)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.sign_in()
    fake.revoke_everything()
    window.refresh()
    qtbot.waitUntil(lambda: window.error_banner.isVisible(), timeout=TIMEOUT)
    assert "expired or access was revoked" in window.error_banner.label.text()
    assert window.error_banner.action.text() == "Sign in with TikTok"
    assert window.model.rowCount() == 30  # the creator's data stays on screen
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.error_banner.action.click()
    assert not window.error_banner.isVisible() and window.signed_in


def test_a_refused_sign_in_is_explained_in_the_dialog(qtbot, window: MainWindow, fake, browser) -> None:
    start_and_wait(qtbot, window)
    fake.deny = True
    dialog = window.sign_in()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert "refused" in dialog.error.text() and dialog.retry_button.isVisible()
    fake.deny = False
    with qtbot.waitSignal(dialog.signed_in, timeout=TIMEOUT):
        dialog.retry_button.click()


def test_cancel_closes_the_listener(qtbot, window: MainWindow, monkeypatch) -> None:
    start_and_wait(qtbot, window)
    monkeypatch.setattr("webbrowser.open", lambda *a, **k: True)  # the user never finishes in the browser
    dialog = window.sign_in()
    qtbot.waitUntil(lambda: bool(dialog.url.text()), timeout=TIMEOUT)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=TIMEOUT)
    assert not any(t.name == "oauth-callback" for t in threading.enumerate())


def test_sign_out_returns_to_demo_data(qtbot, window: MainWindow, fake, browser) -> None:
    start_and_wait(qtbot, window)
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.sign_in()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.account.sign_out()
    assert fake.revoked == [fake.open_id]
    assert window.source_name == "demo" and window.demo_banner.isVisible()
    assert window.commands.sign_in.isVisible() and window.commands.signed_in_as.text() == "Not signed in"


def test_missing_credentials_say_what_to_do(qtbot, isolated) -> None:
    ctx = AppContext(isolated, Settings(isolated.settings_file, environ={}), environ={})
    ctx.settings.set("wizard_done", True)
    runner = TaskRunner()
    w = MainWindow(ctx, runner)
    qtbot.addWidget(w)
    dialog = w.sign_in()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert "client key and client secret are not set" in dialog.error.text()
    dialog.reject()
    assert runner.shutdown(10_000)


def test_preferences_offer_sign_out_only_to_the_signed_in_and_say_when_it_is_done(
    qtbot, window: MainWindow, fake, browser
) -> None:
    start_and_wait(qtbot, window)
    nobody = window.open_preferences()
    assert not nobody.sign_out_button.isEnabled() and nobody.sign_out_button.toolTip()
    nobody.reject()
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.sign_in()
    dialog = window.open_preferences()
    assert dialog.sign_out_button.isEnabled()
    dialog.sign_out_button.click()
    assert dialog.status.text().startswith("Signing out")
    qtbot.waitUntil(
        lambda: dialog.status.text().startswith("Signed out"), timeout=TIMEOUT
    )  # not "Signing out" for ever
    assert not dialog.sign_out_button.isEnabled() and fake.revoked == [fake.open_id]
