from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from tiktok_desktop.core.errors import Cancelled
from tiktok_desktop.core.progress import Progress, Stage
from tiktok_desktop.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    assert r.shutdown(5000)


def test_result_and_progress_arrive_in_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    seen: dict[str, object] = {}
    gui = QThread.currentThread()

    def work(progress, cancel):
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        progress(Progress(Stage.VIDEOS, 1, 2))
        return 42

    def on_progress(p):
        seen["progress_thread"] = QThread.currentThread() is gui
        seen["progress"] = p

    # the callbacks are connected before the task starts; waiting on them cannot miss the result
    runner.submit("t", work, on_progress=on_progress, on_success=lambda r: seen.__setitem__("result", r))
    qtbot.waitUntil(lambda: "result" in seen and not runner.busy, timeout=5000)
    assert seen == {"worker": True, "progress_thread": True, "progress": Progress(Stage.VIDEOS, 1, 2), "result": 42}
    assert not runner.busy


def test_exceptions_come_back_as_values(qtbot, runner: TaskRunner) -> None:
    errors = []

    def work(progress, cancel):
        raise ValueError("bad")

    runner.submit("t", work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)


def test_cancel_stops_a_running_task(qtbot, runner: TaskRunner) -> None:
    started = threading.Event()
    errors = []

    def work(progress, cancel):
        started.set()
        while True:
            cancel.raise_if_cancelled()
            threading.Event().wait(0.01)  # stands for one unit of work

    handle = runner.submit("t", work, on_error=errors.append)
    assert started.wait(5)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        handle.cancel()
    assert isinstance(errors[0], Cancelled)


def test_synchronous_runner_runs_inline(qapp) -> None:
    results = []
    TaskRunner(synchronous=True).submit("t", lambda p, c: threading.current_thread().name, on_success=results.append)
    assert results == [threading.current_thread().name]


@pytest.mark.parametrize("synchronous", [False, True])
def test_a_task_submitted_after_shutdown_does_not_run(qapp, synchronous: bool) -> None:
    """The app is quitting: a worker started now would run on while Python shuts down (it failed to import and to
    emit, "can't register atexit after shutdown", "Signal source has been deleted", and went to the crash log)."""
    runner = TaskRunner(synchronous=synchronous)
    ran: list[bool] = []
    assert runner.shutdown()
    runner.submit("late", lambda progress, cancel: ran.append(True))
    assert runner.shutdown()  # waits for any worker it started
    assert ran == [] and not runner.busy
