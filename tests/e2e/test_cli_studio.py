"""`import studio` and the XLSX it feeds, through the real program: the issue's "done when" (a realistic download
imported, then `export xlsx`: the Daily sheet has the right value on every date), and the refusals (a broken or
foreign download: one line, exit 1, nothing changed; usage errors: exit 2)."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from helpers.cli import cli, one_error_line
from helpers.studio_export import FIELDS, write_download

from tiktok_desktop.config import Paths
from tiktok_desktop.core.store import Store

pytestmark = pytest.mark.slow
UTC = timezone.utc


@pytest.fixture
def env(isolated: Paths) -> dict[str, str]:
    # the creator's calendar days are the computer's: pin it, so that the test does not depend on where it runs
    return {**os.environ, "TZ": "UTC", "PYTHONFAULTHANDLER": "1"}


def studio_tables(paths: Paths) -> dict[str, list[tuple]]:
    db = sqlite3.connect(paths.database)
    try:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'studio%' AND type='table'")]
        return {n: db.execute(f"SELECT * FROM {n} ORDER BY 1, 2, 3").fetchall() for n in names}
    finally:
        db.close()


def test_import_then_export_gives_the_right_value_on_every_date(
    isolated: Paths, env: dict[str, str], tmp_path: Path
) -> None:
    import openpyxl

    assert cli(env, "sync", "--source", "demo").returncode == 0  # the demo creator, @lumi.cooks, with 120 days
    exported = int(time.time()) - 3600  # downloaded an hour ago: a year back, across December -> January
    english = write_download(tmp_path / "en", exported_at=exported - 86400 * 30, language="en")
    vietnamese = write_download(tmp_path / "vi", exported_at=exported, language="vi")
    result = cli(env, "import", "studio", str(tmp_path / "en"))
    assert result.returncode == 0, result.stderr
    first, last = english.stored_days()[0], english.stored_days()[-1]
    assert result.stdout == (
        f"Imported 360 days ({first} to {last}), 168 hours of follower activity and the audience of "
        f"{english.export_day} into demo:lumi.cooks (@lumi.cooks).\n"
    )
    result = cli(env, "import", "studio", *map(str, vietnamese.zips))  # a month later, in Vietnamese
    assert result.returncode == 0 and "Imported 360 days" in result.stdout, result.stderr
    again = studio_tables(isolated)
    assert cli(env, "import", "studio", str(tmp_path / "en"), str(tmp_path / "vi")).returncode == 0
    assert studio_tables(isolated) == again  # idempotent

    out = tmp_path / "export.xlsx"
    result = cli(env, "export", "xlsx", "--out", str(out))
    assert result.returncode == 0, result.stderr

    # what every date must show: imported figures (the newer download wins), and followers from the app's own
    # snapshots on the days it has them (the last of the day)
    expected: dict[object, list[int | None]] = {}
    for dl in (english, vietnamese):  # the older first: the newer overwrites the days both cover
        for day, values in dl.expected.items():
            known = [values[f] for f in FIELDS]
            if any(v is not None for v in known):
                old = expected.get(day, [None] * len(FIELDS))
                expected[day] = [n if n is not None else o for n, o in zip(known, old, strict=True)]
    with Store(isolated.database) as store:
        own = {
            datetime.fromtimestamp(s.taken_at, UTC).date(): s.followers
            for s in store.account_snapshots("demo:lumi.cooks")
            if s.followers is not None
        }
    assert len(own) > 100
    for day, followers in own.items():
        expected.setdefault(day, [None] * len(FIELDS))[0] = followers

    sheet = openpyxl.load_workbook(out)["Daily"]
    assert [c.value for c in sheet[1]] == ["date", *FIELDS]
    got = {}
    for row in sheet.iter_rows(min_row=2):
        assert row[0].is_date and row[0].value.time() == datetime.min.time()
        got[row[0].value.date()] = [c.value for c in row[1:]]
    assert sorted(got) == sorted(expected)
    for day in sorted(expected):
        assert got[day] == expected[day], day
    assert 0 not in [v for day in got for v in got[day][1:] if day == vietnamese.export_day]  # lag: empty, never 0


def test_a_broken_or_foreign_download_gives_one_line_and_changes_nothing(
    isolated: Paths, env: dict[str, str], tmp_path: Path
) -> None:
    assert cli(env, "sync", "--source", "demo").returncode == 0
    assert cli(env, "import", "studio", str(write_download(tmp_path / "ok").zips[0])).returncode == 0
    before = studio_tables(isolated)

    foreign = write_download(tmp_path / "foreign", handle="not.my.account")
    line = one_error_line(cli(env, "import", "studio", str(tmp_path / "foreign")))
    assert line.startswith("tiktok-desktop: ") and "@not.my.account" in line
    line = one_error_line(cli(env, "import", "studio", *map(str, foreign.zips), "--account", "demo:lumi.cooks"))
    assert "@not.my.account" in line and "demo:lumi.cooks" in line

    broken = write_download(tmp_path / "broken", exported_at=int(time.time()))
    broken.zips[2].write_bytes(broken.zips[2].read_bytes()[:-300])
    line = one_error_line(cli(env, "import", "studio", str(tmp_path / "broken")))
    assert broken.zips[2].name in line and "Nothing was imported" in line

    french = tmp_path / "fr" / "Overview.csv"
    french.parent.mkdir()
    french.write_text("\ufeffDate,Video Views\n9 août,5\n", encoding="utf-8")
    line = one_error_line(cli(env, "import", "studio", str(french), "--account", "demo:lumi.cooks"))
    assert "\u201c9 août\u201d" in line and "English" in line

    assert studio_tables(isolated) == before


def test_usage_errors_exit_2(isolated: Paths, env: dict[str, str], tmp_path: Path) -> None:
    assert "FILE_OR_FOLDER" in one_error_line(cli(env, "import", "studio"), exit_code=2)
    line = one_error_line(cli(env, "import", "studio", str(tmp_path), "--exported", "yesterday"), exit_code=2)
    assert "--exported" in line
    assert one_error_line(cli(env, "import", "videos", str(tmp_path)), exit_code=2)
