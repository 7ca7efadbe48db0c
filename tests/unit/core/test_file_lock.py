"""core.file_lock: one holder at a time, across objects, threads and processes; a bounded wait; cancel."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.lock_watch import lock_waits

from tiktok_desktop.core.errors import Cancelled, DataDirUnwritable, LockBusy
from tiktok_desktop.core.file_lock import FileLock
from tiktok_desktop.core.progress import CancelToken

BOUND = 20.0  # seconds: the longest any wait here may take before the test fails (never reached when it passes)

HOLDER = r"""
import sys
from pathlib import Path
from tiktok_desktop.core.file_lock import FileLock

with FileLock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()  # until the test says so, or forever when the test kills this process
"""


@pytest.fixture
def waiting() -> Iterator[threading.Event]:
    """Set when a FileLock starts waiting for another holder (its INFO line)."""
    with lock_waits() as seen:
        yield seen


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the lock at tmp_path/app.lock."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / "app.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as p:
        try:
            assert p.stdout is not None and p.stdout.readline() == "held\n"
            yield p
        finally:
            p.kill()


def in_thread(lock: FileLock, cancel: CancelToken | None = None) -> tuple[threading.Thread, list[object]]:
    """acquire() in a thread of its own; the list gets "acquired" or the error."""
    outcome: list[object] = []

    def run() -> None:
        try:
            lock.acquire(cancel)
            outcome.append("acquired")
        except (LockBusy, Cancelled) as e:
            outcome.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_two_locks_on_one_path_exclude_each_other_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "app.lock"  # folders are created
    first, second = FileLock(path), FileLock(path, timeout=0.1)
    with first:
        assert first.held
        with pytest.raises(LockBusy) as busy:
            second.acquire()
        assert not second.held and str(path) in busy.value.english()
    with second:  # free again once released
        assert second.held
    assert path.exists()  # the file stays: deleting it would let two processes lock two different files


def test_a_waiter_gets_the_lock_as_soon_as_the_holder_releases_it(tmp_path: Path, waiting: threading.Event) -> None:
    path = tmp_path / "app.lock"
    first = FileLock(path)
    first.acquire()
    thread, outcome = in_thread(FileLock(path, timeout=BOUND))
    try:
        assert waiting.wait(BOUND)
        assert outcome == []
    finally:
        first.release()
        thread.join(BOUND)
    assert outcome == ["acquired"]


def test_another_process_holding_it_makes_this_one_wait(
    holder: subprocess.Popen[str], tmp_path: Path, waiting: threading.Event
) -> None:
    path = tmp_path / "app.lock"
    with pytest.raises(LockBusy):
        FileLock(path, timeout=0.1).acquire()
    lock = FileLock(path, timeout=BOUND)
    thread, outcome = in_thread(lock)
    try:
        assert waiting.wait(BOUND)
        assert holder.stdin is not None
        holder.stdin.write("release\n")
        holder.stdin.flush()
    finally:
        thread.join(BOUND)
    assert outcome == ["acquired"]
    lock.release()


def test_a_holder_that_dies_leaves_the_lock_free(holder: subprocess.Popen[str], tmp_path: Path) -> None:
    holder.kill()
    holder.wait(BOUND)
    with FileLock(tmp_path / "app.lock", timeout=BOUND) as lock:
        assert lock.held


def test_cancel_ends_the_wait(tmp_path: Path, waiting: threading.Event) -> None:
    path = tmp_path / "app.lock"
    cancel = CancelToken()
    with FileLock(path):
        lock = FileLock(path, timeout=BOUND)
        thread, outcome = in_thread(lock, cancel)
        assert waiting.wait(BOUND)
        cancel.cancel()
        thread.join(BOUND)
    assert len(outcome) == 1 and isinstance(outcome[0], Cancelled) and not lock.held
    with pytest.raises(Cancelled):  # cancelled before: no wait at all, even for a free lock
        lock.acquire(cancel)


def test_one_object_is_not_reentrant(tmp_path: Path) -> None:
    with FileLock(tmp_path / "app.lock") as lock, pytest.raises(RuntimeError):
        lock.acquire()


def test_an_unusable_folder_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    with pytest.raises(DataDirUnwritable) as unwritable:
        FileLock(tmp_path / "a-file" / "app.lock").acquire()
    assert str(tmp_path / "a-file") in unwritable.value.english()
