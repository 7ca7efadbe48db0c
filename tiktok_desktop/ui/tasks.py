"""The one background-task helper: runs a use case in a bounded pool and brings back its result.

A task is a function `fn(progress, cancel) -> result`. Its progress, result or exception come back to the
GUI thread through the signals of its TaskHandle, so callbacks may touch widgets; the worker never does.
Tests can pass synchronous=True to run tasks inline (no thread, same signals).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

from tiktok_desktop.core.progress import CancelToken, Progress, ProgressCallback

log = logging.getLogger(__name__)

TaskFn = Callable[[ProgressCallback, CancelToken], Any]


class TaskHandle(QObject):
    """One submitted task.

    Signals (always delivered in the GUI thread):
        progressed(Progress): a progress report from the task
        succeeded(object): the task's return value
        failed(BaseException): what the task raised (core.errors.Cancelled after cancel())
        finished(): after succeeded or failed
    """

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.token = CancelToken()
        self.done = False

    def cancel(self) -> None:
        self.token.cancel()


class _Runnable(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._handle = handle

    def run(self) -> None:
        handle = self._handle

        def report(p: Progress) -> None:
            handle.progressed.emit(p)

        try:
            result = self._fn(report, handle.token)
        except BaseException as e:  # noqa: BLE001 - every failure goes back to the GUI thread
            if not isinstance(e, Exception):
                log.warning("task %s raised %s", handle.name, type(e).__name__)
            handle.failed.emit(e)
        else:
            handle.succeeded.emit(result)
        handle.finished.emit()


class TaskRunner(QObject):
    """Owns the thread pool. Create one per application and call shutdown() before quitting."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2, synchronous: bool = False) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._synchronous = synchronous
        self._active: set[TaskHandle] = set()

    def submit(
        self,
        name: str,
        fn: TaskFn,
        *,
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        owner: QObject | None = None,
    ) -> TaskHandle:
        """Runs fn in the pool. With an owner, callbacks are dropped once the owner is deleted (a window closed
        while its task still ran), so they never touch dead widgets."""
        # no parent: the runner may be destroyed while a handle's deferred delete is pending (a double delete)
        handle = TaskHandle(name)

        def guarded(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            if owner is None:
                return callback
            return lambda value: callback(value) if Shiboken.isValid(owner) else None

        if on_progress:
            handle.progressed.connect(guarded(on_progress))
        if on_success:
            handle.succeeded.connect(guarded(on_success))
        if on_error:
            handle.failed.connect(guarded(on_error))
        handle.finished.connect(lambda: self._forget(handle))
        self._active.add(handle)
        runnable = _Runnable(fn, handle)
        if self._synchronous:
            runnable.run()
        else:
            self._pool.start(runnable)
        return handle

    def _forget(self, handle: TaskHandle) -> None:
        handle.done = True
        self._active.discard(handle)
        handle.deleteLater()

    @property
    def busy(self) -> bool:
        return bool(self._active)

    def cancel_all(self) -> None:
        for handle in list(self._active):
            handle.cancel()

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Cancels every task and waits for the workers; True when all stopped in time."""
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)
