"""The studio_* tables: the migration from the version before them, idempotent imports, the newest download wins,
unknowns never erase, and the app's own snapshots stay the source of truth in the merged series."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

from tiktok_desktop.core.models import AccountSnapshot, Profile, Totals
from tiktok_desktop.core.store import SCHEMA_VERSION, Store
from tiktok_desktop.core.store_schema import APPLICATION_ID, MIGRATIONS, STUDIO_SCHEMA, expected_tables, tables_of
from tiktok_desktop.core.studio import storage
from tiktok_desktop.core.studio.model import ActiveHour, DailyMetrics, Kind, Share, StudioFile, StudioImport
from tiktok_desktop.core.studio.series import (
    activity_heat,
    daily_table,
    day_time,
    followers_series,
    imported_totals,
)

UTC = timezone.utc
D1, D2, D3 = date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1)


def imp(exported_at: int, daily=(), activity=(), gender=(), territories=()) -> StudioImport:
    """What merge() makes of one file holding these rows."""
    parts = [StudioFile("x.csv", Kind.OVERVIEW, exported_at, "me", list(daily), list(activity))]
    parts.append(StudioFile("g.csv", Kind.FOLLOWER_GENDER, exported_at, "me", shares=list(gender)))
    parts.append(StudioFile("t.csv", Kind.FOLLOWER_TERRITORIES, exported_at, "me", shares=list(territories)))
    return StudioImport(
        "me",
        exported_at,
        ("Overview.csv",),
        tuple(daily),
        tuple(activity),
        tuple(gender),
        tuple(territories),
        exported_at if gender or territories else None,
        tuple(parts),
    )


def store_with_account() -> tuple[Store, str]:
    store = Store(":memory:")
    key = store.save_profile(Profile("demo", "me", username="me", followers=10), 1)
    return store, key


def dump(store: Store) -> dict[str, list[tuple]]:
    with store.read() as db:
        return {
            t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()
            for t in ("studio_daily", "studio_follower_activity", "studio_audience", "studio_imports")
        }


def test_a_database_of_the_version_before_is_upgraded_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    for migration in MIGRATIONS[: STUDIO_SCHEMA - 1]:
        db.executescript(migration)
    db.executescript(
        f"""
        INSERT INTO accounts (key, source, external_id, username, followers, updated_at, last_sync_at)
            VALUES ('demo:me', 'demo', 'me', 'me', 10, 1000, 1000);
        INSERT INTO account_snapshots VALUES ('demo:me', 1000, 10, 1, 2, 2);
        INSERT INTO videos (account, video_id, published_at, views, updated_at, ai_generated)
            VALUES ('demo:me', '7312345678901234567', 900, 5, 1000, 1);
        INSERT INTO video_snapshots VALUES ('demo:me', '7312345678901234567', 1000, 5, 0, 0, 0);
        PRAGMA user_version = {STUDIO_SCHEMA - 1};
        PRAGMA application_id = {APPLICATION_ID};
        """
    )
    db.close()
    with Store(path, now=2000) as store:  # (now: the compaction, a later migration, keeps this young history)
        with store.read() as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert tables_of(conn) == expected_tables(SCHEMA_VERSION)
        assert store.account_snapshots("demo:me") == [AccountSnapshot(1000, 10, 1, 2, 2)]
        assert [(v.video_id, v.views, v.ai_generated) for v in store.videos("demo:me")] == [
            ("7312345678901234567", 5, True)
        ]
        assert store.counts("demo:me") == {"videos": 1, "account_snapshots": 1, "video_snapshots": 1}
        storage.save_import(store, "demo:me", imp(2000, [DailyMetrics(D1, followers=9)]), 3000)
        assert storage.daily(store, "demo:me") == [DailyMetrics(D1, followers=9)]


def test_importing_the_same_download_again_changes_nothing() -> None:
    store, key = store_with_account()
    data = imp(
        100,
        [DailyMetrics(D1, followers=5, video_views=7), DailyMetrics(D2, likes=3)],
        [ActiveHour(D1, 3, 40)],
        [Share("Female", 0.6)],
        [Share("US", 0.5)],
    )
    storage.save_import(store, key, data, 1000)
    first = dump(store)
    storage.save_import(store, key, data, 2000)  # later, the same files
    assert dump(store) == first
    assert storage.imports(store, key)[0].imported_at == 1000  # the import is recorded once


def test_the_newest_download_wins_and_an_unknown_never_erases() -> None:
    store, key = store_with_account()
    storage.save_import(store, key, imp(200, [DailyMetrics(D1, followers=5, video_views=70, likes=4)]), 1)
    # an older download: fills only what was unknown
    storage.save_import(store, key, imp(100, [DailyMetrics(D1, followers=4, video_views=60, shares=2)]), 2)
    assert storage.daily(store, key) == [DailyMetrics(D1, followers=5, video_views=70, likes=4, shares=2)]
    # a newer download: its known values replace, its unknowns keep what was there
    storage.save_import(store, key, imp(300, [DailyMetrics(D1, followers=6, video_views=None, likes=None)]), 3)
    assert storage.daily(store, key) == [DailyMetrics(D1, followers=6, video_views=70, likes=4, shares=2)]


def test_follower_activity_builds_up_over_weekly_imports_and_the_audience_is_kept_per_download() -> None:
    store, key = store_with_account()
    storage.save_import(store, key, imp(100, activity=[ActiveHour(D1, 1, 10)], gender=[Share("Female", 0.6)]), 1)
    storage.save_import(
        store, key, imp(200, activity=[ActiveHour(D1, 1, 12), ActiveHour(D3, 1, 20)], territories=[Share("US", 1.0)]), 2
    )
    assert storage.follower_activity(store, key) == [ActiveHour(D1, 1, 12), ActiveHour(D3, 1, 20)]
    latest = storage.latest_audience(store, key)
    assert latest is not None and latest.exported_at == 200
    assert latest.gender == (Share("Female", 0.6),) and latest.territories == (Share("US", 1.0),)
    assert [r.exported_at for r in storage.imports(store, key)] == [200, 100]


def test_the_apps_snapshots_stay_the_truth_where_it_has_them() -> None:
    own_t = int(datetime(2026, 12, 31, 20, tzinfo=UTC).timestamp())
    snapshots = [AccountSnapshot(own_t, 1000, None, None, None)]
    days = [
        DailyMetrics(D1, followers=900, video_views=5),
        DailyMetrics(D2, followers=990, video_views=6),  # the lagging import says less: the app measured 1000
        DailyMetrics(D3, video_views=7),
    ]
    series = followers_series(snapshots, days, UTC)
    assert [(p.t, p.value) for p in series] == [(day_time(D1, UTC), 900), (own_t, 1000)]
    table = daily_table(snapshots, days, UTC)
    assert [(r.day, r.followers, r.video_views) for r in table] == [(D1, 900, 5), (D2, 1000, 6), (D3, None, 7)]


def test_imported_totals_need_every_day_of_the_window() -> None:
    days = [DailyMetrics(d, video_views=10, likes=2, comments=1, shares=0) for d in (D1, D2, D3)]
    end = int(datetime(2027, 1, 1, 18, tzinfo=UTC).timestamp())
    two_days = end - 2 * 86400
    assert imported_totals(days, two_days, end, UTC) == Totals(20, 4, 2, 0)  # D2 and D3 (noon inside the window)
    assert imported_totals(days, two_days - 2 * 86400, end, UTC) is None  # D28, D29 were not imported
    assert imported_totals([*days[:2], days[2]._replace(likes=None)], two_days, end, UTC) is None


def test_activity_heat_is_the_average_per_weekday_and_hour() -> None:
    heat = activity_heat([ActiveHour(D1, 5, 10), ActiveHour(date(2027, 1, 6), 5, 20), ActiveHour(D2, 0, 3)])
    assert D1.weekday() == 2 and heat[2][5] == 15 and heat[3][0] == 3 and heat[0][0] is None
