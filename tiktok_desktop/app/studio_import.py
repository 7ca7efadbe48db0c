"""Importing a TikTok Studio download into the account it belongs to (the GUI's File > Import TikTok Studio data
and the CLI's `import studio` call import_studio).

The account: the one whose @handle the files carry (zip names, Content.csv's links). `account` (a key) names the
account to import into: files of another handle are refused, and loose CSVs, which carry no handle, go to it. A
handle no stored account has is refused: the import attaches history to an account the app already follows.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from pathlib import Path

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.core.models import Account
from tiktok_desktop.core.progress import CancelToken, ProgressCallback, no_progress
from tiktok_desktop.core.store import Store
from tiktok_desktop.core.studio.errors import (
    StudioNoHandle,
    StudioNoSuchAccount,
    StudioUnknownAccount,
    StudioWrongAccount,
)
from tiktok_desktop.core.studio.files import read_download
from tiktok_desktop.core.studio.merge import merge
from tiktok_desktop.core.studio.model import StudioImport
from tiktok_desktop.core.studio.storage import save_import


@dataclass(frozen=True)
class ImportSummary:
    """What an import brought, for the CLI's line and the GUI's summary."""

    account: str  # the account key
    username: str
    files: tuple[str, ...]  # the kinds of file read (core.studio.model.Kind)
    missing: tuple[str, ...]  # the zips of a full download (Overview, Followers, Viewers, Content) not among them
    days: int  # days with at least one known figure
    first_day: date | None
    last_day: date | None
    active_hours: int  # hours of follower activity
    audience_exported_at: int | None  # the export time of the gender and territory figures, if any
    exported_at: int  # the newest file's export time

    @property
    def empty(self) -> bool:
        return not self.days and not self.active_hours and self.audience_exported_at is None


def _norm(handle: str) -> str:
    return handle.strip().lstrip("@").lower()


def choose_account(
    store: Store, handle: str | None, requested: str | None, preferred: str = "", fallback: str | None = None
) -> Account:
    """The account the files go to (see the module's docstring); `preferred` breaks a tie between several stored
    accounts of the same handle (the official and the TikAPI one of a person): the one shown, else the latest
    synced. `fallback`: the account for files that carry no handle (the window passes the account it shows)."""
    if handle is None and not requested and fallback:
        requested = fallback
    if requested:
        account = store.account(requested)
        if account is None:
            raise StudioNoSuchAccount(account=requested)
        if handle is not None and _norm(account.profile.username) != handle:
            raise StudioWrongAccount(handle=handle, username=account.profile.username, account=account.key)
        return account
    if handle is None:
        raise StudioNoHandle()
    matching = [a for a in store.accounts() if _norm(a.profile.username) == handle]
    if not matching:
        raise StudioUnknownAccount(handle=handle)
    return next((a for a in matching if a.key == preferred), matching[0])


def import_studio(
    ctx: AppContext,
    paths: Sequence[Path],
    account: str | None = None,
    loose_exported_at: int | None = None,
    fallback_account: str | None = None,
    tz: tzinfo | None = None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> ImportSummary:
    """Reads every file first, then writes in one transaction: a file that cannot be read (raised as a
    core.errors.StudioError) leaves the store as it was. `loose_exported_at`: the export time of CSVs whose name
    does not say it (default: their modification time); `fallback_account`: the account for files that carry no
    handle, when `account` is not given; `tz`: the creator's time zone (None: the computer's)."""
    del progress  # reading a download takes well under a second; only cancel is checked between files
    data = merge(read_download(paths, tz, loose_exported_at, cancel))
    with ctx.open_store() as store:
        chosen = choose_account(store, data.handle, account, ctx.settings.get("active_account"), fallback_account)
        summary = _summary(chosen, data)
        if not summary.empty:
            save_import(store, chosen.key, data, int(time.time()))
    return summary


def _summary(account: Account, data: StudioImport) -> ImportSummary:
    return ImportSummary(
        account=account.key,
        username=account.profile.username,
        files=data.files,
        missing=data.missing,
        days=len(data.daily),
        first_day=data.first_day,
        last_day=data.last_day,
        active_hours=len(data.activity),
        audience_exported_at=data.audience_exported_at,
        exported_at=data.exported_at,
    )
