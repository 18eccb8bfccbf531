"""What removing a model from the library does to the files on disk, asked in the same words
by the window and the command line before ``Library.delete`` (chatapp.library)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from chatapp.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from chatapp.library import LocalModel

#: the questions' translation context
CONTEXT = "library"
FORGET = QT_TRANSLATE_NOOP("library", "Remove {name} from the list? Its file stays in {path}.")
FORGET_GONE = QT_TRANSLATE_NOOP(
    "library", "Remove {name} from the list? Its file {path} is not there any more.")
UNLINK = QT_TRANSLATE_NOOP(
    "library", "Delete the link {name} ({path})? The file it points to stays in {target}.")
DELETE = QT_TRANSLATE_NOOP(
    "library", "Delete {name} ({size}, {path}) from this computer? This cannot be undone.")
DELETE_PARTS = QT_TRANSLATE_NOOP(
    "library", "Delete {name} ({size} in {count} files, the first {path}) from this computer? "
    "This cannot be undone.")


def linked(model: LocalModel) -> bool:
    """Whether the model's file belongs to another folder or app (removing it only forgets
    it), not to the library's models folder."""
    return model.source not in ("library", "downloaded", "starter", "")


def removal_question(model: LocalModel) -> tuple[str, dict[str, object]]:
    """The question to ask before deleting or forgetting model: its untranslated text (in
    CONTEXT) and the fields to format it with (name, path, target, size in bytes, count).
    A linked file is forgotten (said when it is gone already); a symbolic link in the models
    folder is deleted, not what it points to; a file or split model is deleted, every part."""
    paths = [Path(p) for p in model.all_paths]
    fields: dict[str, object] = {"name": model.display_name, "path": model.path,
                                 "size": model.size, "count": len(model.parts)}
    if linked(model):
        gone = not any(os.path.lexists(p) for p in paths)
        return (FORGET_GONE if gone else FORGET), fields
    if paths and all(p.is_symlink() for p in paths):
        return UNLINK, {**fields, "target": os.path.realpath(paths[0])}
    return (DELETE_PARTS if model.parts else DELETE), fields
