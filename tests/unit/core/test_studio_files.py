"""Finding a download's files: zips (their names say whose and when), loose CSVs, folders; bounded sizes."""

from __future__ import annotations

import os
import zipfile
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from helpers.studio_export import write_csvs, write_download

from tiktok_desktop.core.studio import files
from tiktok_desktop.core.studio.errors import StudioNothingFound, StudioTooLarge, StudioUnreadable
from tiktok_desktop.core.studio.files import name_origin, read_download
from tiktok_desktop.core.studio.merge import merge

UTC = timezone.utc


@pytest.mark.parametrize(
    "name, handle, seconds",
    [
        ("Overview_2025-1-1_1799595000_lumi.cooks.zip", "lumi.cooks", 1799595000),
        ("Followers_2025-1-1_1799595000_Lumi_Cooks.zip", "lumi_cooks", 1799595000),  # underscores in a handle
        ("Viewers_2025-1-1_1799595000_lumi.cooks (1).zip", "lumi.cooks", 1799595000),  # a second download
        ("Content_2025-1-1_1799595000_lumi.cooks", "lumi.cooks", 1799595000),  # an unpacked zip's folder
        ("Overview.csv", None, None),
        ("Overview_2025-1-1_12_lumi.zip", None, None),  # no export time in it
    ],
)
def test_zip_names_give_the_handle_and_the_export_time_not_the_date_part(
    name: str, handle: str | None, seconds: int | None
) -> None:
    assert name_origin(name) == files.Origin(handle, seconds)


def test_a_folder_of_zips_in_english_and_in_vietnamese(tmp_path: Path) -> None:
    for language in ("en", "vi"):
        dl = write_download(tmp_path / language, language=language)
        data = merge(read_download([tmp_path / language], UTC))
        assert data.handle == "lumi.cooks" and data.exported_at == dl.exported_at and not data.missing
        assert {d.day: d for d in data.daily} == {
            day: _row(day, v) for day, v in dl.expected.items() if any(x is not None for x in v.values())
        }
        assert data.first_day == date(2026, 1, 14) and data.last_day == date(2027, 1, 8)  # across December -> January
        assert {(a.day, a.hour): a.active for a in data.activity} == dl.activity
        assert data.gender[0].label == "Female" and data.territories[0].label == "US"
        assert data.audience_exported_at == dl.exported_at


def _row(day: date, values: dict[str, int | None]):
    from tiktok_desktop.core.studio.model import DailyMetrics

    return DailyMetrics(day, **values)


def test_loose_csvs_take_their_export_time_from_the_file_or_the_caller(tmp_path: Path) -> None:
    exported = int(datetime(2027, 1, 10, 12, tzinfo=UTC).timestamp())
    dl, paths = write_csvs(tmp_path / "csv", handle="lumi.cooks", exported_at=exported)
    for p in paths:
        os.utime(p, (exported, exported))
    data = merge(read_download([tmp_path / "csv"], UTC))
    assert data.exported_at == exported and data.last_day == date(2027, 1, 8)
    assert data.handle == "lumi.cooks"  # from Content.csv's links
    # an explicit export time (the CLI's --exported) wins over the modification time
    later = int(datetime(2027, 1, 12, 12, tzinfo=UTC).timestamp())
    data = merge(read_download([tmp_path / "csv"], UTC, loose_exported_at=later))
    # the lag is counted from the day given: January 9 (incomplete in the file) now passes for complete. Hence
    # the zips' own export time first, and the option for loose CSVs whose modification time was lost.
    assert data.exported_at == later and data.last_day == date(2027, 1, 9)


def test_a_missing_zip_imports_the_others(tmp_path: Path) -> None:
    write_download(tmp_path, kinds=("Overview", "Followers"))
    data = merge(read_download([tmp_path], UTC))
    assert data.missing == ("Viewers", "Content")
    assert data.daily[-1].total_viewers is None and data.daily[-1].followers is not None


def test_a_broken_zip_is_refused_naming_it(tmp_path: Path) -> None:
    dl = write_download(tmp_path)
    broken = dl.zips[1]
    broken.write_bytes(broken.read_bytes()[:-200])  # cut off, as an interrupted download
    with pytest.raises(StudioUnreadable) as err:
        read_download([tmp_path], UTC)
    assert broken.name in err.value.english() and "zip" in err.value.english()


def test_a_zip_with_a_bad_checksum_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "Overview_x_1799595000_lumi.cooks.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("Overview.csv", "\ufeffDate,Video Views\nJanuary 1,5\n")
    raw = bytearray(path.read_bytes())
    at = raw.index(b"January 1,5")
    raw[at + 10] = ord("6")  # the content changed, its CRC did not
    path.write_bytes(bytes(raw))
    with pytest.raises(StudioUnreadable):
        read_download([path], UTC)


def test_a_zip_bomb_and_a_huge_csv_are_refused_before_filling_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_CSV_BYTES", 10_000)
    bomb = tmp_path / "Overview_x_1799595000_lumi.cooks.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Overview.csv", "\ufeffDate,Video Views\n" + "January 1,5\n" * 100_000)
    assert bomb.stat().st_size < 10_000
    with pytest.raises(StudioTooLarge):
        read_download([bomb], UTC)
    huge = tmp_path / "big" / "Overview.csv"
    huge.parent.mkdir()
    huge.write_text("Date,Video Views\n" + "January 1,5\n" * 2_000)
    with pytest.raises(StudioTooLarge) as err:
        read_download([huge], UTC)
    assert "Overview.csv" in err.value.english()


def test_nothing_to_import(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(StudioNothingFound):
        read_download([tmp_path], UTC)
    with pytest.raises(StudioUnreadable, match="no such file"):
        read_download([tmp_path / "absent.zip"], UTC)
