"""Set-up and housekeeping use cases: credentials, clearing the cache, resetting settings."""

from __future__ import annotations

import re
import shutil

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.auth.secrets import CLIENT_SECRET, TIKAPI_KEY
from tiktok_desktop.config import Scope
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.core.redaction import remember_secret

CLIENT_KEY_SHAPE = re.compile(r"[A-Za-z0-9]{8,64}")
CLIENT_SECRET_SHAPE = re.compile(r"[A-Za-z0-9_\-]{16,128}")
TIKAPI_KEY_SHAPE = re.compile(r"[A-Za-z0-9]{10,128}")
USERNAME_SHAPE = re.compile(r"[A-Za-z0-9._]{2,24}")


def clean(value: str) -> str:
    """What a user meant to paste: surrounding white space (and a leading @ for usernames) removed."""
    return value.strip()


def clean_username(value: str) -> str:
    return value.strip().lstrip("@").strip()


def save_official_credentials(ctx: AppContext, client_key: str, client_secret: str) -> None:
    """Secret to the keyring first (read back; with no keyring that keeps it, in this run's memory: the wizard says
    so), then the key to the settings file. An empty secret keeps the one stored."""
    if client_secret:
        ctx.secrets.set(CLIENT_SECRET, client_secret)
    ctx.settings.set("client_key", client_key)
    ctx.settings.save()


def save_tikapi(ctx: AppContext, api_key: str, username: str) -> None:
    """As save_official_credentials. An empty key keeps the one stored."""
    if api_key:
        ctx.secrets.set(TIKAPI_KEY, api_key)
    ctx.settings.set("tikapi_username", username)
    ctx.settings.save()


def check_tikapi(ctx: AppContext, api_key: str, username: str, cancel: CancelToken | None = None) -> Profile:
    """The profile TikAPI finds for `username` with `api_key` (empty: the stored key), before either is saved (the
    wizard's test)."""
    remember_secret(api_key)
    source = ctx.tikapi_source(username, cancel, key=api_key or None)
    try:
        return source.fetch_profile()
    finally:
        source.close()


def client_secret_saved(ctx: AppContext) -> bool:
    """Whether the keyring (or this run's memory) holds a client secret (the environment's does not count)."""
    return bool(ctx.secrets.get(CLIENT_SECRET))


def tikapi_key_saved(ctx: AppContext) -> bool:
    return bool(ctx.secrets.get(TIKAPI_KEY))


def clear_cache(ctx: AppContext) -> int:
    """Deletes cached covers (they come back with the next sync); returns how many files went."""
    folder = ctx.paths.covers_dir
    count = sum(1 for p in folder.iterdir() if p.is_file()) if folder.is_dir() else 0
    shutil.rmtree(folder, ignore_errors=True)
    return count


def reset_preferences(ctx: AppContext) -> list[str]:
    """Every preference back to its default; returns the keys that changed. Stored history, sign-in, keys and
    what the set-up recorded (client key, TikAPI username) stay, and so does the window's layout."""
    changed = ctx.settings.reset(Scope.PREFERENCE)
    ctx.settings.save()
    return changed
