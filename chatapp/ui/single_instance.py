"""One window per data folder: a second start brings the open window to the front and ends.

The open window listens on a local socket (a Unix domain socket, or a named pipe on Windows;
no network port) whose name is made from the data folder's path, reachable by this user only.
A socket left by a window that crashed is taken over.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

WAIT_MS = 1000  # the most a start waits for an open window to answer


def instance_name(data: Path) -> str:
    """The local socket's name for the data folder data (its resolved path hashed)."""
    digest = hashlib.sha256(str(Path(data).resolve()).encode("utf-8")).hexdigest()
    return f"chatapp-{digest[:16]}"


def raise_open_window(name: str) -> bool:
    """Ask the window listening as name to come to the front; whether one answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(WAIT_MS)
    socket.disconnectFromServer()
    return True


class WindowInstance(QObject):
    """Listens as name for later starts and shows window when one asks.

    Attributes:
        listening: whether the socket could be opened (if not, later starts open a second
            window, as before).
    """

    def __init__(self, name: str, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.server = QLocalServer(self, socketOptions=QLocalServer.SocketOption.UserAccessOption)
        self.listening = self.server.listen(name)
        if not self.listening:  # left by a window that ended without closing it
            QLocalServer.removeServer(name)
            self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._show)

    def _show(self) -> None:
        while (connection := self.server.nextPendingConnection()) is not None:
            connection.disconnectFromServer()
            connection.deleteLater()
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
