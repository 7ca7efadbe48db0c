"""One window per user and data folder: a second start asks the running app to show its window, then exits.

The running app listens on a local socket (QLocalServer) named after the user and the data folder, so two users,
or one user with two data folders, each get their own. A socket left by a crash answers nobody: the next start
finds no listener, removes the stale name and listens itself. A running app that does not answer in time (hung,
or busy for longer than INSTANCE_WAIT_MS) does not block the start either: the new one starts anyway. Whether an
app runs at all is told first by a lock file (window_claim.py): the only app running imports this module (and Qt's
network module) once its window is painted and shows its numbers.
"""

from __future__ import annotations

import getpass
import logging
import os
import time
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

INSTANCE_WAIT_MS = 3000
SHOW = b"show\n"
SHOWN = b"ok\n"
LISTEN_POLL = 0.05


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the uid itself
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    # a short name, not a secret: CRC-32 (zlib is loaded already; hashlib would load OpenSSL, ~6 ms of start-up)
    key = f"{user}\0{data_dir.resolve()}".encode()
    return f"tiktok-desktop-{zlib.crc32(key):08x}"


def show_running_instance(name: str, wait_ms: int = INSTANCE_WAIT_MS, *, listening_soon: bool = False) -> bool:
    """True when an app already running on `name` answered that it shows its window. `listening_soon`: an app is
    known to run (window_claim.py) but may not listen yet (it listens within a second of its first paint): it is
    asked again until it does, for up to `wait_ms`."""
    socket = QLocalSocket()
    deadline = time.monotonic() + wait_ms / 1000
    waited = False
    socket.connectToServer(name)

    def left_ms() -> int:
        return max(0, int((deadline - time.monotonic()) * 1000))

    while not socket.waitForConnected(left_ms()):  # nobody listens (or only a crashed app's stale socket)
        if not listening_soon or left_ms() == 0:
            return False
        if not waited:
            log.info("the running app does not listen yet: asking again for up to %d ms", wait_ms)
            waited = True
        time.sleep(LISTEN_POLL)  # polling for a listener to appear: there is nothing to wait on until it does
        socket.abort()
        socket.connectToServer(name)
    try:
        socket.write(SHOW)
        if not socket.waitForBytesWritten(wait_ms):
            return False
        answer = b""
        while SHOWN not in answer and socket.waitForReadyRead(wait_ms):
            answer += bytes(socket.readAll().data())
        if SHOWN not in answer:
            log.warning("the running app did not answer within %d ms: starting another", wait_ms)
        return SHOWN in answer
    finally:
        socket.abort()


class _Listener(QObject):
    """The local server, living in a thread of its own: a window busy drawing charts still answers at once.
    Every method connected to a signal is a declared @Slot, so that it runs in this thread."""

    show_requested = Signal()
    stop_requested = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.server: QLocalServer | None = None
        self.stop_requested.connect(self._stop)

    @Slot()
    def start(self) -> None:
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        QLocalServer.removeServer(self.name)  # a crashed app's socket file would make listen() fail
        if self.server.listen(self.name):
            log.info("listening for later starts on %s", self.name)
        else:
            log.warning("single-instance socket unavailable: %s", self.server.errorString())

    @Slot()
    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            # Slots of this object, never lambdas or plain methods: PySide runs those through a helper object of
            # the GUI thread, which may be busy; a declared Slot runs in its object's thread (this one)
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > 64:  # no sensible request is that long
                socket.abort()
            return
        if bytes(socket.readLine().data()) == SHOW:
            log.info("another start asked for the window")
            socket.write(SHOWN)
            socket.flush()
            self.show_requested.emit()
        socket.disconnectFromServer()

    @Slot()
    def _stop(self) -> None:
        if self.server is not None:
            self.server.close()


class InstanceServer(QObject):
    """Listens for later starts (in a thread of its own; the signal arrives in the GUI thread).

    Signals:
    show_requested(): another start asked for the window
    """

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener_thread = QThread(self)
        self.listener_thread.setObjectName("single-instance")
        self.listener = _Listener(name)
        self.listener.moveToThread(self.listener_thread)
        self.listener.show_requested.connect(self.show_requested)  # queued: another thread
        self.listener_thread.started.connect(self.listener.start)
        self.listener_thread.finished.connect(self.listener.deleteLater)
        self.listener_thread.start()

    def close(self) -> None:
        if self.listener_thread.isRunning():
            self.listener.stop_requested.emit()  # queued to the listener's thread, before the quit below
            self.listener_thread.quit()
            self.listener_thread.wait(5000)
