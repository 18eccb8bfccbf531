"""A read-only text view for untrusted model output: Markdown, raw HTML shown as text,
no resources loaded from anywhere, and only http(s) links opened, on click."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument, QTextOption
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser

MARKDOWN_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
SAFE_SCHEMES = ("http", "https")
_BLOCK = re.compile(r"\s*([-*+]\s|\d+[.)]\s|#{1,6}\s|>|\||```|~~~|(-{3,}|\*{3,}|_{3,})\s*$)")


def hard_line_breaks(text: str) -> str:
    """Keep the model's single line breaks (Markdown would join the lines), except in code."""
    lines = text.split("\n")
    fenced = False
    for i, line in enumerate(lines[:-1]):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if (not fenced and line.strip() and lines[i + 1].strip()
                and not _BLOCK.match(line) and not _BLOCK.match(lines[i + 1])):
            lines[i] = line + "\\"
    return "\n".join(lines)


class MarkdownView(QTextBrowser):
    """Shows Markdown or plain text and grows to fit it (no scroll bars of its own).

    Signals:
        linkRefused(str): a link with a scheme other than http(s) was clicked.
    """

    linkRefused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("background: transparent;")
        self.anchorClicked.connect(self._open_link)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._markdown = True

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802
        """Load nothing: no remote or local images, style sheets or other resources."""
        return None

    def set_content(self, text: str, markdown: bool = True) -> None:
        """Replace the shown text."""
        self._markdown = markdown
        if markdown:
            self.document().setMarkdown(hard_line_breaks(text), MARKDOWN_FEATURES)
        else:
            self.setPlainText(text)
        self._fit()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)
        else:
            self.linkRefused.emit(url.toString())

    def _fit(self, *_args) -> None:
        doc = self.document()
        doc.setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        height = int(doc.size().height()) + margins.top() + margins.bottom() + 2
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self.height())
