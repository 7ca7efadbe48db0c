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
        Video(
            "7312345678901234567",
            1_700_000_000,
            "番茄炒蛋 🍅",
            'say "hi", ok\nline 2',
            61,
            1000,
            40,
            7,
            3,
            share_url="https://x/1",
        ),
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


def test_xlsx_keeps_untrusted_text_as_text_and_marks_estimates(tmp_path: Path) -> None:
    import openpyxl

    from tiktok_desktop.app.export import export_xlsx
    from tiktok_desktop.core.models import AccountSnapshot

    videos = [
        Video(
            "7312345678901234567", 1_700_000_000, '=HYPERLINK("http://evil","x")', "https://a.b/c", 12, 1000, 50, 0, 0
        ),
        Video("2", 0, "zero", "", 5, 0, 0, 0, 0),
    ]
    snapshots = [AccountSnapshot(1_700_000_000, 10, 2, None, 1)]
    assert export_xlsx(videos, snapshots, tmp_path / "v.xlsx") == 2
    book = openpyxl.load_workbook(tmp_path / "v.xlsx")
    sheet = book["Videos"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, (c for c in sheet[2]), strict=True))
    assert row["title"].data_type == "s" and row["title"].value.startswith("=HYPERLINK")
    assert row["video_id"].value == "7312345678901234567"  # an id, never a rounded number
    assert row["published_at"].is_date
    assert row["engagement_rate_pct"].value == pytest.approx(5.0)
    assert row["est_completion_rate_pct"].value is None  # no dashboard: no estimate
    assert "Estimate, not measured" in sheet.cell(1, header.index("est_completion_rate_pct") + 1).comment.text
    zero = dict(zip(header, (c.value for c in sheet[3]), strict=True))
    assert zero["engagement_rate_pct"] is None
    snaps = list(book["Account snapshots"].values)
    assert snaps[0] == ("taken_at", "followers", "following", "likes", "video_count")
    assert snaps[1][1:] == (10, 2, None, 1)


LABELS = [
    Video("1", 1_700_000_000, "ai", "", 5, 10, 1, 0, 0, ai_generated=True),
    Video("2", 1_700_000_000, "not ai", "", 5, 10, 1, 0, 0, ai_generated=False),
    Video("3", 1_700_000_000, "unknown", "", 5, 10, 1, 0, 0),  # TikAPI, or stored before the app asked
]


def test_ai_generated_is_the_last_column_true_false_or_empty_in_the_csv(tmp_path: Path) -> None:
    assert CSV_COLUMNS[-1] == "ai_generated" and CSV_COLUMNS.index("ai_generated") > CSV_COLUMNS.index("saves")
    out = tmp_path / "v.csv"
    export_csv(LABELS, out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][-1] == "ai_generated"
    assert [r[-1] for r in rows[1:]] == ["true", "false", ""]  # unknown is empty, never false
    assert [r[CSV_COLUMNS.index("views")] for r in rows[1:]] == ["10", "10", "10"]  # the other columns in place


def test_ai_generated_is_a_boolean_cell_or_empty_in_the_xlsx(tmp_path: Path) -> None:
    import openpyxl

    from tiktok_desktop.app.export import export_xlsx

    export_xlsx(LABELS, [], tmp_path / "v.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "v.xlsx")["Videos"]
    header = [c.value for c in sheet[1]]
    assert header == list(CSV_COLUMNS)
    cells = [row[header.index("ai_generated")] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == [True, False, None]
    assert [c.data_type for c in cells[:2]] == ["b", "b"]  # real TRUE/FALSE, not 1 and 0 nor text
