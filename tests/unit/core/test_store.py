from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tiktok_desktop.core.errors import DataDirUnwritable, DiskFull, StoreCorrupt, StoreTooNew
from tiktok_desktop.core.models import AccountSnapshot, Profile, Video, VideoSnapshot
from tiktok_desktop.core.store import SCHEMA_VERSION, Store, move_aside

BIG_ID = "7312345678901234567"  # above 2^53: must survive as text
BIG_COUNT = 3 * 2**31  # beyond 32 bits


def profile(**kw: object) -> Profile:
    return Profile(**{"source": "demo", "external_id": "me", "username": "me", "followers": 10, **kw})


def video(vid: str, views: int = 100, **kw: object) -> Video:
    return Video(vid, 1_700_000_000, title=f"t{vid}", views=views, likes=10, comments=2, shares=1, **kw)


def test_new_database_is_migrated_and_uses_wal(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_round_trip_keeps_string_ids_and_int64_counts(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Store(path) as store:
        key = store.save_profile(profile(followers=BIG_COUNT), 1000)
        store.save_videos_page(key, [video(BIG_ID, views=BIG_COUNT, saves=None)], 1000)
    with Store(path) as store:
        (v,) = store.videos(key)
        assert v.video_id == BIG_ID and v.views == BIG_COUNT and v.saves is None
        assert store.account(key).profile.followers == BIG_COUNT
        assert store.video_snapshots(key) == [VideoSnapshot(BIG_ID, 1000, BIG_COUNT, 10, 2, 1)]


def test_each_sync_adds_snapshots_and_updates_latest_values() -> None:
    with Store(":memory:") as store:
        key = store.save_profile(profile(followers=10), 1000)
        store.save_videos_page(key, [video("1", views=100)], 1000)
        store.save_profile(profile(followers=25), 2000)
        store.save_videos_page(key, [video("1", views=180)], 2000)
        assert [s.followers for s in store.account_snapshots(key)] == [10, 25]
        assert [s.views for s in store.video_snapshots(key, "1")] == [100, 180]
        assert store.videos(key)[0].views == 180
        assert store.counts(key) == {"videos": 1, "account_snapshots": 2, "video_snapshots": 2}


def test_saves_known_once_are_not_erased_by_a_source_without_saves() -> None:
    with Store(":memory:") as store:
        key = store.save_profile(profile(), 1)
        store.save_videos_page(key, [video("1", saves=7)], 1)
        store.save_videos_page(key, [video("1", saves=None)], 2)
        assert store.videos(key)[0].saves == 7


def test_history_backfill_does_not_overwrite_real_snapshots() -> None:
    with Store(":memory:") as store:
        key = store.save_profile(profile(followers=50), 500)
        store.save_videos_page(key, [video("1")], 500)
        store.save_history(
            key,
            [AccountSnapshot(100, 1, 1, 1, 1), AccountSnapshot(500, 999, 1, 1, 1)],
            [VideoSnapshot("1", 100, 5, 1, 0, 0)],
        )
        assert [(s.taken_at, s.followers) for s in store.account_snapshots(key)] == [(100, 1), (500, 50)]


def test_a_failing_page_rolls_back_alone(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        key = store.save_profile(profile(), 1)
        store.save_videos_page(key, [video("1"), video("2")], 1)
        bad = Video("3", None, views=1)  # type: ignore[arg-type] - NOT NULL violation mid-page
        with pytest.raises(sqlite3.IntegrityError):
            store.save_videos_page(key, [video("4"), bad], 1)
        assert sorted(store.video_ids(key)) == ["1", "2"]


def test_disk_full_is_a_clear_error_and_keeps_earlier_pages(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Store(path) as store:
        key = store.save_profile(profile(), 1)
        store.save_videos_page(key, [video("1")], 1)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as on a full disk
        with pytest.raises(DiskFull):
            store.save_videos_page(key, [video(str(i), description="x" * 3000) for i in range(10, 60)], 2)
    with Store(path) as store:
        assert store.video_ids(key) == ["1"]


def test_garbage_file_is_reported_as_corrupt_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreCorrupt) as err:
        Store(path)
    assert str(path) in str(err.value)
    assert path.read_bytes().startswith(b"this is not sqlite")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StoreTooNew) as err:
        Store(path)
    assert err.value.params["found"] == SCHEMA_VERSION + 5


def test_move_aside_keeps_the_old_file_and_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    path.write_bytes(b"broken")
    path.with_name("a.db-wal").write_bytes(b"wal")
    kept = move_aside(path)
    assert not path.exists() and kept.read_bytes() == b"broken"
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal"
    second = tmp_path / "a.db"
    second.write_bytes(b"again")
    assert move_aside(second) != kept  # a second move in the same second does not overwrite the first


def test_unusable_data_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(DataDirUnwritable):
        Store(blocker / "data" / "a.db")


# -- the AI-generated label (schema version 2) ----------------------------------------------------------------


def test_a_version_1_database_with_data_migrates_keeping_every_row(tmp_path: Path) -> None:
    """A database as version 1 wrote it (its schema SQL, rows inserted by hand) gains ai_generated, NULL
    everywhere (unknown: nothing said so), and loses nothing."""
    from tiktok_desktop.core.store_schema import APPLICATION_ID, MIGRATIONS

    path = tmp_path / "v1.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.executescript(
        f"""
        INSERT INTO accounts (key, source, external_id, username, followers, updated_at, last_sync_at)
            VALUES ('demo:me', 'demo', 'me', 'me', 10, 1000, 1000);
        INSERT INTO videos VALUES ('demo:me', '{BIG_ID}', 1700000000, 'title', 'desc', 61, {BIG_COUNT}, 40, 7, 3,
            NULL, 'https://c/1', 'https://s/1', 1000);
        INSERT INTO videos VALUES ('demo:me', '2', 1600000000, '', '', 5, 0, 0, 0, 0, 4, '', '', 1000);
        INSERT INTO account_snapshots VALUES ('demo:me', 1000, 10, 1, 2, 2);
        INSERT INTO video_snapshots VALUES ('demo:me', '{BIG_ID}', 900, 100, 4, 0, 0);
        INSERT INTO video_snapshots VALUES ('demo:me', '{BIG_ID}', 1000, {BIG_COUNT}, 40, 7, 3);
        INSERT INTO video_snapshots VALUES ('demo:me', '2', 1000, 0, 0, 0, 0);
        PRAGMA user_version = 1;
        PRAGMA application_id = {APPLICATION_ID};
        """
    )
    db.close()
    with Store(path, now=2000) as store:  # a history younger than the compaction's full tier: all kept
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.videos("demo:me") == [
            Video(BIG_ID, 1_700_000_000, "title", "desc", 61, BIG_COUNT, 40, 7, 3, None, "https://c/1", "https://s/1"),
            Video("2", 1_600_000_000, "", "", 5, 0, 0, 0, 0, 4, "", ""),
        ]
        assert all(v.ai_generated is None for v in store.videos("demo:me"))
        assert store.counts("demo:me") == {"videos": 2, "account_snapshots": 1, "video_snapshots": 3}
        assert [s.views for s in store.video_snapshots("demo:me", BIG_ID)] == [100, BIG_COUNT]
        assert store.account("demo:me").profile.followers == 10
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*), count(ai_generated) FROM videos").fetchone() == (2, 0)
    raw.close()
    with Store(path) as store:  # opened again: already migrated, nothing changes
        assert len(store.videos("demo:me")) == 2


def test_ai_generated_round_trips_as_true_false_or_unknown(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with Store(path) as store:
        key = store.save_profile(profile(), 1)
        store.save_videos_page(
            key, [video("1", ai_generated=True), video("2", ai_generated=False), video("3", ai_generated=None)], 1
        )
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT video_id, ai_generated FROM videos ORDER BY video_id").fetchall() == [
        ("1", 1),
        ("2", 0),
        ("3", None),
    ]
    raw.close()
    with Store(path) as store:
        flags = {v.video_id: v.ai_generated for v in store.videos(key)}
    assert flags["1"] is True and flags["2"] is False and flags["3"] is None  # real bools, not 1 and 0


def test_an_answer_without_the_ai_label_keeps_the_stored_one() -> None:
    with Store(":memory:") as store:
        key = store.save_profile(profile(), 1)
        store.save_videos_page(key, [video("1", ai_generated=True), video("2", ai_generated=False)], 1)
        store.save_videos_page(key, [video("1", views=500), video("2", views=600)], 2)  # TikAPI: no label
        assert {v.video_id: (v.views, v.ai_generated) for v in store.videos(key)} == {
            "1": (500, True),
            "2": (600, False),
        }
        store.save_videos_page(key, [video("1", ai_generated=False)], 3)  # a known label replaces the old one
        assert {v.video_id: v.ai_generated for v in store.videos(key)} == {"1": False, "2": False}
