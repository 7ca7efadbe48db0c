"""Opening the set-up dialogs from the window; they are imported on first use, not with the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tiktok_desktop.ui.setup.preferences import PreferencesDialog
    from tiktok_desktop.ui.setup.wizard import SetupWizard


def open_wizard(parent: QWidget, ctx: AppContext, runner: TaskRunner) -> SetupWizard:
    from tiktok_desktop.ui.setup.wizard import SetupWizard

    wizard = SetupWizard(ctx, runner, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard


def open_preferences(parent: QWidget, ctx: AppContext, runner: TaskRunner) -> PreferencesDialog:
    from tiktok_desktop.ui.setup.preferences import PreferencesDialog

    dialog = PreferencesDialog(ctx, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
