"""An exclusive lock that processes share through a file: fcntl.flock on POSIX, msvcrt.locking on Windows.

The operating system drops the lock when its holder closes the file or dies, so a crashed process never leaves
it held. The file itself stays (deleting a lock file lets two processes lock two different files). Each
acquire opens the file anew: two FileLock objects on one path exclude each other in one process too. One object
is not reentrant: its owner (a thread lock around it) makes sure only one thread uses it at a time.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType

from tiktok_desktop.core.errors import DataDirUnwritable, LockBusy
from tiktok_desktop.core.progress import CancelToken

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0, which may lie past the end of the (empty) file
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


log = logging.getLogger(__name__)


class FileLock:
    """`with lock.hold(cancel):` or `with lock:`; waits at most `timeout` seconds, then raises LockBusy."""

    def __init__(self, path: Path, timeout: float = 60.0, poll: float = 0.05) -> None:
        self.path = path
        self.timeout = timeout
        self.poll = poll
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, cancel: CancelToken | None = None) -> None:
        """Waits for the lock: LockBusy after `timeout` seconds, Cancelled as soon as `cancel` is."""
        if self._fd is not None:
            raise RuntimeError(f"{self.path} is already held by this FileLock")
        cancel = cancel or CancelToken()
        cancel.raise_if_cancelled()
        deadline = time.monotonic() + self.timeout
        fd = self._open()
        try:
            waited = False
            while not self._try(fd):
                if not waited:
                    log.info("waiting for %s: another process holds it", self.path)
                    waited = True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise LockBusy(path=str(self.path), seconds=round(self.timeout))
                cancel.sleep(min(self.poll, remaining))
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            _unlock(fd)
        finally:
            os.close(fd)  # closing alone would release it too; unlocking first says so

    def hold(self, cancel: CancelToken | None = None) -> _Held:
        self.acquire(cancel)
        return _Held(self)

    def __enter__(self) -> FileLock:
        self.acquire()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.release()

    def _open(self) -> int:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise DataDirUnwritable(path=str(self.path.parent), detail=e.strerror or type(e).__name__) from None

    def _try(self, fd: int) -> bool:
        try:
            return _try_lock(fd)
        except OSError as e:  # not "busy": a file system without locks, say
            raise DataDirUnwritable(path=str(self.path.parent), detail=e.strerror or type(e).__name__) from None


class _Held:
    """What FileLock.hold returns: releases the lock when the `with` block ends."""

    def __init__(self, lock: FileLock) -> None:
        self._lock = lock

    def __enter__(self) -> FileLock:
        return self._lock

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self._lock.release()
