"""The download manager's events as Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from chatapp.hub.download import Download, DownloadManager


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
