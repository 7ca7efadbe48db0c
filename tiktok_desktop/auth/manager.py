"""Keeps a valid access token: refreshes ahead of expiry and once after a rejection, one refresh at a time.

One at a time across processes too. Refresh tokens are single use, and the open app, a scheduled `sync` and
another CLI run share the keyring: two processes refreshing with the same token leave one with invalid_grant.
So a refresh happens under a lock file shared by every process (next to the database), the keyring is read again
once the lock is held (another process may have refreshed meanwhile: its access token is used as it is), and
after invalid_grant (a process that does not share the lock may have stored newer tokens). Only when the keyring
holds nothing newer is the user signed out. A network or server error signs nobody out: it is raised as it is.
"""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from tiktok_desktop.auth.oauth import TokenClient
from tiktok_desktop.auth.secrets import TokenStore
from tiktok_desktop.auth.tokens import Tokens
from tiktok_desktop.core.errors import NotSignedIn, SignedOut
from tiktok_desktop.core.file_lock import FileLock
from tiktok_desktop.core.progress import CancelToken

# how long a refresh waits for another process's: longer than one refresh with all its retries and timeouts
REFRESH_LOCK_WAIT = 150.0


class TokenManager:
    """`lock_path`: the lock file every process of this user shares; None (tests) serialises this object only."""

    def __init__(
        self,
        store: TokenStore,
        client: TokenClient,
        tokens: Tokens | None = None,
        *,
        lock_path: Path | None = None,
        lock_wait: float = REFRESH_LOCK_WAIT,
    ) -> None:
        self.store = store
        self.client = client
        self._tokens = tokens or store.load()
        if self._tokens is None:
            raise NotSignedIn()
        self._lock = threading.Lock()
        self._file_lock = FileLock(lock_path, lock_wait) if lock_path is not None else None
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
                self._replace_locked(self._tokens.access_token, cancel)
            return self._tokens.access_token

    def refresh_after_rejection(self, rejected: str, cancel: CancelToken | None = None) -> str:
        """For a 401: refreshes unless another request (or process) already did since `rejected` was handed out."""
        with self._lock:
            assert self._tokens is not None
            if self._tokens.access_token == rejected:
                self._replace_locked(rejected, cancel)
            return self._tokens.access_token

    def _across_processes(self, cancel: CancelToken | None) -> AbstractContextManager[object]:
        return self._file_lock.hold(cancel) if self._file_lock is not None else nullcontext()

    def _replace_locked(self, stale: str, cancel: CancelToken | None) -> None:
        """Replaces the `stale` access token: with one another process stored meanwhile, else by refreshing."""
        assert self._tokens is not None
        open_id = self._tokens.open_id
        with self._across_processes(cancel):
            current = self.store.load(open_id)
            if current is None and not self.store.secrets.persistent:
                current = self._tokens  # no keyring: no other process shares these tokens
            if current is None:  # signed out by another process while this one waited: do not undo that
                raise NotSignedIn()
            if current.access_token != stale and current.access_fresh():
                self._tokens = current  # another process refreshed already
                return
            for _ in range(2):  # the stored tokens; once more if someone stored newer ones during the refresh
                try:
                    if not current.refresh_usable():
                        raise SignedOut()
                    fresh = self.client.refresh(current.refresh_token, cancel)
                except SignedOut:
                    newer = self.store.load(open_id)
                    if newer is None or newer.refresh_token == current.refresh_token:
                        break  # nothing newer: the user must sign in again
                    current = newer  # a process that does not share the lock (another data folder) rotated it
                    if current.access_fresh():
                        self._tokens = current
                        return
                    continue
                self.store.save(fresh)  # store the rotated refresh token before the new access token is used
                self._tokens = fresh
                self.refreshes += 1
                return
            else:  # newer tokens again after two tries: someone else is refreshing, leave the keyring to them
                self._tokens = current
                raise SignedOut()
            self.store.delete(open_id)
            raise SignedOut()
