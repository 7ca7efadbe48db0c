"""Everything the main window shows for one account, read in one go (off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass

from tiktok_desktop.core.models import Account, AccountSnapshot, Video
from tiktok_desktop.core.store import Store


@dataclass(frozen=True)
class Dashboard:
    account: Account
    videos: list[Video]
    snapshots: list[AccountSnapshot]


def pick_account(store: Store, preferred: str, source: str) -> Account | None:
    """The preferred account if it belongs to the source, else the most recently synced one of that source."""
    accounts = [a for a in store.accounts() if a.profile.source == source]
    return next((a for a in accounts if a.key == preferred), accounts[0] if accounts else None)


def load_dashboard(store: Store, account: str) -> Dashboard | None:
    found = store.account(account)
    if found is None:
        return None
    return Dashboard(found, store.videos(account), store.account_snapshots(account))
