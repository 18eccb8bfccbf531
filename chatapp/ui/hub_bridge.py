"""Qt adapters for the Hub core: calls run off the GUI thread, download events as signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from chatapp.hub.download import Download, DownloadManager

log = logging.getLogger(__name__)


class Call(QObject):
    """Runs one blocking core call on a thread.

    Signals:
        done(object): the result.
        failed(object): the exception.
    """

    done = Signal(object)
    failed = Signal(object)
    _alive: set[Call] = set()

    def __init__(self, fn: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fn = fn

    def start(self) -> Call:
        Call._alive.add(self)
        threading.Thread(target=self._run, daemon=True, name="hub-call").start()
        return self

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread to show
            if not getattr(exc, "template", None):
                log.exception("a Hub call failed")
            self._tell(self.failed, exc)
        else:
            self._tell(self.done, result)
        finally:
            Call._alive.discard(self)

    def _tell(self, signal: Signal, value: object) -> None:
        """Emit value, unless the window that asked is gone (closed while the call ran:
        nobody is left to tell)."""
        try:
            signal.emit(value)
        except RuntimeError:
            log.debug("a call ended after its window closed")


class DownloadBridge(QObject):
    """The download manager's callbacks as signals (delivered on the GUI thread).

    Signals:
        downloadChanged(str): a download's progress or status changed (its id).
        downloadFinished(str): a verified file is in the library.
    """

    downloadChanged = Signal(str)
    downloadFinished = Signal(str)

    def __init__(self, manager: DownloadManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        manager.subscribe(self._changed, self._finished)

    def _changed(self, download: Download) -> None:
        self.downloadChanged.emit(download.id)

    def _finished(self, download: Download) -> None:
        self.downloadFinished.emit(download.id)
