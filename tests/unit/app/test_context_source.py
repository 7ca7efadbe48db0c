"""Which source "auto" resolves to, and what it reads to decide."""

from __future__ import annotations

import pytest

from tiktok_desktop.app.context import AppContext


def test_auto_without_any_set_up_is_demo_without_reading_the_keyring(ctx: AppContext, monkeypatch) -> None:
    """Finding the keyring's backends takes ~0.2 s the first time: the demo numbers of a new user do not wait for
    it (the window's load resolves the source before it shows anything)."""

    def keyring_read(self: AppContext) -> str:
        raise AssertionError("the keyring was read")

    monkeypatch.setattr(AppContext, "tikapi_key", keyring_read)
    monkeypatch.setattr(AppContext, "client_secret", keyring_read)
    assert ctx.settings.get("source") == "auto"
    assert ctx.resolve_source() == "demo"


@pytest.mark.parametrize("key", ["", "k" * 20])
def test_auto_with_a_tikapi_username_reads_the_key(ctx: AppContext, monkeypatch, key: str) -> None:
    monkeypatch.setattr(AppContext, "tikapi_key", lambda self: key)
    ctx.settings.set("tikapi_username", "lumi.cooks")
    assert ctx.resolve_source() == ("tikapi" if key else "demo")
