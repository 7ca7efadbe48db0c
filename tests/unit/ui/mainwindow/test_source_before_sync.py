"""F5 pressed before the first load has finished syncs the source the settings resolve to, never the demo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.auth.secrets import CLIENT_SECRET
from tiktok_desktop.core.models import Profile, Video
from tiktok_desktop.sources.base import History
from tiktok_desktop.ui.mainwindow.window import MainWindow

TIMEOUT = 30_000


class OneVideoSource:
    def __init__(self, name: str) -> None:
        self.name = name

    def fetch_profile(self) -> Profile:
        return Profile(self.name, "me", username="me", display_name="Me", video_count=1)

    def iter_video_pages(self) -> Iterator[list[Video]]:
        yield [Video("1", 1_790_000_000, "one", views=5)]

    def history(self) -> History:
        return History()

    def close(self) -> None:
        pass


def test_f5_before_the_first_load_syncs_the_configured_source(
    qtbot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "auto" resolves to the official API here: credentials are set up and the creator's account was shown before
    ctx.settings.set("client_key", "clientkey1234")
    ctx.secrets.set(CLIENT_SECRET, "client-secret-0123456789")
    ctx.settings.set("active_account", "official:me")
    asked: list[str] = []

    def make_source(name: str, *args: object, **kwargs: object) -> OneVideoSource:
        asked.append(name)
        return OneVideoSource(name)

    monkeypatch.setattr(ctx, "make_source", make_source)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(asked) and not window.syncing, timeout=TIMEOUT)
    assert asked == ["official"]
    assert window.source_name == "official" and not window.demo_banner.isVisible()
