"""The set-up wizard: from "I have no developer account" to signed in (or to TikAPI, or to demo data)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QWidget,
    QWizard,
)

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.errors import AppError
from tiktok_desktop.ui.setup.wizard_form import CREDENTIALS, FINISH, REGISTER, SOURCE, TEST_SIGN_IN, TIKAPI
from tiktok_desktop.ui.setup.wizard_official import CredentialsPage, RegisterPage, TestSignInPage
from tiktok_desktop.ui.setup.wizard_pages import FinishPage, SourcePage, TikApiPage
from tiktok_desktop.ui.tasks import TaskRunner


def configured_source(ctx: AppContext) -> str:
    """The source the settings name; for "auto", the one it shows without reading the keyring (the GUI thread)."""
    source = ctx.settings.get("source")
    if source != "auto":
        return source
    account = ctx.settings.get("active_account")
    if account.startswith("official:"):
        return "official"
    if account.startswith("tikapi:") or ctx.settings.get("tikapi_username"):
        return "tikapi"
    return "demo"


class SetupWizard(QWizard):
    """Signals:
    setup_finished(bool sync_now): the wizard was completed; the chosen source is saved
    """

    setup_finished = Signal(bool)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget | None = None, source: str = "") -> None:
        """`source`: the set-up to start on ("tikapi", ...); else the page offers the source in use."""
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Set up TikTok Creator Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip"))
        self.setMinimumSize(720, 560)
        self.source_page = SourcePage(source or configured_source(ctx))
        self.register_page = RegisterPage(ctx)
        self.credentials_page = CredentialsPage(ctx, runner)
        self.sign_in_page = TestSignInPage(ctx, runner)
        self.tikapi_page = TikApiPage(ctx, runner)
        self.finish_page = FinishPage()
        for page_id, page in (
            (SOURCE, self.source_page),
            (REGISTER, self.register_page),
            (CREDENTIALS, self.credentials_page),
            (TEST_SIGN_IN, self.sign_in_page),
            (TIKAPI, self.tikapi_page),
            (FINISH, self.finish_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(SOURCE)
        self._jump = bool(source)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._jump:  # asked for one source's set-up: straight to it, Back leads to the choice
            self._jump = False
            self.next()

    def done(self, result: int) -> None:
        # finished or skipped, the wizard does not come back by itself
        self.ctx.settings.set("wizard_done", True)
        if result == QWizard.DialogCode.Accepted:
            self.ctx.settings.set("source", self.source_page.choice())
        try:
            self.ctx.settings.save()
        except AppError:
            pass  # the main window reports settings it cannot save when it saves its own state
        super().done(result)
        if result == QWizard.DialogCode.Accepted:
            self.setup_finished.emit(self.finish_page.sync_now.isChecked())
