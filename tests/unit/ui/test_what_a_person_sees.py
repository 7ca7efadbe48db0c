"""Every window and dialog, in English and Chinese, light and dark, at the default size and at 1024x700 (dialogs
at their default and their smallest size), also after the theme and language were switched while the app ran:
no text clipped, none too faint to read (helpers.visual_check)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers.visual_check import AA_NORMAL, check, contrast
from helpers.window import TIMEOUT, start_and_wait
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import DiskFull
from tiktok_desktop.ui import i18n, theme
from tiktok_desktop.ui.charts.size_dialog import SizeDialog
from tiktok_desktop.ui.mainwindow.layout_state import DEFAULT_SIZE
from tiktok_desktop.ui.mainwindow.window import MainWindow
from tiktok_desktop.ui.qapp import create_application
from tiktok_desktop.ui.setup.preferences import PreferencesDialog
from tiktok_desktop.ui.setup.signin_dialog import SignInDialog
from tiktok_desktop.ui.setup.wizard import CREDENTIALS, FINISH, REGISTER, SOURCE, TEST_SIGN_IN, TIKAPI, SetupWizard
from tiktok_desktop.ui.tasks import TaskRunner

LOOKS = [(language, colours) for language in ("en", "zh_CN") for colours in ("light", "dark")]
SIZES = {"default": QSize(*DEFAULT_SIZE), "1024x700": QSize(1024, 700)}  # offscreen screens are 800 px


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


@pytest.fixture
def app_looks(qapp) -> Iterator[None]:
    """The app's style sheet on the test application, and everything back as it was afterwards."""
    saved = (qapp.styleSheet(), qapp.style().name(), QPalette(qapp.palette()))
    create_application([])
    yield
    i18n.install("en")
    qapp.setStyleSheet(saved[0])
    # qapp.setStyle(saved[1])
    qapp.setPalette(saved[2])


@pytest.fixture(params=LOOKS, ids=["-".join(look) for look in LOOKS])
def look(request, app_looks) -> Iterator[tuple[str, str]]:
    language, colours = request.param
    i18n.install(language)
    theme.apply_theme(colours)
    yield language, colours


class Findings:
    """What the checks found, asserted once every widget is gone: a widget kept alive by a failed assertion's
    traceback crashed the next test's theme change (a style sheet repolishing it)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def check(self, w: QWidget, where: str) -> None:
        self.lines += [f"{where}: {p}" for p in check(w)]
        wanted = w.property("requestedSize")
        if isinstance(wanted, QSize) and (w.width() > wanted.width() or w.height() > wanted.height()):
            # its contents need more room (a long label widens the minimum): on such a screen the edge is cut off
            needs = f"{w.width()}x{w.height()}"
            self.lines.append(f"{where}: too big for {wanted.width()}x{wanted.height()}: it needs {needs}")

    def done(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.close()
            w.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not self.lines, "what a person cannot read:\n" + "\n".join(self.lines)


def at_size(w: QWidget, size: QSize | None) -> None:
    if size is not None:
        w.resize(size)
        w.setProperty("requestedSize", size)
    settle()


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
def test_main_window_with_data_and_an_error(qtbot, look, ctx: AppContext, runner: TaskRunner, size: str) -> None:
    w = MainWindow(ctx, runner)
    w.show()
    start_and_wait(qtbot, w)
    w.show_error(DiskFull())  # the error banner and its Dismiss over the data
    at_size(w, SIZES[size])
    found = Findings()
    found.check(w, f"main window {look} {size}")
    found.done(w)


@pytest.mark.parametrize("size", SIZES, ids=list(SIZES))
def test_main_window_with_nothing_to_show(qtbot, look, ctx: AppContext, runner: TaskRunner, size: str) -> None:
    ctx.settings.set("source", "official")
    w = MainWindow(ctx, runner)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.body.showing_empty and not w.loader.loading, timeout=TIMEOUT)
    at_size(w, SIZES[size])
    found = Findings()
    found.check(w, f"empty main window {look} {size}")
    found.done(w)


def dialog_sizes(dialog: QWidget) -> Iterator[tuple[str, QSize]]:
    yield "default", dialog.size()
    yield "smallest", dialog.minimumSizeHint().expandedTo(dialog.minimumSize())


def test_every_wizard_page(qtbot, look, ctx: AppContext, runner: TaskRunner) -> None:
    wizard = SetupWizard(ctx, runner)
    wizard.show()
    settle()
    found = Findings()
    paths = {"official": (SOURCE, REGISTER, CREDENTIALS, TEST_SIGN_IN), "tikapi": (SOURCE, TIKAPI)}
    for source, pages in paths.items():
        wizard.restart()
        wizard.source_page.buttons[source].setChecked(True)
        for page in pages:
            assert wizard.currentId() == page
            for name, size in dialog_sizes(wizard):
                at_size(wizard, size)
                found.check(wizard, f"wizard page {page} {look} {name}")
            if page == CREDENTIALS:
                wizard.credentials_page.key.setText("awkey12345678")
                wizard.credentials_page.secret.edit.setText("s" * 32)
            if page == TIKAPI:
                wizard.tikapi_page.key.edit.setText("SomeKey123456")
                wizard.tikapi_page.username.setText("someone")
            wizard.next()
            qtbot.waitUntil(lambda p=page: wizard.currentId() != p, timeout=TIMEOUT)
        assert wizard.currentId() == FINISH
        found.check(wizard, f"wizard finish page after {source} {look}")
    wizard.reject()
    found.done(wizard)


def test_preferences_sign_in_and_other_dialogs(qtbot, look, ctx: AppContext, runner: TaskRunner) -> None:
    dialogs: list[QWidget] = [PreferencesDialog(ctx, runner), SizeDialog(QSize(1200, 700))]
    sign_in = SignInDialog(ctx, runner)  # no credentials: it says so at once
    dialogs.append(sign_in)
    about = QMessageBox(QMessageBox.Icon.Information, "About", "TikTok Creator Desktop 1.0\nAnalytics.")
    dialogs.append(about)
    found = Findings()
    for dialog in dialogs:
        dialog.show()
        if dialog is sign_in:
            sign_in.start()
            qtbot.waitUntil(lambda: sign_in.error.isVisible(), timeout=TIMEOUT)
        for name, size in dialog_sizes(dialog):
            at_size(dialog, size)
            found.check(dialog, f"{type(dialog).__name__} {look} {name}")
    found.done(*dialogs)


def test_after_switching_theme_and_language_while_running(qtbot, app_looks, ctx: AppContext, runner) -> None:
    from tiktok_desktop.ui.application import Controller

    i18n.install("en")
    theme.apply_theme("light")
    controller = Controller(ctx, runner)
    first = controller.open_window()  # deleted by the controller when it is rebuilt in Chinese
    qtbot.waitUntil(lambda: first.dashboard is not None and not first.syncing, timeout=TIMEOUT)
    wizard, preferences = SetupWizard(ctx, runner), PreferencesDialog(ctx, runner)  # open while the theme changes
    for dialog in (wizard, preferences):
        dialog.show()
    settle()
    ctx.settings.set("theme", "dark")
    qtbot.waitUntil(lambda: QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128, timeout=TIMEOUT)
    assert controller.window is first
    at_size(first, SIZES["1024x700"])  # not the offscreen screen's 800 px
    found = Findings()
    found.check(first, "switched to dark")
    found.check(wizard, "wizard open while switched to dark")
    found.check(preferences, "preferences open while switched to dark")
    for dialog in (wizard, preferences):
        dialog.close()
        dialog.deleteLater()
    ctx.settings.set("language", "zh_CN")
    qtbot.waitUntil(lambda: controller.window is not first, timeout=TIMEOUT)
    second = controller.window
    qtbot.waitUntil(lambda: second.dashboard is not None and not second.loader.loading, timeout=TIMEOUT)
    for size in SIZES.values():
        at_size(second, size)
        found.check(second, "switched to Chinese, dark")
    ctx.settings.set("theme", "light")
    qtbot.waitUntil(lambda: QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128, timeout=TIMEOUT)
    settle()
    found.check(second, "switched back to light, Chinese")
    found.done(second)


# -- the checker itself: it sees what it is for ---------------------------------------------------------------


def test_the_checker_sees_a_label_too_long_and_a_colour_too_faint(qtbot, app_looks) -> None:
    theme.apply_theme("light")
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    fits, too_long = QLabel("Views"), QLabel("Completion rate (est.) vs the period before")
    too_long.setFixedWidth(80)
    faint = QLabel("faint")
    faint.setStyleSheet("color: #c8c8c8;")
    wrapped = QLabel("A long sentence that wraps onto many lines in a box too short for it " * 3)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 30)
    button = QPushButton("Move aside and start fresh")
    button.setFixedWidth(60)
    for w in (fits, too_long, faint, wrapped, button):
        row.addWidget(w)
    box.show()
    settle()
    found = {(p.kind, p.widget.split("'")[1][:12]) for p in check(box)}
    assert found == {
        ("clipped", "Completion r"),
        ("contrast", "faint"),
        ("clipped", "A long sente"),
        ("clipped", "Move aside a"),
    }
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("white")) >= AA_NORMAL > contrast(QColor("#777777"), QColor("white"))


@pytest.mark.parametrize("colours", ["light", "dark"])
def test_the_selected_period_stands_out(qtbot, app_looks, ctx: AppContext, runner: TaskRunner, colours: str) -> None:
    from helpers.visual_check import painted_background
    from PySide6.QtCore import QPoint, QRect

    theme.apply_theme(colours)
    w = MainWindow(ctx, runner)
    w.show()
    start_and_wait(qtbot, w)
    settle()
    shot = w.grab().toImage()

    def face(key: str) -> QColor:
        button = w.charts._range_buttons[key]
        origin = button.mapTo(w, QPoint(0, 0))
        return painted_background(shot, QRect(origin, button.size()).adjusted(3, 3, -3, -3))

    chosen = w.charts.range_key
    other = next(k for k in w.charts._range_buttons if k != chosen)
    ratio = contrast(face(chosen), face(other))
    Findings().done(w)
    assert ratio >= 3.0, f"the chosen period's button is {ratio:.2f}:1 against the others ({colours})"


def test_wizard_pages_saying_the_keyring_keeps_nothing(qtbot, look, isolated, runner: TaskRunner) -> None:
    """The note under the fields (here: no keyring keeps the secret, so it is kept until the app closes) has the room
    for all its lines, and so has the page after the save."""
    import keyring
    from keyring.backends import null

    from tiktok_desktop.config import Settings

    keyring.set_keyring(null.Keyring())
    ctx = AppContext(isolated, Settings(isolated.settings_file, environ={}), environ={})
    wizard = SetupWizard(ctx, runner)
    wizard.show()
    settle()
    found = Findings()
    for source, page, fill in (
        (
            "official",
            wizard.credentials_page,
            lambda p: (p.key.setText("awkey12345678"), p.secret.edit.setText("s" * 32)),
        ),
        ("tikapi", wizard.tikapi_page, lambda p: (p.key.edit.setText("SomeKey123456"), p.username.setText("someone"))),
    ):
        wizard.restart()
        wizard.source_page.buttons[source].setChecked(True)
        while wizard.currentPage() is not page:
            wizard.next()
        fill(page)
        qtbot.waitUntil(lambda p=page: p.keyring_note.text() == p.keyring_texts()[1], timeout=TIMEOUT)  # not kept
        for name, size in dialog_sizes(wizard):
            at_size(wizard, size)
            found.check(wizard, f"wizard {source} keyring note {look} {name}")
        wizard.next()
        qtbot.waitUntil(lambda p=page: wizard.currentPage() is not p, timeout=TIMEOUT)  # saved for this run
        for name, size in dialog_sizes(wizard):
            at_size(wizard, size)
            found.check(wizard, f"wizard {source} after the save {look} {name}")
    wizard.reject()
    found.done(wizard)
