"""The import use case: which account the files go to, all or nothing, idempotent; and what the imported days
change in the dashboard (followers, period comparison) and in the XLSX (Daily, Audience sheets)."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.studio_export import FIELDS, write_csvs, write_download

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.app.dashboard import load_dashboard
from tiktok_desktop.app.export import export_xlsx
from tiktok_desktop.app.report import report_data
from tiktok_desktop.app.studio_data import reminder_due
from tiktok_desktop.app.studio_import import import_studio
from tiktok_desktop.core.errors import DiskFull
from tiktok_desktop.core.metrics import DAY
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.studio import storage
from tiktok_desktop.core.studio.errors import (
    StudioNoHandle,
    StudioNoSuchAccount,
    StudioUnknownAccount,
    StudioUnreadable,
    StudioWrongAccount,
)

UTC = timezone.utc
EXPORTED = int(datetime(2027, 1, 10, 15, 30, tzinfo=UTC).timestamp())


def add_account(ctx: AppContext, username: str = "lumi.cooks", source: str = "demo", followers: int = 5000) -> str:
    with ctx.open_store() as store:
        return store.save_profile(Profile(source, username, username=username, followers=followers), EXPORTED)


def dump(ctx: AppContext) -> dict[str, list[tuple]]:
    db = sqlite3.connect(ctx.paths.database)
    try:
        return {
            t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()
            for t in (
                "studio_daily",
                "studio_follower_activity",
                "studio_audience",
                "studio_imports",
                "account_snapshots",
            )
        }
    finally:
        db.close()


def test_a_download_goes_to_the_account_of_its_handle_once(ctx: AppContext, tmp_path: Path) -> None:
    other = add_account(ctx, "someone.else")
    key = add_account(ctx)
    dl = write_download(tmp_path)
    summary = import_studio(ctx, [tmp_path], tz=UTC)
    assert (summary.account, summary.username, summary.days) == (key, "lumi.cooks", 360)
    assert (summary.first_day, summary.last_day) == (date(2026, 1, 14), date(2027, 1, 8))
    assert summary.active_hours == 168 and summary.audience_exported_at == EXPORTED and summary.missing == ()
    with ctx.open_store() as store:
        stored = {d.day: d._asdict() for d in storage.daily(store, key)}
        assert storage.daily(store, other) == []
    for day, values in dl.expected.items():
        if any(v is not None for v in values.values()):
            assert {f: stored[day][f] for f in FIELDS} == values, day
        else:
            assert day not in stored, day  # unknown: nothing stored, never 0
    before = dump(ctx)
    import_studio(ctx, [tmp_path], tz=UTC)
    import_studio(ctx, list(reversed(dl.zips)), tz=UTC)  # the same files in another order
    assert dump(ctx) == before


def test_files_of_an_account_that_is_not_stored_are_refused_naming_the_handle(ctx: AppContext, tmp_path: Path) -> None:
    add_account(ctx)
    write_download(tmp_path, handle="stranger.danger")
    with pytest.raises(StudioUnknownAccount) as err:
        import_studio(ctx, [tmp_path], tz=UTC)
    assert "@stranger.danger" in err.value.english()
    assert dump(ctx)["studio_daily"] == []


def test_the_chosen_account_must_be_the_files_one(ctx: AppContext, tmp_path: Path) -> None:
    add_account(ctx)
    other = add_account(ctx, "someone.else")
    write_download(tmp_path)
    with pytest.raises(StudioWrongAccount) as err:
        import_studio(ctx, [tmp_path], account=other, tz=UTC)
    assert "@lumi.cooks" in err.value.english() and other in err.value.english()
    with pytest.raises(StudioNoSuchAccount):
        import_studio(ctx, [tmp_path], account="demo:nobody", tz=UTC)
    assert dump(ctx)["studio_daily"] == []


def test_loose_csvs_without_content_need_the_account_named(ctx: AppContext, tmp_path: Path) -> None:
    key = add_account(ctx)
    _, paths = write_csvs(tmp_path, handle="lumi.cooks", exported_at=EXPORTED)
    for p in paths:
        os.utime(p, (EXPORTED, EXPORTED))
    loose = [p for p in paths if p.name != "Content.csv"]
    with pytest.raises(StudioNoHandle):
        import_studio(ctx, loose, tz=UTC)
    assert import_studio(ctx, loose, account=key, tz=UTC).days == 360
    # the window passes the account it shows as the fallback: loose CSVs go there, zips still to their handle
    other = add_account(ctx, "someone.else")
    assert import_studio(ctx, loose, fallback_account=other, tz=UTC).account == other
    zips = write_download(tmp_path / "zips").zips
    assert import_studio(ctx, zips, fallback_account=other, tz=UTC).account == key


def test_a_broken_file_among_good_ones_imports_nothing(ctx: AppContext, tmp_path: Path) -> None:
    add_account(ctx)
    dl = write_download(tmp_path)
    dl.zips[-1].write_bytes(dl.zips[-1].read_bytes()[:100])
    with pytest.raises(StudioUnreadable):
        import_studio(ctx, [tmp_path], tz=UTC)
    assert all(not rows for name, rows in dump(ctx).items() if name.startswith("studio_"))


def test_a_write_failing_midway_leaves_nothing_half_imported(ctx: AppContext, tmp_path: Path) -> None:
    add_account(ctx)
    write_download(tmp_path)
    db = sqlite3.connect(ctx.paths.database)
    # the daily rows are written first; the disk fills up at the follower activity
    db.execute(
        "CREATE TRIGGER full BEFORE INSERT ON studio_follower_activity"
        " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
    )
    db.commit()
    db.close()
    with pytest.raises(DiskFull):
        import_studio(ctx, [tmp_path], tz=UTC)
    assert all(not rows for name, rows in dump(ctx).items() if name.startswith("studio_"))


def test_imported_days_fill_the_followers_and_the_period_comparison(ctx: AppContext, tmp_path: Path) -> None:
    key = add_account(ctx, followers=5000)  # one snapshot of the app's own, at the export time
    with ctx.open_store() as store:
        before = load_dashboard(store, key, UTC)
    assert before is not None
    assert report_data(before).account[7]["followers"].current is None  # one snapshot: no history
    assert report_data(before).account[7]["views"].current is None
    dl = write_download(tmp_path)
    import_studio(ctx, [tmp_path], tz=UTC)
    with ctx.open_store() as store:
        dashboard = load_dashboard(store, key, UTC)
    assert dashboard is not None
    followers = dashboard.followers
    assert followers[-1].value == 5000 and len(followers) == 361  # 360 imported days and the app's snapshot
    change = report_data(dashboard).account[7]
    now = dashboard.as_of  # 2027-01-10 15:30: the windows are Jan 3 15:30 -> Jan 10 and Dec 27 -> Jan 3
    week_ago, two_weeks_ago = (datetime.fromtimestamp(now - k * 7 * DAY, UTC).date() for k in (1, 2))
    assert change["followers"].current == 5000 - dl.expected[week_ago]["followers"]
    assert change["followers"].previous == dl.expected[week_ago]["followers"] - dl.expected[two_weeks_ago]["followers"]
    # views: the videos' own snapshots do not reach back, imported days do for the previous week only (the lag)
    prev_days = [two_weeks_ago + timedelta(days=i) for i in range(1, 8)]
    assert change["views"].previous == sum(dl.expected[d]["video_views"] for d in prev_days)
    assert change["views"].current is None  # January 9 and 10 are not imported: no partial sum
    # the weekly reminder: never before a first import, then once the last import is a week old
    assert not reminder_due(before.studio, now + 100 * DAY)
    last = dashboard.studio.last_import
    assert last is not None and last.exported_at == EXPORTED
    assert not reminder_due(dashboard.studio, last.imported_at + 7 * DAY - 1)
    assert reminder_due(dashboard.studio, last.imported_at + 7 * DAY)


def test_xlsx_daily_and_audience_sheets(ctx: AppContext, tmp_path: Path) -> None:
    import openpyxl

    key = add_account(ctx, followers=5000)
    dl = write_download(tmp_path / "dl")
    import_studio(ctx, [tmp_path / "dl"], tz=UTC)
    with ctx.open_store() as store:
        dashboard = load_dashboard(store, key, UTC)
    assert dashboard is not None
    export_xlsx(dashboard.videos, dashboard.snapshots, tmp_path / "o.xlsx", dashboard)
    book = openpyxl.load_workbook(tmp_path / "o.xlsx")
    daily = book["Daily"]
    header = [c.value for c in daily[1]]
    assert header == ["date", *FIELDS]
    rows = {r[0].value.date(): [c.value for c in r[1:]] for r in daily.iter_rows(min_row=2)}
    assert all(r[0].is_date for r in daily.iter_rows(min_row=2))
    for day, values in dl.expected.items():
        expected = [values[f] for f in FIELDS]
        if day == dl.export_day:
            expected[0] = 5000  # the app's own snapshot that day
        if any(v is not None for v in expected):
            assert rows.pop(day) == expected, day
    assert rows == {}
    audience = book["Audience"]
    cells = [[c.value for c in r] for r in audience.iter_rows()]
    assert cells[0][:5] == ["exported_at", "group", "label", "share", None]
    assert cells[1][1:4] == ["gender", "Female", 0.61] and cells[1][0] == datetime(2027, 1, 10, 15, 30)
    assert ["territory", "US", 0.42] in [r[1:4] for r in cells]
    heat_row = next(i for i, r in enumerate(cells) if r[0] == "active_followers_by_hour")
    assert cells[heat_row][1:4] == ["weekday", 0, 1]
    sunday = cells[heat_row + 7]
    assert sunday[1] == "Sunday" and sunday[2] == dl.activity[(date(2027, 1, 10), 0)]


def test_two_downloads_leave_the_same_history_together_or_one_by_one_in_any_order(
    ctx: AppContext, tmp_path: Path
) -> None:
    older = write_download(tmp_path / "older", exported_at=EXPORTED - 30 * DAY)
    newer = write_download(tmp_path / "newer", exported_at=EXPORTED, language="vi")
    results = []
    for order in ([older.zips + newer.zips], [newer.zips, older.zips], [older.zips, newer.zips]):
        ctx.paths.database.unlink(missing_ok=True)
        add_account(ctx)
        for paths in order:
            import_studio(ctx, paths, tz=UTC)
        tables = dump(ctx)
        del tables["studio_imports"]  # one import or two: the history is what must not differ
        results.append(tables)
    assert results[0] == results[1] == results[2]
    days = {row[1]: row for row in results[0]["studio_daily"]}
    newest_day = newer.stored_days()[-1]
    assert days[newest_day.isoformat()][3] == newer.expected[newest_day]["followers"]
