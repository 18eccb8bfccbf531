"""Labels that show their text as text: titles, names and messages that come from files,
models, servers and the user are never read as markup (Qt's QLabel guesses rich text from
anything that looks like a tag); labels and buttons that cut their text rather than widen
their window; a status bar whose messages end in "…" rather than be cut mid-word."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)


class Label(QLabel):
    """A QLabel in plain-text format (setTextFormat may still choose rich text); buddy: the
    widget its & shortcut focuses."""

    def __init__(self, *args: object, buddy: QWidget | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if buddy is not None:
            self.setBuddy(buddy)


class WrappedLabel(Label):
    """A word-wrapped Label that never widens its window: a word longer than its width (a
    path, a link) is cut at its edge, and then the tooltip has the whole text (or whole, if
    set, a longer text the label shows part of); text() is the text as given."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, wordWrap=True, **kwargs)
        self.whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(0, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._tell()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._tell()

    def _tell(self) -> None:
        metrics, room = self.fontMetrics(), self.contentsRect().width()
        cut = any(metrics.horizontalAdvance(word) > room for word in self.text().split())
        self.setToolTip(self.whole or (self.text() if cut else ""))


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

    def clear(self) -> None:
        self.setText("")

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


class StatusBar(QStatusBar):
    """A status bar whose message, where it is longer than the room left of the permanent
    widgets, ends in "…" instead of being cut mid-word; its tooltip and currentMessage()
    are the whole message (a status tip Qt shows itself has no tooltip)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._full, self._shown, self._until, self._whole = "", "", 0.0, ""
        self._permanent: list[QWidget] = []
        self.messageChanged.connect(self._tip)

    def _tip(self, shown: str) -> None:
        """The tooltip of what the bar shows now: the whole of a message of ours (its
        details where show_line gave them), nothing for a status tip or no message."""
        self.setToolTip((self._whole or self._full) if shown and shown == self._shown else "")

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self._permanent.append(widget)
        widget.installEventFilter(self)  # it grows, moves or shows: the message fits again
        super().addPermanentWidget(widget, stretch)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                            QEvent.Type.Hide):
            self._refit()
        return False

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 - Qt's
        self.show_line(text, "", timeout)

    def show_line(self, text: str, whole: str, timeout: int = 0) -> None:
        """Show text (a short line) with whole (a longer text it begins, "": none) in the
        tooltip."""
        self._full, self._whole = text, whole
        self._until = time.monotonic() + timeout / 1000 if timeout > 0 else 0.0
        self._elide(timeout)

    def clearMessage(self) -> None:  # noqa: N802 - Qt's
        self._full = ""
        super().clearMessage()

    def currentMessage(self) -> str:  # noqa: N802 - Qt's
        shown = super().currentMessage()  # (Qt shows an action's status tip itself)
        return self._full if shown and shown == self._shown else shown

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's
        super().resizeEvent(event)
        self._refit()

    def _refit(self) -> None:
        """Elide the message shown again for the room it has now (its timeout kept)."""
        if self._full and super().currentMessage() == self._shown:
            left = self._until - time.monotonic()
            if self._until == 0.0 or left > 0:
                self._elide(int(left * 1000) if self._until else 0)

    def _elide(self, timeout: int) -> None:
        room = min([w.x() for w in self._permanent if w.isVisible()] + [self.width()]) - 16
        line = " ".join(self._full.splitlines())  # one line, as the bar shows it
        shown = self.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, max(room, 40))
        self._shown = shown
        super().showMessage(shown, timeout)
        self._tip(shown)  # (Qt says no change where the same line is shown again)


class ElidedButton(QPushButton):
    """A QPushButton (flat unless asked) that cuts its text with "…" where its layout gives
    it less room than the text needs, down to least px wide (None: the width of its first
    text), instead of widening its window: "Parameters (3 changed)…" in any language does
    not widen four panes past a small screen. text() and screen readers have it whole."""

    def __init__(self, text: str = "", parent=None, least: int | None = None,
                 flat: bool = True) -> None:
        super().__init__(text, parent)
        self.setFlat(flat)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.least = super().sizeHint().width() if least is None else least

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.least), hint.height())

    def shown_text(self) -> str:
        """The text as drawn: whole where the button has its size hint's width."""
        text, metrics = self.text(), self.fontMetrics()
        whole = super().sizeHint().width()
        if self.width() >= whole:
            return text
        chrome = whole - metrics.horizontalAdvance(text)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                   max(self.width() - chrome, 1))
        if shown != text:  # a cut after one "&" of "&&" would underline the "…"
            body = shown.removesuffix("…")
            if (len(body) - len(body.rstrip("&"))) % 2:
                body = body[:-1]
            shown = body + "…"
        return shown

    def paintEvent(self, event) -> None:  # noqa: N802
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = self.shown_text()
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


def shortened(text: str, limit: int = 160) -> str:
    """text on one line, cut with "…" after limit characters (a system prompt in a tooltip
    or an answer's provenance)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"


def wrappable(text: str, run: int = 16) -> str:
    """text with a zero-width space in each run of more than run characters with no place to
    wrap (a file path's hash, a long word), so that a word-wrapped label wraps it rather than
    cut it at its edge."""
    return re.sub(rf"[^\s\u200b]{{{run}}}(?=[^\s\u200b])", lambda m: m.group(0) + "\u200b",
                  text)


def path_text(path: str) -> str:
    """A file or folder path to put into a word-wrapped text: it wraps only after a separator
    that ends a folder's name ("/" or "\\"), never inside a name (at its "-", "." or spaces)
    nor between the first separator and the name after it (a line of "(/" alone). Word
    joiners (U+2060) keep each part whole, zero-width spaces mark the places to wrap."""
    parts = [part for part in re.split(r"(?<=[/\\])(?=[^/\\])", path) if part]
    if len(parts) > 1 and len(parts[0]) <= 3 and not parts[0].rstrip("/\\")[-1:].isalnum():
        parts[:2] = [parts[0] + parts[1]]  # the root ("/", "~/", "\\\\") with its first name
    return "\u200b".join("\u2060".join(part) for part in parts)
