"""A reasoning model's thinking shown apart from its answer: collapsed, with how long it took."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

from chatapp.store import Message
from chatapp.ui.units import decimal


class ThinkingSection(QFrame):
    """A "Thinking" header that opens the reasoning text; live duration while it streams.

    Attributes:
        text: the reasoning shown (grows while streaming).
        toggle: the header button (checked: open).
        view: the reasoning text (made on first opening, so closed sections cost nothing).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thinking")
        self.text = ""
        self._seconds: float | None = None
        self._started: float | None = None
        self._live = False
        self.toggle = QToolButton(self, objectName="thinkingToggle", checkable=True,
                                  autoRaise=True,
                                  toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                                  arrowType=Qt.ArrowType.RightArrow, toggled=self._open)
        self.view: QPlainTextEdit | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self._clock = QTimer(self, interval=1000, timeout=self._update_header)
        self.hide()

    def show_message(self, message: Message) -> None:
        """Show a stored answer's reasoning (its final state once the answer ended)."""
        self._live = message.finish_reason is None
        self._seconds = message.reasoning_s
        self.set_text(message.reasoning or "")
        if not self._live:
            self._clock.stop()

    def set_text(self, text: str) -> None:
        """Show this reasoning text (replacing what was shown)."""
        self.text = text
        if self.view is not None:
            self.view.setPlainText(text)
        self._update_header()

    def append(self, piece: str) -> None:
        """Add streamed reasoning."""
        if not piece:
            return
        if self._started is None:
            self._started = time.monotonic()
            self._live = True
            self._clock.start()
        self.text += piece
        if self.view is not None:
            cursor = self.view.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(piece)
        self._update_header()

    def catch_up(self, reasoning: str, text: str) -> None:
        """Show a streaming answer's reasoning so far (all of it: the part not yet shown is
        added); the live duration ends once text (the answer so far) began."""
        if len(reasoning) > len(self.text):
            self.append(reasoning[len(self.text):])
        if text.strip():
            self.end_live()

    def end_live(self) -> None:
        """The reasoning is over (the answer text began): the duration stops."""
        if self._live and self._started is not None:
            self._seconds = time.monotonic() - self._started
        self._live = False
        self._clock.stop()
        self._update_header()

    def _open(self, opened: bool) -> None:
        if opened and self.view is None:
            self.view = QPlainTextEdit(self, objectName="thinkingText", readOnly=True,
                                       frameShape=QFrame.Shape.NoFrame,
                                       accessibleName=self.tr("Reasoning text"),
                                       plainText=self.text)
            lines = max(3, min(14, self.text.count("\n") + 2))
            self.view.setFixedHeight(self.view.fontMetrics().lineSpacing() * lines + 12)
            self._layout.addWidget(self.view)
            QWidget.setTabOrder(self.toggle, self.view)  # Tab goes from the header to it
        if self.view is not None:
            self.view.setVisible(opened)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)

    def _update_header(self) -> None:
        if self._live:
            seconds = time.monotonic() - self._started if self._started is not None else 0.0
            label = self.tr("Thinking… {s} s").format(s=int(seconds))
        elif self._seconds is not None and self._seconds < 0.05:  # (not "0.0 s")
            label = self.tr("Thought for less than {s} s").format(s=decimal(0.1, 1))
        elif self._seconds is not None:
            label = self.tr("Thought for {s} s").format(
                s=decimal(self._seconds, 1 if self._seconds < 10 else 0))
        else:
            label = self.tr("Thinking")
        self.toggle.setText(label)
        self.toggle.setAccessibleName(label)
        self.toggle.setToolTip(self.tr("Show or hide the model's reasoning (not part of the "
                                       "answer)"))
        self.setVisible(bool(self.text.strip()) or self._live and self._started is not None)
