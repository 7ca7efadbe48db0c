"""The set-up says what trips most creators up: in Sandbox mode only Target Users can sign in."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.ui.setup.wizard_official import RegisterPage


def test_the_register_page_explains_sandbox_target_users(qtbot, ctx: AppContext) -> None:
    page = RegisterPage(ctx)
    qtbot.addWidget(page)
    text = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Target Users" in text and "non_sandbox_target" in text
    assert "Login Kit" in text
