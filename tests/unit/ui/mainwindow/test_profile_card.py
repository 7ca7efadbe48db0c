"""The profile card's 7-day changes: the 7 days up to the last sync, not up to the moment the window opens (a
creator back after two weeks away still sees how the numbers last moved, not 'no change')."""

from __future__ import annotations

import time

from tiktok_desktop.core.models import Account, AccountSnapshot, Profile
from tiktok_desktop.ui.mainwindow.profile_card import ProfileCard

DAY = 86_400


def test_the_seven_days_end_at_the_last_sync(qtbot) -> None:
    last = int(time.time()) - 12 * DAY
    snapshots = [AccountSnapshot(last - (8 - d) * DAY, 1000 + 10 * d, 5, 100, 3) for d in range(9)]
    account = Account("demo:x", Profile("demo", "x", "x", followers=1080, following=5, likes=100, video_count=3), last)
    card = ProfileCard()
    qtbot.addWidget(card)
    card.show_account(account, snapshots)
    assert card.followers.change.text() == "+70 in 7 days"
