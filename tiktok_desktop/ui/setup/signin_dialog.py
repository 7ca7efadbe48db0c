"""The sign-in dialog: runs the browser flow in the background and shows its URL for machines where no
browser opens, with Copy, Open again and Cancel."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.signin import ResultPages, sign_in
from tiktok_desktop.core.errors import Cancelled
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.progress import Progress, Stage
from tiktok_desktop.ui.i18n import current_language, error_text
from tiktok_desktop.ui.tasks import TaskHandle, TaskRunner
from tiktok_desktop.ui.widgets.dialog_fit import keep_wrapped_text_whole
from tiktok_desktop.ui.widgets.labels import plain_label


class SignInDialog(QDialog):
    """Signals:
    signed_in(Profile): the flow finished; the tokens are in the keyring
    """

    signed_in = Signal(object)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self._task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Sign in with TikTok"))
        self.setMinimumWidth(560)
        self.box = layout = QVBoxLayout(self)
        self.message = plain_label(self.tr("Starting\u2026"))
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 3)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.url = QLineEdit()
        self.url.setReadOnly(True)
        self.url.setPlaceholderText(self.tr("The sign-in address appears here"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.clicked.connect(self._copy)
        self.open_button = QPushButton(self.tr("Open browser"))
        self.open_button.clicked.connect(lambda: webbrowser.open(self.url.text()))
        for w in (self.url, self.copy_button, self.open_button):
            row.addWidget(w)
        layout.addLayout(row)
        self.error = plain_label()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.retry_button = self.buttons.addButton(self.tr("Try again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.clicked.connect(self.start)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_url("")

    @classmethod
    def open_for(
        cls, ctx: AppContext, runner: TaskRunner, parent: QWidget, on_signed_in: Callable[[Profile], None]
    ) -> SignInDialog:
        """Opens the dialog over parent and starts the flow at once."""
        dialog = cls(ctx, runner, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed_in.connect(on_signed_in)
        dialog.open()
        dialog.start()
        return dialog

    def _set_url(self, url: str) -> None:
        self.url.setText(url)
        self.url.setCursorPosition(0)  # show where the address starts
        self.copy_button.setEnabled(bool(url))
        self.open_button.setEnabled(bool(url))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        # wrapped text may need more lines than the dialog had: as many as at its narrowest, so none is cut off
        keep_wrapped_text_whole(self)
        self.adjustSize()

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.url.text())
        self._say(self.tr("Copied. Paste the address into a browser to sign in."))

    def start(self) -> None:
        self.error.hide()
        self.retry_button.hide()
        self._set_url("")
        self._say(self.tr("Opening TikTok in your browser\u2026"))
        pages = ResultPages(
            success_title=self.tr("Signed in"),
            success_text=self.tr("TikTok Creator Desktop received your sign-in. You can close this tab."),
            failure_title=self.tr("Sign-in failed"),
            failure_text=self.tr("The sign-in did not complete. Return to TikTok Creator Desktop for details."),
            lang="zh-CN" if current_language() == "zh_CN" else "en",
        )
        ctx = self.ctx

        def run(progress, cancel) -> Profile:
            return sign_in(
                ctx,
                cancel=cancel,
                pages=pages,
                show_url=lambda url: progress(Progress(Stage.SIGN_IN, detail=url)),
            )

        self._task = self.runner.submit(
            "sign in", run, on_success=self._done, on_error=self._failed, on_progress=self._progress, owner=self
        )

    def _progress(self, p: Progress) -> None:
        if p.stage is Stage.SIGN_IN and p.detail:
            self._set_url(p.detail)
            self._say(
                self.tr(
                    "Sign in and allow access in the browser window that opened. If none opened, copy this "
                    "address into a browser on this computer."
                )
            )

    def _done(self, profile: Profile) -> None:
        self._task = None
        self.signed_in.emit(profile)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        if isinstance(error, Cancelled):
            return
        self.error.setText(error_text(error))
        self.error.show()
        self.retry_button.show()
        self._say(self.tr("The sign-in did not work."))

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()  # closes the listener at once
        super().reject()
