"""Opening the set-up dialogs from the window; they are imported on first use, not with the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tiktok_desktop.ui.mainwindow.account_controller import AccountController
    from tiktok_desktop.ui.mainwindow.window import MainWindow
    from tiktok_desktop.ui.setup.preferences import PreferencesDialog
    from tiktok_desktop.ui.setup.wizard import SetupWizard


def open_wizard(parent: QWidget, ctx: AppContext, runner: TaskRunner, source: str = "") -> SetupWizard:
    """`source`: the set-up to start on (else the source in use)."""
    from PySide6.QtCore import Qt  # not before the first paint (ui/first_frame.py)

    from tiktok_desktop.ui.setup.wizard import SetupWizard

    wizard = SetupWizard(ctx, runner, parent, source)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def open_preferences(
    parent: QWidget, ctx: AppContext, runner: TaskRunner, account: AccountController, signed_in: bool
) -> PreferencesDialog:
    """Preferences, whose Sign out goes through the window's account (and hears how it ended)."""
    from PySide6.QtCore import Qt

    from tiktok_desktop.ui.setup.preferences import PreferencesDialog

    dialog = PreferencesDialog(ctx, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.set_signed_in(signed_in)
    dialog.sign_out_requested.connect(account.sign_out)
    account.signed_out.connect(dialog.signed_out)  # disconnected by Qt when the dialog is deleted
    account.failed.connect(dialog.sign_out_failed)
    dialog.open()
    return dialog


def offer_to_move_database_aside(window: MainWindow, ctx: AppContext, runner: TaskRunner, error: AppError) -> None:
    """A damaged or too new database: the banner says so and offers to start fresh with the old file kept."""
    window.banners.show_error(
        error_text(error),
        QCoreApplication.translate("MainWindow", "Move aside and start fresh"),
        lambda: move_database_aside(window, ctx, runner),
    )


def move_database_aside(window: MainWindow, ctx: AppContext, runner: TaskRunner) -> None:
    """Moves a damaged (or too new) database aside in the background, then starts the window afresh."""

    def move(progress: ProgressCallback, cancel: CancelToken) -> Path:
        from tiktok_desktop.app.database import move_database_aside

        return move_database_aside(ctx)

    def moved(path: Path) -> None:
        window.banners.clear_error()
        text = QCoreApplication.translate("MainWindow", "The old database was kept as %1")
        window.status.message(text.replace("%1", str(path)), 15000)
        window.start()

    runner.submit("move aside", move, on_success=moved, on_error=window.show_error, owner=window)
