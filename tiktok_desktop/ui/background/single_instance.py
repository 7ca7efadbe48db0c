"""One window per user and data folder: a second start asks the running app to show its window, then exits.

The running app listens on a local socket (QLocalServer) named after the user and the data folder, so two users,
or one user with two data folders, each get their own. A socket left by a crash answers nobody: the next start
finds no listener, removes the stale name and listens itself. A running app that does not answer in time (hung,
or busy for longer than INSTANCE_WAIT_MS) does not block the start either: the new one starts anyway.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

INSTANCE_WAIT_MS = 1500
SHOW = b"show\n"
SHOWN = b"ok\n"


def server_name(data_dir: Path) -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container): the uid itself
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{data_dir.resolve()}".encode()).hexdigest()[:20]
    return f"tiktok-desktop-{digest}"


def show_running_instance(name: str, wait_ms: int = INSTANCE_WAIT_MS) -> bool:
    """True when an app already running on `name` answered that it shows its window."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(wait_ms):
        return False  # nobody listens (or only a crashed app's stale socket)
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


class InstanceServer(QObject):
    """Listens for later starts.

    Signals:
    show_requested(): another start asked for the window
    """

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        QLocalServer.removeServer(name)  # a crashed app's socket file would make listen() fail
        self.listening = self.server.listen(name)
        if self.listening:
            log.info("listening for later starts on %s", name)
        else:
            log.warning("single-instance socket unavailable: %s", self.server.errorString())

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
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

    def close(self) -> None:
        self.server.close()
