"""Keeps a valid access token: refreshes ahead of expiry and once after a rejection, one refresh at a time."""

from __future__ import annotations

import threading

from tiktok_desktop.auth.oauth import TokenClient
from tiktok_desktop.auth.secrets import TokenStore
from tiktok_desktop.auth.tokens import Tokens
from tiktok_desktop.core.errors import NotSignedIn, SignedOut
from tiktok_desktop.core.progress import CancelToken


class TokenManager:
    def __init__(self, store: TokenStore, client: TokenClient, tokens: Tokens | None = None) -> None:
        self.store = store
        self.client = client
        self._tokens = tokens or store.load()
        if self._tokens is None:
            raise NotSignedIn()
        self._lock = threading.Lock()
        self.refreshes = 0

    @property
    def open_id(self) -> str:
        assert self._tokens is not None
        return self._tokens.open_id

    @property
    def scopes(self) -> frozenset[str]:
        assert self._tokens is not None
        return self._tokens.scopes

    def access_token(self, cancel: CancelToken | None = None) -> str:
        with self._lock:
            assert self._tokens is not None
            if not self._tokens.access_fresh():
                self._refresh_locked(cancel)
            return self._tokens.access_token

    def refresh_after_rejection(self, rejected: str, cancel: CancelToken | None = None) -> str:
        """For a 401: refreshes unless another request already did since `rejected` was handed out."""
        with self._lock:
            assert self._tokens is not None
            if self._tokens.access_token == rejected:
                self._refresh_locked(cancel)
            return self._tokens.access_token

    def _refresh_locked(self, cancel: CancelToken | None) -> None:
        assert self._tokens is not None
        if not self._tokens.refresh_usable():
            self.store.delete(self._tokens.open_id)
            raise SignedOut()
        try:
            fresh = self.client.refresh(self._tokens.refresh_token, cancel)
        except SignedOut:
            self.store.delete(self._tokens.open_id)
            raise
        self.store.save(fresh)  # store the rotated refresh token before the new access token is used
        self._tokens = fresh
        self.refreshes += 1
