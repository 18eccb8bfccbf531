"""The downloads another process runs in the shared downloads folder (``chatapp pull`` at a
terminal, a second window), followed through the queue file and their partial files."""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from pathlib import Path

from chatapp.hub.download_lock import is_held
from chatapp.hub.download_queue import read_queue
from chatapp.hub.download_record import PAUSED, RUNNING, VERIFYING, Download
from chatapp.library_walk import stat_key


class OtherProcesses:
    """What the queue file says of the downloads this process does not run.

    Attributes:
        folder: the downloads folder (queue.json, ID.incomplete, ID.lock).
        running: ids of the downloads another process runs now (holds their file lock).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.running: set[str] = set()
        self._seen: tuple[int, int] | None = None  # the queue file's size and time last read

    def take_in(self, downloads: MutableMapping[str, Download], ours: Callable[[str], bool],
                removed: set[str]) -> list[Download]:
        """Update downloads (this process's records, by id) with what changed elsewhere
        since the last call: a record newer than ours replaces it, unless ours(id) (this
        process runs it) or the id is in removed; one another process runs shows the size
        of its partial file; one left running by a process that is gone is paused (and
        interrupted), as after a restart. Returns the downloads that changed. Reads the
        queue file only when it changed; the caller holds the lock of downloads."""
        changed: dict[str, Download] = {}
        seen = stat_key(self.folder / "queue.json")
        if seen != self._seen:
            self._seen = seen
            for theirs in read_queue(self.folder / "queue.json"):
                mine = downloads.get(theirs.id)
                if (ours(theirs.id) or theirs.id in removed
                        or mine is not None and theirs.updated_at <= mine.updated_at):
                    continue
                downloads[theirs.id] = changed[theirs.id] = theirs
                if theirs.status in (RUNNING, VERIFYING):
                    self.running.add(theirs.id)
        for download_id in list(self.running):
            d = downloads.get(download_id)
            if d is None or ours(download_id) or d.status not in (RUNNING, VERIFYING):
                self.running.discard(download_id)
            elif not is_held(self.folder, d):  # its process is gone
                self.running.discard(download_id)
                d.status, d.interrupted, d.speed = PAUSED, True, 0.0
                changed[download_id] = d
            elif d.status == RUNNING:
                size = (stat_key(self.folder / f"{d.id}.incomplete") or (d.done_bytes,))[0]
                if size != d.done_bytes:
                    d.done_bytes = size
                    changed[download_id] = d
        return list(changed.values())
