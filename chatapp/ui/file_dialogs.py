"""Where file dialogs open: the user's documents folder (else home), never the folder the
app happened to be started from."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def user_folder(name: str = "") -> str:
    """The documents folder (home when there is none), with name appended when given."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found and Path(found).is_dir() else Path.home()
    return str(folder / name) if name else str(folder)


def file_stem(title: str, fallback: str) -> str:
    """A file name stem made of a title's words (letters, digits, - and _; what looks like a
    markup tag left out), or fallback."""
    words = re.findall(r"[\w-]+", re.sub(r"<[^<>]*>", " ", title))
    return " ".join(words)[:80].strip() or fallback
