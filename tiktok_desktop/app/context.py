"""What every use case needs: folders, settings, secrets, and the sources built from them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tiktok_desktop.config import Paths, Settings
from tiktok_desktop.core.errors import MissingCredentials, UnknownSource
from tiktok_desktop.core.progress import CancelToken, ProgressCallback, no_progress
from tiktok_desktop.core.redaction import remember_secret

if TYPE_CHECKING:  # imported where used: keyring, httpx and sqlite3 are not needed before the window shows
    from tiktok_desktop.auth.oauth import OAuthConfig
    from tiktok_desktop.auth.secrets import SecretStore, TokenStore
    from tiktok_desktop.core.store import Store
    from tiktok_desktop.sources.base import DataSource


@dataclass
class AppContext:
    paths: Paths
    settings: Settings
    environ: dict[str, str] | None = None  # None: the process environment
    unattended: bool = False  # a scheduled sync: nobody is there to answer a keyring unlock prompt
    _secrets: SecretStore | None = field(default=None, repr=False)
    # hears the one-time upgrade of an older database when a caller of open_store passes no progress (the CLI)
    upgrade_progress: ProgressCallback = field(default=no_progress, repr=False)

    @classmethod
    def default(cls) -> AppContext:
        paths = Paths.default()
        return cls(paths, Settings(paths.settings_file))

    @property
    def env(self) -> dict[str, str]:
        return dict(os.environ) if self.environ is None else self.environ

    def open_store(self, progress: ProgressCallback | None = None) -> Store:
        """A new connection: SQLite connections belong to the thread that opened them. The first open of a
        database from an older version converts it (core/store_compact.py), reporting Stage.UPGRADE."""
        from tiktok_desktop.core.store import Store

        return Store(self.paths.database, progress or self.upgrade_progress)

    # -- secrets and sign-in -----------------------------------------------------------------------------

    @property
    def secrets(self) -> SecretStore:
        if self._secrets is None:
            from tiktok_desktop.auth.secrets import SecretStore

            self._secrets = SecretStore(unattended=self.unattended)
        return self._secrets

    @property
    def refresh_lock(self) -> Path:
        """The lock file that serialises token refreshes across processes (the window, a scheduled sync, the CLI)."""
        return self.paths.data_dir / "tiktok-desktop.lock"

    @property
    def sync_lock(self) -> Path:
        """The lock file that lets one sync run at a time across processes. A sync takes it before the refresh
        lock (a sync refreshes tokens), never the other way round: a refresh never waits for a whole sync."""
        return self.paths.data_dir / "tiktok-desktop-sync.lock"

    def token_store(self) -> TokenStore:
        from tiktok_desktop.auth.secrets import TokenStore

        return TokenStore(self.secrets)

    def client_secret(self) -> str:
        from tiktok_desktop.auth.secrets import CLIENT_SECRET

        secret = self.env.get("TIKTOK_CLIENT_SECRET") or self.secrets.get(CLIENT_SECRET) or ""
        remember_secret(secret)
        return secret

    def has_official_credentials(self) -> bool:
        return bool(self.settings.get("client_key") and self.client_secret())

    def oauth_config(self) -> OAuthConfig:
        from tiktok_desktop.auth.oauth import OAuthConfig

        key, secret = self.settings.get("client_key"), self.client_secret()
        if not key or not secret:
            raise MissingCredentials()
        return OAuthConfig(key, secret, self.settings.get("auth_url"), self.settings.get("api_base"))

    def signed_in(self) -> bool:
        return self.token_store().load() is not None

    # -- sources -------------------------------------------------------------------------------------------

    def resolve_source(self, requested: str | None = None) -> str:
        """The concrete source for a request or the setting; 'auto' picks the best one configured."""
        name = requested or self.settings.get("source")
        if name != "auto":
            return name
        if self.has_official_credentials() and (
            self.signed_in() or self.settings.get("active_account").startswith("official:")
        ):
            # signed in, or signed out by TikTok: keep showing the creator's own data, not the demo
            return "official"
        if self.settings.get("tikapi_username") and self.tikapi_key():  # the setting first: no keyring read for demo
            return "tikapi"
        return "demo"

    def tikapi_key(self) -> str:
        from tiktok_desktop.auth.secrets import TIKAPI_KEY

        key = self.env.get("TIKAPI_KEY") or self.secrets.get(TIKAPI_KEY) or ""
        remember_secret(key)
        return key

    def make_source(self, name: str, username: str | None = None, cancel: CancelToken | None = None) -> DataSource:
        if name == "demo":
            from tiktok_desktop.sources.demo import DemoSource

            return DemoSource()
        if name == "official":
            return self._official_source(cancel)
        if name == "tikapi":
            return self.tikapi_source(username or self.settings.get("tikapi_username"), cancel)
        raise UnknownSource(source=name, choices="official, tikapi, demo")

    def tikapi_source(self, username: str, cancel: CancelToken | None, key: str | None = None) -> DataSource:
        """`key` replaces the stored key (the wizard tests one before saving it)."""
        from tiktok_desktop.core.errors import TikApiMissingKey, TikApiMissingUsername
        from tiktok_desktop.net.http import new_client
        from tiktok_desktop.sources.tikapi import TikApiSource

        key = key or self.tikapi_key()
        if not key:
            raise TikApiMissingKey()
        if not username.strip().lstrip("@"):
            raise TikApiMissingUsername()
        return TikApiSource(self.settings.get("tikapi_base"), key, username, new_client(), cancel=cancel)

    def _official_source(self, cancel: CancelToken | None) -> DataSource:
        from tiktok_desktop.auth.manager import TokenManager
        from tiktok_desktop.auth.oauth import TokenClient
        from tiktok_desktop.net.http import new_client
        from tiktok_desktop.sources.official import OfficialSource

        config = self.oauth_config()
        http = new_client()  # one client for API and token calls, closed with the source
        manager = TokenManager(self.token_store(), TokenClient(config, http), lock_path=self.refresh_lock)
        return OfficialSource(config.api_base, manager, http, cancel=cancel)
