from __future__ import annotations

import pytest

from tiktok_desktop.core.metrics import (
    DAY,
    change_since,
    comment_rate,
    engagement_per_follower,
    engagement_rate,
    like_rate,
    share_rate,
    video_engagement,
)
from tiktok_desktop.core.models import AccountSnapshot, Video


def test_engagement_rate_by_hand() -> None:
    # (40 + 7 + 3) / 1000 x 100 = 5
    assert engagement_rate(40, 7, 3, 1000) == pytest.approx(5.0)
    assert engagement_rate(1, 0, 0, 3) == pytest.approx(33.3333333)


def test_zero_views_gives_none_not_zero() -> None:
    assert engagement_rate(5, 1, 1, 0) is None
    assert video_engagement(Video("1", 0, likes=3)) is None


def test_rates() -> None:
    v = Video("1", 0, views=2000, likes=100, comments=20, shares=10)
    assert like_rate(v) == pytest.approx(5.0)
    assert comment_rate(v) == pytest.approx(1.0)
    assert share_rate(v) == pytest.approx(0.5)
    assert engagement_per_follower(v, 13000) == pytest.approx(1.0)
    assert engagement_per_follower(v, None) is None
    assert engagement_per_follower(v, 0) is None


def snaps(*pairs: tuple[int, int | None]) -> list[AccountSnapshot]:
    return [AccountSnapshot(t, f, 1, 1, 1) for t, f in pairs]


def test_change_since_uses_last_snapshot_at_or_before_the_cutoff() -> None:
    now = 100 * DAY
    history = snaps((90 * DAY, 100), (93 * DAY, 150), (94 * DAY, 170), (100 * DAY, 260))
    assert change_since(history, "followers", 7, now) == 260 - 150  # 93 is exactly 7 days before
    assert change_since(history, "followers", 30, now) is None  # nothing that old


def test_change_since_without_history_or_with_unknown_values() -> None:
    assert change_since([], "followers", 7, 0) is None
    assert change_since(snaps((0, None), (8 * DAY, 5)), "followers", 7, 8 * DAY) is None
