"""Secrets in the OS keyring, and where they go when there is none: memory, for this run only.

Each value is its own keyring entry (access and refresh tokens apart), well under the 2,560 bytes Windows
Credential Manager allows for one entry.
"""

from __future__ import annotations

import json
import logging
from contextlib import closing
from typing import Any

import keyring
import keyring.errors
from keyring.backends import fail, null

from tiktok_desktop.auth.tokens import Tokens
from tiktok_desktop.core.errors import KeyringUnavailable
from tiktok_desktop.core.redaction import remember_secret

log = logging.getLogger(__name__)

SERVICE = "tiktok-desktop"
CLIENT_SECRET = "tiktok:client_secret"
TIKAPI_KEY = "tikapi:api_key"


def _locked_secret_service(backend: Any) -> bool:
    """True when `backend` (or one it chains) is the Secret Service and its collection is locked. Reading from it
    then would ask the desktop to show an unlock prompt and wait for it: right in the app, wrong for a scheduled
    sync that nobody watches (it would hang until the prompt times out, or for ever)."""
    try:
        from keyring.backends import SecretService
    except ImportError:  # not on this system (Windows, macOS)
        return False
    for b in getattr(backend, "backends", [backend]):
        if isinstance(b, SecretService.Keyring):
            try:
                import secretstorage

                with closing(secretstorage.dbus_init()) as bus:
                    path = getattr(b, "preferred_collection", None)
                    if path:
                        collection = secretstorage.Collection(bus, path)
                    else:
                        collection = secretstorage.get_default_collection(bus)
                    return bool(collection.is_locked())
            except Exception as e:  # noqa: BLE001 - no session bus, no service: as good as locked for a job
                log.info("secret service not usable unattended: %s", type(e).__name__)
                return True
    return False


class SecretStore:
    """get/set/delete by name. Falls back to memory (and says so in `warning`) when the keyring fails.

    `unattended` (a scheduled sync): a locked keyring counts as unavailable instead of prompting to unlock it."""

    def __init__(self, *, unattended: bool = False) -> None:
        self._memory: dict[str, str] = {}
        self.warning: KeyringUnavailable | None = None
        backend = keyring.get_keyring()
        if isinstance(backend, (fail.Keyring, null.Keyring)):
            self._fall_back("no backend")
        elif unattended and _locked_secret_service(backend):
            self._fall_back("locked")

    @property
    def persistent(self) -> bool:
        return self.warning is None

    def _fall_back(self, why: str) -> None:
        if self.warning is None:
            log.warning("keyring unavailable (%s): secrets are kept in memory for this run", why)
            self.warning = KeyringUnavailable()

    def get(self, name: str) -> str | None:
        if name in self._memory or not self.persistent:
            return self._memory.get(name)
        try:
            value = keyring.get_password(SERVICE, name)
        except (keyring.errors.KeyringError, RuntimeError) as e:
            self._fall_back(type(e).__name__)
            return None
        remember_secret(value)
        return value

    def set(self, name: str, value: str, *, strict: bool = False) -> None:
        """Stores in the keyring and reads it back; if the keyring refuses it or does not keep it, in memory (or,
        with strict, raises KeyringUnavailable)."""
        remember_secret(value)
        if self.persistent:
            try:
                keyring.set_password(SERVICE, name, value)
                kept = keyring.get_password(SERVICE, name) == value
                why = "the backend does not keep secrets"
            except (keyring.errors.KeyringError, RuntimeError) as e:
                kept, why = False, type(e).__name__
            if kept:
                return
            self._fall_back(why)
            if strict:
                raise KeyringUnavailable() from None
        elif strict:
            raise KeyringUnavailable()
        self._memory[name] = value

    def delete(self, name: str) -> None:
        self._memory.pop(name, None)
        if not self.persistent:
            return
        try:
            keyring.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            pass
        except (keyring.errors.KeyringError, RuntimeError) as e:
            self._fall_back(type(e).__name__)


class TokenStore:
    """The official account's tokens, per open_id, plus which account is signed in."""

    CURRENT = "official:current_open_id"

    def __init__(self, secrets: SecretStore) -> None:
        self.secrets = secrets

    @staticmethod
    def _name(open_id: str, part: str) -> str:
        return f"official:{open_id}:{part}"

    def save(self, tokens: Tokens) -> None:
        # the rotated refresh token first: once TikTok issued it, the old one no longer works
        self.secrets.set(self._name(tokens.open_id, "refresh_token"), tokens.refresh_token)
        self.secrets.set(self._name(tokens.open_id, "access_token"), tokens.access_token)
        meta = {
            "scope": tokens.scope,
            "access_expires_at": tokens.access_expires_at,
            "refresh_expires_at": tokens.refresh_expires_at,
        }
        self.secrets.set(self._name(tokens.open_id, "meta"), json.dumps(meta))
        self.secrets.set(self.CURRENT, tokens.open_id)

    def current_open_id(self) -> str | None:
        return self.secrets.get(self.CURRENT) or None

    def load(self, open_id: str | None = None) -> Tokens | None:
        open_id = open_id or self.current_open_id()
        if not open_id:
            return None
        access = self.secrets.get(self._name(open_id, "access_token"))
        refresh = self.secrets.get(self._name(open_id, "refresh_token"))
        raw_meta = self.secrets.get(self._name(open_id, "meta"))
        if not (access and refresh and raw_meta):
            return None
        try:
            meta: dict[str, Any] = json.loads(raw_meta)
            return Tokens(
                open_id,
                access,
                refresh,
                str(meta["scope"]),
                int(meta["access_expires_at"]),
                int(meta["refresh_expires_at"]),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def delete(self, open_id: str) -> None:
        for part in ("access_token", "refresh_token", "meta"):
            self.secrets.delete(self._name(open_id, part))
        if self.current_open_id() == open_id:
            self.secrets.delete(self.CURRENT)
