"""What the window shows when the chosen source has nothing to show, or a sync fails: never another source's
numbers under a label that no longer says what they are, always what to do next."""

from __future__ import annotations

import pytest
from helpers.window import TIMEOUT, start_and_wait
from PySide6.QtWidgets import QApplication

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.auth.secrets import TIKAPI_KEY
from tiktok_desktop.core.errors import DiskFull, NotSignedIn, TikApiBadKey
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.setup.wizard import TIKAPI, SetupWizard


def demo_numbers_on_screen(w: MainWindow) -> bool:
    shown = w.dashboard
    demo = shown is not None and shown.account.profile.source == "demo"
    return demo and (w.profile_card.isVisible() or w.model.rowCount() > 0 or w.insights.isVisible())


def assert_demo_labelled_honestly(w: MainWindow) -> None:
    """Demo numbers on screen <=> the demo banner and "Demo data" in the title."""
    demo = demo_numbers_on_screen(w)
    assert w.demo_banner.isVisible() == demo
    assert ("Demo data" in w.windowTitle()) == demo


def fail_with(error: Exception):
    def make_source(*args: object, **kwargs: object):
        raise error

    return make_source


@pytest.mark.parametrize("source", ["official", "tikapi"])
def test_finishing_the_wizard_on_a_source_without_data_takes_the_demo_numbers_off_screen(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, source: str
) -> None:
    start_and_wait(qtbot, window)
    assert_demo_labelled_honestly(window)
    if source == "tikapi":  # set up, but the test failed: the key is refused
        ctx.secrets.set(TIKAPI_KEY, "SomeKey123456")
        ctx.settings.set("tikapi_username", "someone")
        monkeypatch.setattr(ctx, "make_source", fail_with(TikApiBadKey(message="401")))
    ctx.settings.set("source", source)
    window.reload(then_refresh=True)  # what the wizard's Finish with "Sync now" does
    qtbot.waitUntil(lambda: window.error_banner.isVisible() and not window.syncing, timeout=TIMEOUT)
    assert_demo_labelled_honestly(window)
    assert window.model.rowCount() == 0 and not window.profile_card.isVisible() and not window.insights.isVisible()
    assert not window.charts.isVisible()
    empty = window.body.empty
    assert empty.isVisible() and empty.demo.isVisible() and empty.tikapi.isVisible()
    assert empty.sign_in.isVisible() == (source == "official")
    assert not window.exports.csv_action.isEnabled()


def test_a_restart_on_official_with_nobody_signed_in_says_what_to_do(
    qtbot, window: MainWindow, ctx: AppContext
) -> None:
    ctx.settings.set("source", "official")
    window.start()
    qtbot.waitUntil(lambda: window.body.showing_empty, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.loader.loading and not window.syncing, timeout=TIMEOUT)
    empty = window.body.empty
    assert empty.isVisible() and "Not signed in" in empty.title.text()
    assert [b.text() for b in (empty.sign_in, empty.tikapi, empty.demo)] == [
        "Sign in with TikTok",
        "Set up TikAPI",
        "Use demo data",
    ]
    assert empty.sign_in.isDefault()
    assert not window.error_banner.isVisible()  # nothing was tried that could fail: the panel says it all
    assert_demo_labelled_honestly(window)

    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        empty.demo.click()
    assert ctx.settings.get("source") == "demo" and window.model.rowCount() > 0
    assert_demo_labelled_honestly(window)


def test_set_up_tikapi_opens_the_wizard_on_its_page(qtbot, window: MainWindow, ctx: AppContext) -> None:
    ctx.settings.set("source", "official")
    window.start()
    qtbot.waitUntil(lambda: window.body.showing_empty, timeout=TIMEOUT)
    window.body.empty.tikapi.click()
    wizard = window.findChild(SetupWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.currentId() == TIKAPI and wizard.source_page.choice() == "tikapi"
    wizard.reject()


def test_a_failed_sync_keeps_the_last_data_and_says_how_old_it_is(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_and_wait(qtbot, window)
    rows = window.model.rowCount()
    monkeypatch.setattr(ctx, "make_source", fail_with(DiskFull()))
    window.refresh()
    qtbot.waitUntil(lambda: window.error_banner.isVisible() and not window.syncing, timeout=TIMEOUT)
    text = window.error_banner.label.text()
    assert "disk is full" in text and "Showing the numbers of the last sync, just now." in text
    assert window.model.rowCount() == rows and window.profile_card.isVisible()
    assert_demo_labelled_honestly(window)


def test_the_gui_names_gui_actions_not_commands(qtbot, window: MainWindow) -> None:
    window.show_error(NotSignedIn())
    text = window.error_banner.label.text()
    assert "tiktok-desktop" not in text and "not signed in" in text
    assert window.error_banner.action.isVisible() and window.error_banner.action.text() == "Sign in with TikTok"


def test_the_tikapi_source_does_not_offer_a_tiktok_sign_in(qtbot, window: MainWindow, ctx: AppContext) -> None:
    ctx.secrets.set(TIKAPI_KEY, "SomeKey123456")
    ctx.settings.set("tikapi_username", "someone")
    ctx.settings.set("source", "tikapi")
    window.start()
    qtbot.waitUntil(lambda: window.source_name == "tikapi" and not window.loader.loading, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: not window.syncing, timeout=TIMEOUT)
    assert not window.commands.sign_in.isVisible()


def test_the_title_names_the_app_once(qtbot, window: MainWindow) -> None:
    start_and_wait(qtbot, window)
    name = QApplication.applicationDisplayName()
    assert window.windowTitle() == "Demo data \u2014 " + name and window.windowTitle().count(name) == 1


def test_sign_in_without_a_developer_app_opens_its_set_up(qtbot, window: MainWindow, ctx: AppContext) -> None:
    from tiktok_desktop.ui.setup.wizard import REGISTER

    ctx.settings.set("source", "official")
    window.start()
    qtbot.waitUntil(lambda: window.body.showing_empty, timeout=TIMEOUT)
    window.body.empty.sign_in.click()
    wizard = window.findChild(SetupWizard)
    assert wizard is not None and wizard.currentId() == REGISTER
    wizard.reject()
