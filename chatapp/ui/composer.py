"""Where the user writes: Enter sends, Shift+Enter starts a new line; Send turns into Stop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

MAX_LINES = 8


class MessageEdit(QPlainTextEdit):
    """A text box that grows with its text up to a few lines.

    Signals:
        submitted(): Enter was pressed without Shift.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.document().contentsChanged.connect(self._grow)
        self._grow()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def _grow(self) -> None:
        lines = max(1, int(self.document().size().height()))
        shown = min(MAX_LINES, lines)
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * shown
                  + int(2 * self.document().documentMargin())
                  + margins.top() + margins.bottom() + 4)
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if lines > MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.setFixedHeight(height)


class Composer(QWidget):
    """The message box with its Send/Stop button.

    Signals:
        sendRequested(str): the user sent a message.
        stopRequested(): the user wants the answer to stop.
    """

    sendRequested = Signal(str)
    stopRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = MessageEdit(self)
        self.edit.setPlaceholderText(
            self.tr("Write a message… (Enter sends, Shift+Enter: new line)"))
        self.edit.setAccessibleName(self.tr("Message"))
        self.button = QPushButton(self.tr("Send"), self)
        self.button.setObjectName("sendButton")
        self.button.setAccessibleName(self.tr("Send"))
        self.button.setDefault(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignBottom)
        self.edit.submitted.connect(self.submit)
        self.button.clicked.connect(self._clicked)
        self.busy = False

    def set_busy(self, busy: bool) -> None:
        """Show Stop while an answer streams, Send otherwise."""
        self.busy = busy
        self.button.setText(self.tr("Stop") if busy else self.tr("Send"))
        self.button.setAccessibleName(self.button.text())
        self.button.setObjectName("stopButton" if busy else "sendButton")
        self.button.style().unpolish(self.button)
        self.button.style().polish(self.button)

    def submit(self) -> None:
        """Send the text unless an answer is still streaming or the box is empty."""
        text = self.edit.toPlainText()
        if self.busy or not text.strip():
            return
        self.edit.clear()
        self.sendRequested.emit(text)

    def _clicked(self) -> None:
        if self.busy:
            self.stopRequested.emit()
        else:
            self.submit()
