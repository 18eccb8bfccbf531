"""Where file dialogs open: the folder a file of the same kind was last chosen in (while the
app runs: documents to index, models, or other files such as exports), else the user's
documents folder (else home), never the folder the app happened to be started from; a save
dialog whose file name ends as its chosen format."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget

# the kinds of files whose dialogs keep their own last folder (an export is not saved
# among the documents a collection indexes)
DOCUMENTS, MODELS, FILES = "documents", "models", "files"
_last_folder: dict[str, Path] = {}


def user_folder(name: str = "", kind: str = FILES) -> str:
    """The folder a file of kind was last chosen in (see remember), else the documents
    folder (home when there is none), with name appended when given."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found and Path(found).is_dir() else Path.home()
    last = _last_folder.get(kind)
    if last is not None and last.is_dir():
        folder = last
    return str(folder / name) if name else str(folder)


def remember(path: str, folder: bool = False, kind: str = FILES) -> str:
    """Open the next file dialogs of kind in path's folder (in path itself when it is a
    folder chosen); path is returned as it is."""
    if path:
        _last_folder[kind] = Path(path) if folder else Path(path).parent
    return path


def file_stem(title: str, fallback: str) -> str:
    """A file name stem made of a title's words (letters, digits, - and _; what looks like a
    markup tag left out), or fallback."""
    words = re.findall(r"[\w-]+", re.sub(r"<[^<>]*>", " ", title))
    return " ".join(words)[:80].strip() or fallback


def with_extension(name: str, extension: str, others: list[str]) -> str:
    """name ending in .extension: another format's extension (others) replaced, else added
    unless it is there (a trailing dot dropped)."""
    name = name.rstrip(".") or name
    stem, dot, last = name.rpartition(".")
    if dot and last.lower() == extension.lower():
        return name
    if dot and stem and last.lower() in (other.lower() for other in others):
        return f"{stem}.{extension}"
    return f"{name}.{extension}"


class SaveDialog(QFileDialog):
    """A save dialog over formats, [(filter text, extension)]: the file name's extension
    follows the chosen filter when it is chosen; when the name is accepted, a name typed
    with one format's extension saves in that format, and one without gets the filter's.

    Attributes:
        formats: the filters and their extensions, the first one chosen at first.
    """

    def __init__(self, parent: QWidget | None, caption: str, stem: str,
                 formats: list[tuple[str, str]]) -> None:
        super().__init__(parent, caption, user_folder(), ";;".join(f for f, _ in formats))
        self.formats = formats
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setDefaultSuffix(formats[0][1])
        self.selectFile(f"{stem}.{formats[0][1]}")
        self.filterSelected.connect(self._filter_chosen)

    def filter_extension(self) -> str:
        """The chosen filter's extension."""
        chosen = self.selectedNameFilter()
        return next((ext for text, ext in self.formats if text == chosen), self.formats[0][1])

    def extension(self) -> str:
        """The format to save in: the one whose extension the typed name ends with, else
        the chosen filter's."""
        # the name box as typed (selectedFiles adds the default suffix); the system's own
        # dialog has none
        box = self.findChild(QLineEdit, "fileNameEdit")
        files = [box.text()] if box is not None else self.selectedFiles()
        typed = Path(files[0]).suffix.lstrip(".").lower() if files else ""
        return next((ext for _text, ext in self.formats if ext.lower() == typed),
                    self.filter_extension())

    def _named(self, extension: str | None = None) -> str | None:
        """The selected file's path ending in extension (default: the format it saves in);
        None: no file, or a folder to go into."""
        files = self.selectedFiles()
        if not files or Path(files[0]).is_dir():
            return None
        path = Path(files[0])
        extension = extension or self.extension()
        others = [ext for _text, ext in self.formats if ext != extension]
        return str(path.with_name(with_extension(path.name, extension, others)))

    def _name(self, path: str) -> None:
        """Put path in the file name box (selectFile leaves a box being typed in as it is)."""
        box = self.findChild(QLineEdit, "fileNameEdit")  # None: the system's own dialog
        if box is None:
            self.selectFile(path)
        else:
            box.setText(Path(path).name if Path(path).parent == Path(self.directory().path())
                        else path)

    def _filter_chosen(self, _text: str) -> None:
        self.setDefaultSuffix(self.filter_extension())
        named = self._named(self.filter_extension())
        if named is not None:
            self._name(named)

    def accept(self) -> None:
        """Save under the name with the chosen filter's extension (the dialog asks before
        replacing a file of that name)."""
        named = self._named()
        if named is not None and named not in self.selectedFiles():
            self._name(named)
        super().accept()

    def chosen_path(self) -> str:
        """Where to save once accepted ("" when cancelled), with the chosen extension."""
        if self.result() != QFileDialog.DialogCode.Accepted:
            return ""
        return remember(self._named() or "")
