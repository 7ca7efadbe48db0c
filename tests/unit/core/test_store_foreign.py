"""The store recognises its own files: it stamps them with its application id, adopts databases made before the
id existed, and refuses (typed, the file untouched) a file of another program or one with the wrong tables."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tiktok_desktop.core.errors import StoreCorrupt, StoreForeign, StoreTooNew
from tiktok_desktop.core.models import Profile
from tiktok_desktop.core.store import SCHEMA_VERSION, Store
from tiktok_desktop.core.store_schema import APPLICATION_ID, MIGRATIONS


def pragma(path: Path, name: str) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        db.close()


def make_db(path: Path, *statements: str) -> bytes:
    db = sqlite3.connect(path)
    for statement in statements:
        db.executescript(statement)
    db.commit()
    db.close()
    return path.read_bytes()


def test_a_new_database_carries_the_application_id(tmp_path: Path) -> None:
    assert 0 < APPLICATION_ID < 2**31
    Store(tmp_path / "a.db").close()
    assert pragma(tmp_path / "a.db", "application_id") == APPLICATION_ID


def test_a_database_from_before_the_application_id_is_adopted_and_stamped(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    make_db(path, MIGRATIONS[0], "PRAGMA user_version = 1")
    with Store(path) as store:
        key = store.save_profile(Profile(source="demo", external_id="me", username="me"), 1000)
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION
    with Store(path) as store:
        assert store.account(key) is not None


FOREIGN = {
    "tables, no version": (
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes VALUES (1, 'mine')",
    ),
    "tables and a version of their own": ("CREATE TABLE notes (body TEXT)", "PRAGMA user_version = 1"),
    "another program's id": ("CREATE TABLE notes (body TEXT)", "PRAGMA application_id = 1234"),
    "another id, even without tables": ("PRAGMA application_id = 1234",),
    "a newer-looking version, not our tables": (
        "CREATE TABLE notes (body TEXT)",
        f"PRAGMA user_version = {SCHEMA_VERSION + 3}",
    ),
}


@pytest.mark.parametrize("statements", FOREIGN.values(), ids=FOREIGN.keys())
def test_a_foreign_file_is_refused_and_left_untouched(tmp_path: Path, statements: tuple[str, ...]) -> None:
    path = tmp_path / "tiktok-desktop.sqlite3"
    before = make_db(path, *statements)
    with pytest.raises(StoreForeign) as err:
        Store(path)
    assert isinstance(err.value, StoreCorrupt)  # so the window offers to move it aside, like a damaged file
    assert str(path) in err.value.english()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no WAL, no journal: nothing written


WRONG = {
    "a table of ours with other columns": ("CREATE TABLE accounts (x)", "PRAGMA user_version = 1"),
    "one of our tables missing": (MIGRATIONS[0], "DROP TABLE video_snapshots", "PRAGMA user_version = 1"),
    "our id, no tables": (f"PRAGMA application_id = {APPLICATION_ID}", "PRAGMA user_version = 1"),
    "our tables, version 0": (MIGRATIONS[0],),
}


@pytest.mark.parametrize("statements", WRONG.values(), ids=WRONG.keys())
def test_a_database_with_the_wrong_tables_is_corrupt_not_an_internal_error(
    tmp_path: Path, statements: tuple[str, ...]
) -> None:
    path = tmp_path / "tiktok-desktop.sqlite3"
    before = make_db(path, *statements)
    with pytest.raises(StoreCorrupt) as err:
        Store(path)
    assert str(path) in err.value.english()
    assert path.read_bytes() == before


def test_a_newer_database_of_ours_is_still_too_new(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    make_db(path, f"PRAGMA application_id = {APPLICATION_ID}", f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreTooNew):
        Store(path)
