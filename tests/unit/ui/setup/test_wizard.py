"""The set-up wizard page by page along each path, and the preferences dialog, with the network faked."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request

import keyring
from helpers.fake_tikapi import FakeTikApi
from helpers.fake_tiktok import FakeTikTok
from PySide6.QtWidgets import QApplication, QWizard

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.config import SETTINGS, Settings
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.setup.preferences import PreferencesDialog
from tiktok_desktop.ui.setup.wizard import CREDENTIALS, FINISH, REGISTER, SOURCE, TEST_SIGN_IN, TIKAPI, SetupWizard

TIMEOUT = 30_000
SECRET = "fake-client-secret-value"


def new_ctx(isolated, env: dict[str, str] | None = None) -> AppContext:
    env = env or {}
    return AppContext(isolated, Settings(isolated.settings_file, environ=env), environ=env)


def stored(name: str) -> str | None:
    return keyring.get_keyring().entries.get(("tiktok-desktop", name))


def open_wizard(qtbot, ctx, runner) -> SetupWizard:
    wizard = SetupWizard(ctx, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_demo_path_sets_the_source_and_remembers_the_wizard(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated)
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["demo"].setChecked(True)
    wizard.next()
    assert wizard.currentId() == FINISH and "demo data" in wizard.finish_page.summary.text()
    with qtbot.waitSignal(wizard.setup_finished) as finished:
        wizard.accept()
    assert finished.args == [True]
    again = Settings(isolated.settings_file, environ={})
    assert again.get("source") == "demo" and again.get("wizard_done") is True


def test_skipping_keeps_demo_data_and_does_not_come_back(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated)
    wizard = open_wizard(qtbot, ctx, runner)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Skip"
    wizard.reject()
    again = Settings(isolated.settings_file, environ={})
    assert again.get("wizard_done") is True and again.get("source") == "auto"


def test_official_path_to_signed_in(qtbot, isolated, runner, monkeypatch) -> None:
    fake = FakeTikTok().start()
    try:
        env = {"TIKTOK_AUTH_URL": fake.auth_url, "TIKTOK_API_BASE": fake.base}
        ctx = new_ctx(isolated, env)
        ctx.settings.set("redirect_port", 0)

        def browser(url: str, *a, **k) -> bool:
            def visit() -> None:
                try:
                    urllib.request.urlopen(url, timeout=10).read()
                except urllib.error.HTTPError:
                    pass

            threading.Thread(target=visit, daemon=True).start()
            return True

        monkeypatch.setattr("webbrowser.open", browser)
        wizard = open_wizard(qtbot, ctx, runner)
        assert wizard.currentId() == SOURCE
        wizard.source_page.buttons["official"].setChecked(True)
        wizard.next()
        assert wizard.currentId() == REGISTER
        assert wizard.register_page.redirect.field.text() == "http://127.0.0.1:*/callback/"
        wizard.register_page.redirect.button.click()
        assert QApplication.clipboard().text() == "http://127.0.0.1:*/callback/"
        wizard.next()
        page = wizard.credentials_page
        assert wizard.currentId() == CREDENTIALS and not page.isComplete()
        assert page.secret.edit.echoMode() == page.secret.edit.EchoMode.Password
        page.key.setText("  with spaces  inside ")
        page.secret.edit.setText(SECRET)
        assert not page.isComplete() and "without spaces" in page.problem.text()
        page.key.setText("x" * 300)
        assert not page.isComplete()
        page.key.setText("  " + fake.client_key + "\n")  # pasted with white space around: fine
        page.secret.edit.setText(" " + SECRET + " ")
        assert page.isComplete() and not page.problem.isVisible()
        assert stored("tiktok:client_secret") is None  # nothing saved before Next
        wizard.next()  # saves off the GUI thread, then moves on
        qtbot.waitUntil(lambda: wizard.currentId() != CREDENTIALS, timeout=TIMEOUT)
        assert wizard.currentId() == TEST_SIGN_IN
        assert stored("tiktok:client_secret") == SECRET and ctx.settings.get("client_key") == fake.client_key
        dialog = wizard.sign_in_page.sign_in()
        qtbot.waitUntil(lambda: wizard.sign_in_page.profile is not None, timeout=TIMEOUT)
        assert (
            "Signed in as Fake <i>Creator</i> 🍜 (@fake.creator), 12,345 followers."
            == wizard.sign_in_page.result.text()
        )
        del dialog
        wizard.next()
        assert wizard.currentId() == FINISH and "Signed in as @fake.creator" in wizard.finish_page.summary.text()
        wizard.accept()
        assert Settings(isolated.settings_file, environ={}).get("source") == "official"
        assert ctx.signed_in()
    finally:
        fake.stop()


def test_a_refusing_keyring_keeps_the_secret_for_this_run_only_and_says_so(
    qtbot, isolated, runner, monkeypatch
) -> None:
    """The GUI keeps what the keyring refused until the app closes (the window can sign in and sync now), and says
    so: on the page, whose note no longer says the keyring has it, and when finishing."""
    from keyring.errors import PasswordSetError

    from tiktok_desktop.auth.secrets import CLIENT_SECRET

    def refuse(*a):
        raise PasswordSetError("locked")

    monkeypatch.setattr(keyring, "set_password", refuse)
    ctx = new_ctx(isolated)
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["official"].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.credentials_page.key.setText("awkey12345678")
    wizard.credentials_page.secret.edit.setText("s" * 32)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == TEST_SIGN_IN, timeout=TIMEOUT)
    assert ctx.secrets.get(CLIENT_SECRET) == "s" * 32 and stored(CLIENT_SECRET) is None  # memory, not the keyring
    assert ctx.settings.get("client_key") == "awkey12345678"
    assert "s" * 32 not in isolated.settings_file.read_text()
    note = wizard.credentials_page.keyring_note.text()
    assert "kept only until the app closes" in note and "stored in your system" not in note
    wizard.next()
    summary = wizard.finish_page.summary.text()
    assert "kept only until the app closes" in summary and "is in the system keyring" not in summary


def test_environment_credentials_are_said_to_take_precedence(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated, {"TIKTOK_CLIENT_KEY": "envkey1234", "TIKTOK_CLIENT_SECRET": "x" * 20})
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["official"].setChecked(True)
    wizard.next()
    wizard.next()
    text = wizard.credentials_page.env_note.text()
    assert "TIKTOK_CLIENT_KEY + TIKTOK_CLIENT_SECRET" in text and "precedence" in text


def test_tikapi_path_with_a_connection_test(qtbot, isolated, runner) -> None:
    fake = FakeTikApi().start()
    try:
        ctx = new_ctx(isolated, {"TIKAPI_BASE": fake.base})
        wizard = open_wizard(qtbot, ctx, runner)
        wizard.source_page.buttons["tikapi"].setChecked(True)
        wizard.next()
        page = wizard.tikapi_page
        assert wizard.currentId() == TIKAPI and not page.isComplete() and not page.test_button.isEnabled()
        page.key.edit.setText("WrongKey12345")
        page.username.setText(" @chef.wang ")
        page.test_button.click()
        qtbot.waitUntil(lambda: "refused the API key" in page.result.text(), timeout=TIMEOUT)
        page.key.edit.setText(fake.api_key)
        page.username.setText("no such user!")
        assert not page.isComplete() and "2 to 24 letters" in page.problem.text()
        page.username.setText("@chef.wang")
        page.test_button.click()
        qtbot.waitUntil(lambda: page.result.text().startswith("Found"), timeout=TIMEOUT)
        assert page.result.text() == "Found 王师傅 <b>Chef</b> (@chef.wang), 98,765 followers."
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() != TIKAPI, timeout=TIMEOUT)
        assert stored("tikapi:api_key") == fake.api_key and ctx.settings.get("tikapi_username") == "chef.wang"
        assert "following @chef.wang" in wizard.finish_page.summary.text()
        wizard.accept()
        assert Settings(isolated.settings_file, environ={}).get("source") == "tikapi"
    finally:
        fake.stop()


def test_tikapi_network_failure_is_explained_on_the_page(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated, {"TIKAPI_BASE": "http://127.0.0.1:9"})  # nothing listens there
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["tikapi"].setChecked(True)
    wizard.next()
    wizard.tikapi_page.key.edit.setText("SomeKey123456")
    wizard.tikapi_page.username.setText("someone")
    wizard.tikapi_page.test_button.click()
    qtbot.waitUntil(lambda: "Cannot reach 127.0.0.1" in wizard.tikapi_page.result.text(), timeout=TIMEOUT)


def test_first_start_offers_the_wizard_once(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated)
    window = MainWindow(ctx, runner)
    qtbot.addWidget(window)
    window.show()
    window.start()
    wizard = window.findChild(SetupWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=TIMEOUT)  # demo data behind it
    second = MainWindow(ctx, runner)
    qtbot.addWidget(second)
    second.start()
    assert second.findChild(SetupWizard) is None


# -- preferences -------------------------------------------------------------------------------------------


def test_preferences_have_a_field_for_every_visible_setting_and_round_trip(qtbot, ctx, runner) -> None:
    dialog = PreferencesDialog(ctx, runner)
    qtbot.addWidget(dialog)
    visible = {s.key for s in SETTINGS if s.user_visible}
    assert set(dialog.fields) == visible
    assert {"source", "redirect_port", "auto_refresh", "language", "theme"} <= visible
    dialog.fields["redirect_port"].setValue(8765)
    combo = dialog.fields["auto_refresh"]
    combo.setCurrentIndex(combo.findData("6h"))
    theme = dialog.fields["theme"]
    theme.setCurrentIndex(theme.findData("dark"))
    changed: list[str] = []
    ctx.settings.subscribe(changed.append)
    dialog.accept()
    assert sorted(changed) == ["auto_refresh", "redirect_port", "theme"]
    again = Settings(ctx.paths.settings_file, environ={})
    assert (again.get("redirect_port"), again.get("auto_refresh"), again.get("theme")) == (8765, "6h", "dark")
    reopened = PreferencesDialog(AppContext(ctx.paths, again, environ={}), runner)
    qtbot.addWidget(reopened)
    assert reopened.value(reopened.fields["auto_refresh"]) == "6h"


def test_preferences_apply_to_the_window(qtbot, ctx, runner) -> None:
    from tiktok_desktop.ui.application import Controller
    from tiktok_desktop.ui.theme import apply_theme

    controller = Controller(ctx, runner)
    window = controller.open_window()
    qtbot.addWidget(window)
    dialog = window.open_preferences()
    dialog.fields["auto_refresh"].setCurrentIndex(dialog.fields["auto_refresh"].findData("1h"))
    dialog.fields["theme"].setCurrentIndex(dialog.fields["theme"].findData("dark"))
    dialog.accept()
    try:
        qtbot.waitUntil(lambda: window.sync.timer.isActive(), timeout=TIMEOUT)  # no restart needed
        assert window.sync.timer.interval() == 3_600_000
        qtbot.waitUntil(lambda: QApplication.palette().window().color().name() == "#202124", timeout=TIMEOUT)
    finally:
        apply_theme("system")
    assert QApplication.palette().window().color().name() != "#202124"


def test_clear_cache_and_reset(qtbot, ctx, runner, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    covers = ctx.paths.covers_dir
    covers.mkdir(parents=True)
    for i in range(3):
        (covers / f"{i}.img").write_bytes(b"x")
    ctx.settings.set("theme", "dark")
    ctx.settings.set("client_key", "clientkey1234")
    ctx.settings.set("tikapi_username", "lumi.cooks")
    ctx.settings.set("window_geometry", "AdnQywADAAA=")
    ctx.settings.save()
    dialog = PreferencesDialog(ctx, runner)
    qtbot.addWidget(dialog)
    dialog.clear_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Removed 3 cached covers.", timeout=TIMEOUT)
    assert not covers.exists()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    changed: list[str] = []
    ctx.settings.subscribe(changed.append)
    dialog.reset_button.click()
    assert changed == ["theme"] and dialog.value(dialog.fields["theme"]) == "system"
    saved = Settings(ctx.paths.settings_file, environ={})
    assert saved.get("theme") == "system"
    # Reset is for preferences: what the set-up saved and the window's layout stay, as the dialog promises
    assert (saved.get("client_key"), saved.get("tikapi_username")) == ("clientkey1234", "lumi.cooks")
    assert saved.get("wizard_done") is True and saved.get("window_geometry") == "AdnQywADAAA="


def test_finishing_without_sync_now_loads_once_and_syncs_nothing(qtbot, isolated, runner, monkeypatch) -> None:
    """In the running app (Controller, settings watcher and all): the source the wizard saves is shown, and
    unticking "Sync now" means no sync, although the new source has no data yet."""
    from tiktok_desktop.ui.application import Controller

    ctx = new_ctx(isolated)
    ctx.settings.set("wizard_done", True)
    controller = Controller(ctx, runner)
    window = controller.open_window()
    qtbot.addWidget(window)
    # the first start syncs the demo data: wait until it is shown and nothing runs any more
    qtbot.waitUntil(
        lambda: window.dashboard is not None and not window.syncing and not window.loader.loading, timeout=TIMEOUT
    )
    synced: list[str] = []
    monkeypatch.setattr(window.sync, "start", synced.append)
    loads: list[str] = []
    real_load = window.loader.load
    monkeypatch.setattr(window.loader, "load", lambda key, then: (loads.append(key), real_load(key, then)))
    wizard = window.open_wizard()
    wizard.source_page.buttons["tikapi"].setChecked(True)
    wizard.next()
    wizard.tikapi_page.key.edit.setText("SomeKey123456")
    wizard.tikapi_page.username.setText("someone")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == FINISH, timeout=TIMEOUT)
    wizard.finish_page.sync_now.setChecked(False)
    wizard.accept()
    qtbot.waitUntil(lambda: window.source_name == "tikapi" and not window.loader.loading, timeout=TIMEOUT)
    for _ in range(3):  # the settings' change notifications are queued: deliver them
        QApplication.processEvents()
    assert len(loads) == 1 and synced == []


# -- what the wizard offers first, what it says at the end ---------------------------------------------------


def test_the_source_in_use_is_offered_first(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated)
    assert open_wizard(qtbot, ctx, runner).source_page.choice() == "demo"  # nothing set up: demo is in use
    ctx.settings.set("source", "tikapi")
    assert open_wizard(qtbot, ctx, runner).source_page.choice() == "tikapi"
    ctx.settings.set("source", "auto")
    ctx.settings.set("active_account", "official:abc")
    assert open_wizard(qtbot, ctx, runner).source_page.choice() == "official"


def test_the_comparison_table_leaves_no_blank_area(qtbot, isolated, runner) -> None:
    wizard = open_wizard(qtbot, new_ctx(isolated), runner)
    table = wizard.source_page.table
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() <= table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 2


def test_the_source_page_says_what_comes_next_for_the_chosen_source(qtbot, isolated, runner) -> None:
    """Under the comparison, where the page had only room: what each source asks of the creator next."""
    wizard = open_wizard(qtbot, new_ctx(isolated), runner)
    page = wizard.source_page
    said = {}
    for key in ("official", "tikapi", "demo"):
        page.buttons[key].click()
        said[key] = page.next_steps.text()
        assert page.next_steps.isVisible()
    assert "developers.tiktok.com" in said["official"] and "1 to 2 weeks" in said["official"]
    assert "TikAPI key" in said["tikapi"]
    assert "made-up creator" in said["demo"] and "Set-up wizard" in said["demo"]


def test_an_untested_tikapi_set_up_is_not_all_set(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated, {"TIKAPI_BASE": "http://127.0.0.1:9"})  # the test cannot connect
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["tikapi"].setChecked(True)
    wizard.next()
    wizard.tikapi_page.key.edit.setText("SomeKey123456")
    wizard.tikapi_page.username.setText("someone")
    wizard.tikapi_page.test_button.click()
    qtbot.waitUntil(lambda: "Cannot reach" in wizard.tikapi_page.result.text(), timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == FINISH, timeout=TIMEOUT)
    page = wizard.finish_page
    assert page.title() != "All set" and "not been tested successfully" in page.summary.text()
    assert not page.sync_now.isChecked()
    with qtbot.waitSignal(wizard.setup_finished) as finished:
        wizard.accept()
    assert finished.args == [False]


def test_official_without_sign_in_is_not_all_set(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated)
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["official"].setChecked(True)
    wizard.next()
    wizard.next()
    wizard.credentials_page.key.setText("awkey12345678")
    wizard.credentials_page.secret.edit.setText("s" * 32)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == TEST_SIGN_IN, timeout=TIMEOUT)
    wizard.next()
    assert wizard.finish_page.title() != "All set" and not wizard.finish_page.sync_now.isChecked()


def test_a_saved_secret_is_shown_and_kept_when_left_empty(qtbot, isolated, runner) -> None:
    ctx = new_ctx(isolated)
    ctx.secrets.set("tikapi:api_key", "StoredKey12345")
    ctx.settings.set("tikapi_username", "someone")
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["tikapi"].setChecked(True)
    wizard.next()
    page = wizard.tikapi_page
    qtbot.waitUntil(lambda: "Saved in the system keyring" in page.key.edit.placeholderText(), timeout=TIMEOUT)
    assert page.key.text() == "" and page.isComplete() and page.test_button.isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == FINISH, timeout=TIMEOUT)
    assert stored("tikapi:api_key") == "StoredKey12345"


def test_a_keyring_that_keeps_nothing_is_said_to_be_none(qtbot, isolated, runner) -> None:
    from keyring.backends import null

    from tiktok_desktop.auth.secrets import TIKAPI_KEY

    keyring.set_keyring(null.Keyring())
    ctx = new_ctx(isolated)
    wizard = open_wizard(qtbot, ctx, runner)
    wizard.source_page.buttons["tikapi"].setChecked(True)
    wizard.next()
    wizard.tikapi_page.key.edit.setText("SomeKey123456")
    wizard.tikapi_page.username.setText("someone")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == FINISH, timeout=TIMEOUT)
    assert ctx.secrets.get(TIKAPI_KEY) == "SomeKey123456"  # for this run: the window's syncs can use it
    summary = wizard.finish_page.summary.text()
    assert "kept only until the app closes" in summary and "is in the system keyring" not in summary


def keyring_notes(qtbot, wizard: SetupWizard) -> dict[str, str]:
    """What the credentials page and the TikAPI page say of where their secret goes, as each is shown."""
    said = {}
    wizard.source_page.buttons["official"].setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == CREDENTIALS
    said["official"] = wizard.credentials_page.keyring_note.text()
    assert wizard.credentials_page.keyring_note.isVisibleTo(wizard)
    wizard.back()
    wizard.back()
    wizard.source_page.buttons["tikapi"].setChecked(True)
    wizard.next()
    assert wizard.currentId() == TIKAPI
    said["tikapi"] = wizard.tikapi_page.keyring_note.text()
    assert wizard.tikapi_page.keyring_note.isVisibleTo(wizard)
    return said


def test_the_secret_pages_say_where_the_secret_goes(qtbot, isolated, runner) -> None:
    from keyring.backends import null

    ctx = new_ctx(isolated)
    kept = keyring_notes(qtbot, open_wizard(qtbot, ctx, runner))
    assert "stored in your system's keyring" in kept["official"] and "stored in your system's keyring" in kept["tikapi"]
    keyring.set_keyring(null.Keyring())  # the app treats it as no keyring: it keeps nothing
    none = keyring_notes(qtbot, open_wizard(qtbot, new_ctx(isolated), runner))
    for page, text in none.items():
        assert "kept only until the app closes" in text and "stored in your system" not in text, (page, text)
