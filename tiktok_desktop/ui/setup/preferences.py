"""Preferences, built from the settings declared in config.SETTINGS (every user-visible one gets a field)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.maintenance import clear_cache, reset_preferences
from tiktok_desktop.config import CHOICE_LABELS, Setting, preference_settings
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.ui.i18n import error_text
from tiktok_desktop.ui.tasks import TaskRunner
from tiktok_desktop.ui.widgets.dialog_fit import keep_wrapped_text_whole
from tiktok_desktop.ui.widgets.labels import plain_label


def _label(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class PreferencesDialog(QDialog):
    """Changes reach the app through the settings' own notification (Settings.subscribe), applied at once.

    Signals:
    sign_out_requested(): the user asked to sign out
    """

    sign_out_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        parent: QWidget | None = None,
        tray_available: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.tray_available = QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        for setting in preference_settings():
            field = self._field(setting)
            self.fields[setting.key] = field
            if isinstance(field, QCheckBox):
                form.addRow("", field)  # the box carries its own label
            else:
                form.addRow(_label(setting.help), field)
        self.background_note = plain_label("")
        self.background_note.setWordWrap(True)
        self.background_note.setEnabled(False)  # greyed: an explanation, not a value
        position: Any = form.getWidgetPosition(self.fields["scheduled_sync"])  # (row, role); typed as object
        form.insertRow(int(position[0]) + 1, "", self.background_note)
        folder = QHBoxLayout()
        # a field, not a label: a long path scrolls and can be selected and copied instead of being cut off
        self.data_dir = QLineEdit(str(ctx.paths.data_dir))
        self.data_dir.setReadOnly(True)
        self.data_dir.setCursorPosition(0)
        open_folder = QPushButton(self.tr("Open"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(ctx.paths.data_dir))))
        folder.addWidget(self.data_dir, 1)
        folder.addWidget(open_folder)
        form.addRow(self.tr("Data folder"), folder)
        layout.addLayout(form)
        actions = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("Clear cache"))
        self.clear_button.clicked.connect(self.clear_cache)
        self.reset_button = QPushButton(self.tr("Reset preferences"))
        self.reset_button.clicked.connect(self.reset)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self._sign_out)
        for button in (self.clear_button, self.reset_button, self.sign_out_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.status = plain_label("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def _field(self, setting: Setting) -> QWidget:
        if setting.type is bool:
            box = QCheckBox(_label(setting.help))
            box.toggled.connect(self._background_options)
            return box
        if setting.choices:
            combo = QComboBox()
            for value in setting.choices:
                combo.addItem(_label(CHOICE_LABELS.get(value, str(value))), value)
            combo.currentIndexChanged.connect(self._background_options)
            return combo
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(0, 65535)
            return spin
        edit = QLineEdit()
        edit.setMaxLength(512)
        return edit

    def _load(self) -> None:
        for key, field in self.fields.items():
            self._put(field, self.ctx.settings.get(key))
        self._background_options()

    def _background_options(self) -> None:
        """Both ways of collecting in the background run at the auto-refresh interval: with it off they are
        unavailable; keeping the app running after a close needs a tray to come back through."""
        if not {"auto_refresh", "keep_collecting", "scheduled_sync"} <= self.fields.keys():
            return  # still being built
        auto = self.value(self.fields["auto_refresh"]) != "off"
        keep, scheduled = self.fields["keep_collecting"], self.fields["scheduled_sync"]
        assert isinstance(keep, QCheckBox) and isinstance(scheduled, QCheckBox)
        keep.setEnabled(auto and self.tray_available)
        scheduled.setEnabled(auto)
        notes = []
        if not auto:
            notes.append(self.tr("Choose how often to refresh above to collect in the background."))
        elif not self.tray_available:
            notes.append(
                self.tr("This desktop has no system tray, so closing the window quits the app and collecting stops.")
            )
        elif keep.isChecked():
            notes.append(self.tr("Closing the window keeps the app in the tray; Quit from its menu."))
        if auto and scheduled.isChecked():
            notes.append(self.tr("A job of your system runs the sync at this interval, even after you quit."))
        keep.setToolTip(notes[0] if not keep.isEnabled() and notes else "")
        self.background_note.setText("\n".join(notes))
        self.background_note.setVisible(bool(notes))
        keep_wrapped_text_whole(self)

    @staticmethod
    def _put(field: QWidget, value: Any) -> None:
        if isinstance(field, QCheckBox):
            field.setChecked(bool(value))
        elif isinstance(field, QComboBox):
            field.setCurrentIndex(max(0, field.findData(value)))
        elif isinstance(field, QSpinBox):
            field.setValue(int(value))
        elif isinstance(field, QLineEdit):
            field.setText(str(value))

    @staticmethod
    def value(field: QWidget) -> Any:
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QSpinBox):
            return field.value()
        assert isinstance(field, QLineEdit)
        return field.text().strip()

    def accept(self) -> None:
        try:  # all or nothing: a file that cannot be written changes no setting
            self.ctx.settings.update({key: self.value(field) for key, field in self.fields.items()})
        except AppError as e:
            self.status.setText(error_text(e))
            return
        super().accept()

    def clear_cache(self) -> None:
        ctx = self.ctx
        self.runner.submit(
            "clear cache",
            lambda p, c: clear_cache(ctx),
            owner=self,
            on_success=lambda n: self.status.setText(self.tr("Removed %n cached cover(s).", "", n)),
            on_error=lambda e: self.status.setText(error_text(e)),
        )

    def reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset preferences"),
            self.tr(
                "Put every preference back to its default? Your stored history, sign-in, keys and what the set-up "
                "wizard saved stay."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            reset_preferences(self.ctx)
        except AppError as e:
            self.status.setText(error_text(e))
            return
        self._load()
        self.status.setText(self.tr("Preferences were reset."))

    def set_signed_in(self, signed_in: bool) -> None:
        """Sign out is offered only when someone is signed in."""
        self.sign_out_button.setEnabled(signed_in)
        self.sign_out_button.setToolTip("" if signed_in else self.tr("Nobody is signed in with TikTok."))

    def signed_out(self) -> None:
        """The sign-out the user asked for here has finished."""
        self.set_signed_in(False)
        self.status.setText(self.tr("Signed out. Your stored history is kept."))

    def sign_out_failed(self, error: BaseException) -> None:
        self.sign_out_button.setEnabled(True)
        self.status.setText(error_text(error))

    def _sign_out(self) -> None:
        self.sign_out_button.setEnabled(False)
        self.status.setText(self.tr("Signing out\u2026"))
        self.sign_out_requested.emit()
