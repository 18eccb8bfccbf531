"""Labels that show their text as text: titles, names and messages that come from files,
models, servers and the user are never read as markup (Qt's QLabel guesses rich text from
anything that looks like a tag)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class Label(QLabel):
    """A QLabel in plain-text format (setTextFormat may still choose rich text)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
