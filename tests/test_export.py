from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tiktok_desktop.app.export import CSV_COLUMNS, export_csv
from tiktok_desktop.core.errors import ExportFailed
from tiktok_desktop.core.models import Video

DOCUMENTED = (
    "video_id, published_at, title, description, duration_s, views, likes, comments, shares, "
    "engagement_rate_pct, share_url"
).split(", ")


def test_documented_columns_come_first() -> None:
    assert list(CSV_COLUMNS[: len(DOCUMENTED)]) == DOCUMENTED


def test_csv_content_bom_and_unicode(tmp_path: Path) -> None:
    out = tmp_path / "v.csv"
    videos = [
        Video("7312345678901234567", 1_700_000_000, "番茄炒蛋 🍅", 'say "hi", ok\nline 2', 61, 1000, 40, 7, 3,
              share_url="https://x/1"),
        Video("2", 0, "", "", 5, 0, 1, 0, 0, saves=4),
    ]
    assert export_csv(videos, out) == 2
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    first, second = rows
    assert first["video_id"] == "7312345678901234567"
    assert first["published_at"] == "2023-11-14T22:13:20Z"
    assert first["title"] == "番茄炒蛋 🍅" and first["description"] == 'say "hi", ok\nline 2'
    assert first["engagement_rate_pct"] == "5.00"
    assert first["saves"] == ""
    assert second["engagement_rate_pct"] == ""  # zero views: empty, not 0 or an error
    assert second["saves"] == "4"


def test_unwritable_target_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as err:
        export_csv([], tmp_path / "missing" / "v.csv")
    assert "missing" in str(err.value)
