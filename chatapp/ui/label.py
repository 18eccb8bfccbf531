"""Labels that show their text as text: titles, names and messages that come from files,
models, servers and the user are never read as markup (Qt's QLabel guesses rich text from
anything that looks like a tag); labels and buttons that cut their text rather than widen
their window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
)


class Label(QLabel):
    """A QLabel in plain-text format (setTextFormat may still choose rich text)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


class ElidedLabel(Label):
    """A one-line Label that cuts its text with "…" where it is narrower than the text, so
    that a long title never widens its window; text() is the whole text, which the tooltip
    and screen readers get too."""

    def __init__(self, *args: object, mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
                 **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._full, self._mode = super().text(), mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setAccessibleName(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode,
                                              max(self.contentsRect().width(), 1))
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class ElidedButton(QPushButton):
    """A flat QPushButton that cuts its text with "…" where its layout gives it less room
    than the text needs (down to least px wide), instead of widening its window; text()
    stays the whole text."""

    def __init__(self, text: str = "", parent=None, least: int = 100) -> None:
        super().__init__(text, parent)
        self.least = least
        self.setFlat(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.least), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802
        option = QStyleOptionButton()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        whole = super().sizeHint().width()
        chrome = whole - metrics.horizontalAdvance(option.text)
        shown = option.text if self.width() >= whole else metrics.elidedText(
            option.text, Qt.TextElideMode.ElideRight, max(self.width() - chrome, 1))
        if shown != option.text:  # a cut after one "&" of "&&" would underline the "…"
            body = shown.removesuffix("…")
            if (len(body) - len(body.rstrip("&"))) % 2:
                body = body[:-1]
            shown = body + "…"
        option.text = shown
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def shortened(text: str, limit: int = 160) -> str:
    """text on one line, cut with "…" after limit characters (a system prompt in a tooltip
    or an answer's provenance)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"
