"""The one background-task helper: runs a use case in a bounded pool and brings back its result.

A task is a function `fn(progress, cancel) -> result`. Its progress, result or exception come back to the
GUI thread through the signals of its TaskHandle, so callbacks may touch widgets; the worker never does.
Tests can pass synchronous=True to run tasks inline (no thread, same signals).

An exception that is not one the user can meet (core.errors.AppError, Cancelled) is a bug: it is logged with its
traceback, and goes to the caller's on_error or, when there is none, to the runner's default error handler (the
window's banner), so that no failure is silent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

from tiktok_desktop.core.errors import AppError, Cancelled
from tiktok_desktop.core.progress import CancelToken, Progress, ProgressCallback

log = logging.getLogger(__name__)

T = TypeVar("T")
TaskFn = Callable[[ProgressCallback, CancelToken], T]
ErrorHandler = Callable[[BaseException], None]


def expected(error: BaseException) -> bool:
    """A failure the app has a message for (no network, signed out, cancelled...), not a bug."""
    return isinstance(error, AppError)  # Cancelled is one too


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
        except BaseException as e:  # every failure goes back to the GUI thread, Cancelled and bugs alike
            if not expected(e):
                log.error("task %s failed", handle.name, exc_info=e)
            handle.failed.emit(e)
        else:
            handle.succeeded.emit(result)
        handle.finished.emit()


class TaskRunner(QObject):
    """Owns the thread pool. Create one per application and call shutdown() before quitting."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2, synchronous: bool = False) -> None:
        super().__init__(parent)
        # for tasks submitted without on_error; the application points it at the window's error banner
        self.default_error_handler: ErrorHandler | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._synchronous = synchronous
        self._active: set[TaskHandle] = set()
        self._shut_down = False

    def submit(
        self,
        name: str,
        fn: TaskFn[T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_error: ErrorHandler | None = None,
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
        handle.failed.connect(guarded(on_error) if on_error else self._unhandled)
        handle.finished.connect(lambda: self._forget(handle))
        if self._shut_down:  # the app is quitting: a worker started now would still run as Python shuts down
            log.debug("task %s not started: shutting down", name)
            handle.deleteLater()
            return handle
        self._active.add(handle)
        runnable = _Runnable(fn, handle)
        if self._synchronous:
            runnable.run()
        else:
            self._pool.start(runnable)
        return handle

    def _unhandled(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            return
        if self.default_error_handler is not None:
            self.default_error_handler(error)
        else:
            log.warning("task failed with nobody to tell: %s", type(error).__name__)

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
        """Cancels every task and waits for the workers; True when all stopped in time. Tasks submitted from now on
        do not run."""
        self._shut_down = True
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)
