"""Syncs never overlap: the window's sync and a `sync` in another process (scheduled or typed) take turns through
the sync lock next to the database. Real CLI processes against the window of this test process."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from helpers.window import TIMEOUT

from tiktok_desktop.app.context import AppContext
from tiktok_desktop.config import Paths
from tiktok_desktop.core.file_lock import FileLock
from tiktok_desktop.core.progress import CancelToken
from tiktok_desktop.sources.base import DataSource
from tiktok_desktop.sources.demo import DemoSource


def _cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tiktok_desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
    )


def _log(paths: Paths) -> str:
    return paths.log_file.read_text(encoding="utf-8") if paths.log_file.exists() else ""


class GatedDemo(DemoSource):
    """The demo source, holding its sync at the profile until the test opens the gate."""

    def __init__(self) -> None:
        super().__init__()
        self.entered, self.gate = threading.Event(), threading.Event()

    def fetch_profile(self):  # type: ignore[no-untyped-def]
        self.entered.set()
        assert self.gate.wait(60)
        return super().fetch_profile()


def test_window_and_cli_syncs_take_turns(qtbot, window, ctx: AppContext, isolated: Paths) -> None:
    source = GatedDemo()

    def make_source(name: str, username: str | None = None, cancel: CancelToken | None = None) -> DataSource:
        return source

    ctx.make_source = make_source  # type: ignore[method-assign]
    failures: list[BaseException] = []
    window.sync.failed.connect(failures.append)
    window.start()  # no data yet: the window syncs the demo data at once
    qtbot.waitUntil(source.entered.is_set, timeout=TIMEOUT)

    skipped = _cli("sync", "--source", "demo", "--if-idle")
    out, err = skipped.communicate(timeout=120)
    assert skipped.returncode == 0 and err == "", err
    assert "Another sync is running, so this one was skipped." in out
    waiting = _cli("sync", "--source", "demo", "--quiet")
    qtbot.waitUntil(lambda: "waiting up to" in _log(isolated), timeout=TIMEOUT)
    assert waiting.poll() is None  # it waits for the window's sync

    with qtbot.waitSignal(window.sync.synced, timeout=TIMEOUT) as synced:
        source.gate.set()
    gui_result = synced.args[0]
    out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0 and out == "" and err == "", err
    assert not failures
    log = _log(isolated)
    assert log.index("the other sync finished") < log.index("sync done")
    with ctx.open_store() as store:
        (account,) = store.accounts()
        assert store.counts(account.key)["videos"] == gui_result.videos  # every video, none lost or doubled
        assert account.last_sync_at >= gui_result.taken_at  # the CLI's sync came after the window's


def test_the_window_waits_for_another_process_and_can_cancel_the_wait(qtbot, window, ctx: AppContext) -> None:
    other = FileLock(ctx.sync_lock)  # another process's sync (flock excludes other open files in one process too)
    other.acquire()
    try:
        waiting = "Waiting for another sync\u2026"
        window.start()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == waiting, timeout=TIMEOUT)
        assert window.status.cancel_button.isVisible()
        with qtbot.waitSignal(window.sync.cancelled, timeout=TIMEOUT):
            window.status.cancel_button.click()
        window.refresh()  # at once: the reload after the cancel must not replace the message with "No data yet"
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == waiting, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: not window.loader.loading, timeout=TIMEOUT)
        assert window.statusBar().currentMessage() == waiting
        with qtbot.waitSignal(window.sync.synced, timeout=TIMEOUT):
            other.release()
    finally:
        other.release()


def test_the_timer_only_reloads_after_a_sync_in_another_process(qtbot, window, ctx: AppContext) -> None:
    """The scheduled job and the window's auto-refresh at the same interval: the window shows the job's sync
    instead of making the same requests again."""
    from helpers.window import start_and_wait

    from tiktok_desktop.app.sync import sync_source

    ctx.settings.set("auto_refresh", "1h")
    start_and_wait(qtbot, window)  # the first sync (an empty store)
    qtbot.waitUntil(lambda: not window.sync.syncing, timeout=TIMEOUT)
    job = sync_source(ctx, "demo")  # as the scheduled job, while the window is open
    with ctx.open_store() as store:
        syncs = store.sync_times(job.account)
    requested: list[bool] = []
    window.sync.synced.connect(lambda r: requested.append(r.fetched))
    with qtbot.waitSignal(window.dashboard_shown, timeout=TIMEOUT):
        window.sync.timer.timeout.emit()
    assert requested == [False]
    with ctx.open_store() as store:
        assert store.sync_times(job.account) == syncs
    assert window.dashboard is not None and window.dashboard.account.last_sync_at == job.taken_at
