"""Folders and other apps' stores linked as a whole: models that appear there later are
linked too; those taken out of the list stay out.

The folders are kept in data/linked-folders.json: {"folders": [{"path", "layout"}],
"left_out": [file paths]}.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from chatapp.errors import QT_TRANSLATE_NOOP, UserError
from chatapp.library_sources import (
    FILE,
    FOLDER,
    SCANNERS,
    LinkedModel,
    Links,
    detect_layout,
    scan,
)
from chatapp.library_split import split_name
from chatapp.library_walk import Skipped, stat_key
from chatapp.paths import Paths, read_json, write_json

log = logging.getLogger(__name__)

NOTHING_LINKED = QT_TRANSLATE_NOOP(
    "errors", "Nothing is linked from {path}: chatapp models lists what is. (A model in the "
    "models folder is deleted with chatapp rm.)")


class LinkedFolders:
    """The folders whose new models are linked when the library is listed."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.file = paths.data / "linked-folders.json"
        self._refused: dict[str, tuple[int, int] | None] = {}  # path -> its size and time
        self._reasons: dict[str, Skipped] = {}  # path -> why it was not linked

    def _read(self) -> dict:
        raw = read_json(self.file)
        folders = [f for f in raw.get("folders") or [] if isinstance(f, dict)
                   and isinstance(f.get("path"), str) and f.get("layout") in SCANNERS]
        left_out = [p for p in raw.get("left_out") or [] if isinstance(p, str)]
        return {"folders": folders, "left_out": left_out}

    def folders(self) -> list[tuple[Path, str]]:
        """The linked folders and their layouts, in the order they were linked."""
        return [(Path(f["path"]), f["layout"]) for f in self._read()["folders"]]

    def add(self, path: Path, layout: str = "") -> None:
        """Remember a linked folder or store (a file is linked alone: nothing to remember).
        OSError when the list cannot be written."""
        path = Path(os.path.abspath(path.expanduser()))
        if not path.is_dir():
            return
        layout = layout or detect_layout(path)
        if layout == FILE:
            return
        data = self._read()
        inside = str(path) + os.sep  # linked again on purpose: nothing there is left out
        left_out = [p for p in data["left_out"] if not p.startswith(inside)]
        known = any(f["path"] == str(path) for f in data["folders"])
        if known and left_out == data["left_out"]:
            return
        data["left_out"] = left_out
        if not known:
            data["folders"].append({"path": str(path), "layout": layout})
        write_json(self.file, data)

    def unlink(self, path: Path) -> tuple[list[str], list[str]]:
        """Forget a linked folder or file: the folder is no longer watched, and the models
        linked from it (or the file: a split model's first part) leave the list; no file is
        touched. (the absolute paths of the folders no longer watched, as they were linked:
        none for a file; the file paths forgotten). `path` may be relative or start with
        `~`. A path inside a folder still watched is left out of it (not linked again).
        Nothing linked there: UserError; the lists cannot be written: OSError."""
        named = os.path.abspath(path.expanduser())
        real = os.path.realpath(named)
        data = self._read()
        unwatched = [f["path"] for f in data["folders"] if f["path"] == named
                     or os.path.realpath(f["path"]) == real]
        folders = [f for f in data["folders"] if f["path"] not in unwatched]
        links = Links(self.paths)
        inside = (named.rstrip(os.sep) + os.sep, real.rstrip(os.sep) + os.sep)
        forgotten = [e.path for e in links.entries()
                     if e.path in (named, real) or e.path.startswith(inside)]
        if not unwatched and not forgotten:
            raise UserError(NOTHING_LINKED, path=named)
        if unwatched:
            data["folders"] = folders
            data["left_out"] = [p for p in data["left_out"] if not p.startswith(inside)]
            write_json(self.file, data)
        links.remove(*forgotten)
        still = tuple(f["path"].rstrip(os.sep) + os.sep for f in folders)
        self.leave_out([p for p in forgotten if p.startswith(still)])
        return unwatched, forgotten

    def leave_out(self, paths: list[str]) -> None:
        """Models taken out of the list: not linked again from their folder."""
        data = self._read()
        if not data["folders"]:
            return
        data["left_out"] = sorted(set(data["left_out"]) | set(paths))
        try:
            write_json(self.file, data)
        except OSError as exc:
            log.warning("the models left out of linked folders could not be saved: %s", exc)

    def take_in(self) -> list[LinkedModel]:
        """Link the models that appeared in the linked folders since they were last looked
        at; the new links. Cheap when nothing appeared (the folders are listed, no file is
        read); a folder that is gone or unreadable is passed over."""
        data = self._read()
        if not data["folders"]:
            return []
        links = Links(self.paths)
        entries = links.entries()
        known = ({e.path for e in entries} | {os.path.realpath(e.path) for e in entries}
                 | set(data["left_out"]))
        added: list[LinkedModel] = []
        for folder in data["folders"]:
            root, layout = Path(folder["path"]), folder["layout"]
            try:
                listed = SCANNERS[layout](root).models if root.is_dir() else []
            except (OSError, UserError) as exc:
                log.warning("a linked folder could not be read: %s", exc)
                continue
            fresh = {m.path for m in listed
                     if m.path not in known and os.path.realpath(m.path) not in known
                     and not _later_part(m.path)
                     and (m.path not in self._refused
                          or self._refused[m.path] != stat_key(m.path))}
            if not fresh:
                continue
            try:
                result = scan(root, layout)  # the full checks: headers, split models
                found = links.add([m for m in result.models if m.path in fresh],
                                  self.paths.models)
            except (OSError, UserError) as exc:
                log.warning("the models of a linked folder could not be added: %s", exc)
                continue
            why = {entry.path: entry for entry in result.skipped}
            for path in fresh - {m.path for m in found}:  # damaged, or still being copied
                self._refused[path] = stat_key(path)
                if path in why:
                    self._reasons[path] = why[path]
            for path in {m.path for m in found}:
                self._reasons.pop(path, None)
            added += found
            known |= {m.path for m in found}
        return added

    def refused(self) -> list[Skipped]:
        """What appeared in the linked folders and was not linked, with why (damaged files,
        those still being copied), while each is there as it was then."""
        return [entry for path, entry in sorted(self._reasons.items())
                if path in self._refused and self._refused[path] == stat_key(path)]


def keeps(path: Path, layout: str, found: int) -> bool:
    """Whether linking path watches it for the models that come there later: a folder only
    when found models were in it (one with none, or only damaged files, is not kept: linked
    again once it holds models); another app's store always (that app puts models there)."""
    if found:
        return True
    try:
        return path.is_dir() and (layout or detect_layout(path)) not in (FOLDER, FILE)
    except OSError:
        return False


def _later_part(path: str) -> bool:
    """Whether a file is the second or later part of a split model (linked by its first)."""
    name = split_name(os.path.basename(path))
    return name is not None and name.part > 1
