"""Signing in (through the sign-in dialog) and out (in the background) for the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.progress import CancelToken, ProgressCallback
from tiktok_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tiktok_desktop.ui.setup.signin_dialog import SignInDialog


class AccountController(QObject):
    """Signals:
    signed_in(Profile): the dialog signed someone in; the tokens are in the keyring
    signed_out(): the tokens are gone (revoked at TikTok as far as it answered)
    failed(BaseException): signing out failed
    """

    signed_in = Signal(object)
    signed_out = Signal()
    failed = Signal(object)

    def __init__(self, ctx: AppContext, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner

    def has_client_key(self) -> bool:
        """A developer app's client key is set: without one, a sign-in could only fail."""
        return bool(self.ctx.settings.get("client_key") or self.ctx.env.get("TIKTOK_CLIENT_KEY"))

    def sign_in(self) -> SignInDialog:
        from tiktok_desktop.ui.setup.signin_dialog import SignInDialog

        return SignInDialog.open_for(self.ctx, self.runner, cast(QWidget, self.parent()), self.signed_in.emit)

    def sign_in_or_set_up(self, open_wizard: Callable[[str], object]) -> None:
        """Without a developer app's client key there is nothing to sign in with: the wizard sets one up first."""
        _ = self.sign_in() if self.has_client_key() else open_wizard("official")

    def sign_out(self) -> None:
        ctx = self.ctx

        def run(progress: ProgressCallback, cancel: CancelToken) -> bool:
            from tiktok_desktop.app.signin import sign_out

            return sign_out(ctx, cancel)

        self.runner.submit(
            "sign out", run, on_success=lambda _: self.signed_out.emit(), on_error=self.failed.emit, owner=self
        )
