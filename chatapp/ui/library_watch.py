"""Keep the model pickers current: models copied into (or removed from) the models folder
or a linked folder, connections added or removed by the command line, and speeds measured
by `chatapp bench`, show up without a restart.

A QFileSystemWatcher watches the models folder, the linked folders, their sub-folders and
the list of linked files; when the main window is activated the library is checked too (for
files linked one by one, which are not watched).  Either way the check is the library's cheap one
(folder listings and file times, no header reads); only a real change reloads the pickers.
A file still being copied in (unreadable and just modified) is checked again until it
settles, since writing into a file does not change its folder.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer, Signal

from chatapp.library import COPYING_S, Library
from chatapp.library_walk import stat_key
from chatapp.paths import Paths
from chatapp.remote.endpoints import EndpointStore

MAX_WATCHED = 2000  # folders; inotify watches are a limited resource
SETTLE_MS = 400  # a copy in progress changes the folder many times
RECHECK_MS = 1500


class LibraryWatcher(QObject):
    """Tells when the library on disk changed.

    Signals:
        changed(): the models folder, the linked files or the speeds measured here (the
            pickers show them) changed since the last listing.
        endpointsChanged(): the connections file (endpoints.json) changed since last seen.
        refused(str): files that appeared in linked folders could not be linked (a line
            saying why, translated; for several, how many and where they are listed).
    """

    changed = Signal()
    endpointsChanged = Signal()
    refused = Signal(str)

    def __init__(self, library: Library, paths: Paths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.paths = paths
        self.watcher = QFileSystemWatcher(self, directoryChanged=self._folder_changed,
                                          fileChanged=self.schedule)
        self.timer = QTimer(self, singleShot=True, timeout=self.check)
        self._endpoints = EndpointStore(paths).path
        self._endpoints_seen = stat_key(self._endpoints)
        self._bench = paths.data / "bench.json"  # speeds measured here (chatapp bench)
        self._bench_seen = stat_key(self._bench)
        self._lists_seen = self._lists()
        self._said: set[tuple[str, object]] = set()  # refused files said (path, size and time)
        self._watch()

    def _watch(self) -> None:
        """Watch the models folder and the linked folders with every folder below them
        (and the data folder, where the list of linked files lives)."""
        folders = [str(folder) for folder in (self.paths.data, self.paths.config)
                   if folder.is_dir()]
        for root in (self.paths.models, *(r for r, _ in self.library.folders.folders())):
            if not root.is_dir():
                continue
            folders.append(str(root))
            try:
                for folder in sorted(p for p in root.rglob("*") if p.is_dir()):
                    if len(folders) >= MAX_WATCHED:
                        break
                    folders.append(str(folder))
            except OSError:  # a linked folder that cannot be listed: its top is watched
                continue
        known = set(self.watcher.directories())
        gone = [f for f in known if f not in folders]
        if gone:
            self.watcher.removePaths(gone)
        new = [f for f in folders if f not in known]
        if new:
            self.watcher.addPaths(new)

    def _lists(self) -> tuple:
        """The size and time of the lists the library keeps in the data and config folders
        (linked files and folders, connections)."""
        return tuple(stat_key(path) for path in (
            self.paths.data / "linked-models.json", self.paths.data / "linked-folders.json",
            self._endpoints, self._bench))

    def _folder_changed(self, folder: str) -> None:
        """A watched folder changed: checked, unless it is the data or config folder and
        none of the library's lists there changed (the database's files and the settings
        change there all the time, and reading the database touches its files: a check at
        each would never end)."""
        if folder in (str(self.paths.data), str(self.paths.config)):
            lists = self._lists()
            if lists == self._lists_seen:
                return
            self._lists_seen = lists
        self.schedule()

    def schedule(self, *_args) -> None:
        """Check a moment from now (changes come in bursts)."""
        self.timer.start(SETTLE_MS)

    def check(self) -> bool:
        """Emit changed() if the library differs from its last listing; whether it did."""
        self._watch()
        endpoints = stat_key(self._endpoints)
        if endpoints != self._endpoints_seen:
            self._endpoints_seen = endpoints
            self.endpointsChanged.emit()
        bench = stat_key(self._bench)  # the pickers show the speeds measured
        changed = self.library.changed() or bench != self._bench_seen
        self._bench_seen = bench
        if changed:
            self.changed.emit()
        now = time.time()
        copying = any(m.problem and now - m.mtime < COPYING_S for m in self.library.entries())
        new = []
        for entry in self.library.folders.refused():
            seen = (entry.path, stat_key(entry.path))
            recent = seen[1] is not None and now - seen[1][1] / 1e9 < COPYING_S  # (gone: not)
            copying = copying or recent
            if not recent and seen not in self._said:
                self._said.add(seen)
                new.append(entry)
        if len(new) == 1:  # a short line: the file's long reason is in the list
            self.refused.emit(self.tr("{name} was not added: see Models → Browse models… → "
                                      "Not added…").format(name=_file_name(new[0].path)))
        elif new:  # one short line, not the first of several cut off: the list is elsewhere
            self.refused.emit(self.tr("{count} files were not added: see Models → Browse "
                                      "models… → Not added…").format(count=len(new)))
        if copying:
            self.timer.start(RECHECK_MS)  # a file still being copied: look again
        return changed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Check when the watched window becomes active."""
        if event.type() == QEvent.Type.WindowActivate:
            self.schedule()
        return False


def _file_name(path: str, most: int = 60) -> str:
    """A file's name without its folder, its middle cut out past ``most`` characters."""
    name = os.path.basename(path) or path
    if len(name) <= most:
        return name
    return name[: most - 21] + "\u2026" + name[-20:]


def install_library_watch(window) -> LibraryWatcher:
    """Reload the window's model pickers (and the model browser's list) when the library
    changes on disk or the window is activated after a change."""
    watcher = LibraryWatcher(window.ctx.library, window.ctx.paths, window)

    def reload() -> None:
        window.reload_models()
        browser = getattr(window, "model_browser", None)
        if browser is not None:
            browser.refresh_library()

    watcher.changed.connect(reload)
    watcher.refused.connect(lambda text: window.statusBar().showMessage(text, 15000))
    watcher.endpointsChanged.connect(window.model_list.refresh_remote)
    window.installEventFilter(watcher)
    window.library_watcher = watcher
    return watcher
