"""The queue file (queue.json): read it, and merge into it under a lock that processes share."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path

from filelock import FileLock

from chatapp.hub.download_record import LOCKED, Download
from chatapp.paths import read_json, write_json


def read_queue(path: Path) -> list[Download]:
    """The downloads the queue file holds ([] when it is missing or unreadable)."""
    known = Download.__dataclass_fields__
    items = []
    for item in read_json(path, list):
        try:
            items.append(Download(**{k: v for k, v in item.items() if k in known}))
        except TypeError:
            continue
    return items


def merge_queue(path: Path, downloads: Mapping[str, Download], removed: set[str],
                lock: threading.RLock) -> None:
    """Write our downloads into the queue file, keeping the other processes' ones: read,
    merged and written (atomically) under the file's lock. Per download the newer record
    wins, and one another process owns (LOCKED here) stays theirs; those in removed go.
    downloads is read under lock. OSError, or filelock's Timeout after 10 s."""
    with FileLock(path.with_name(path.name + ".lock"), timeout=10):
        merged = {d.id: d.to_json() for d in read_queue(path) if d.id not in removed}
        with lock:
            for d in downloads.values():
                theirs = merged.get(d.id)
                if theirs is not None and (
                        d.error_template == LOCKED  # that process owns it
                        or theirs.get("updated_at", 0) > d.updated_at):
                    continue
                merged[d.id] = d.to_json()
        write_json(path, list(merged.values()))
