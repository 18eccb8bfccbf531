"""The conversation as bubbles: user turns, streamed answers, their stats and states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from chatapp.store import Message
from chatapp.ui.markdown_view import MarkdownView


def stats_text(message: Message) -> str:
    """A bubble footer line: tokens, speed, time to first token."""
    parts = []
    if message.completion_tokens is not None:
        parts.append(QCoreApplication.translate("Bubble", "{n} tokens")
                     .format(n=message.completion_tokens))
    if message.tokens_per_s:
        parts.append(QCoreApplication.translate("Bubble", "{rate:.1f} tok/s")
                     .format(rate=message.tokens_per_s))
    if message.ttft_s is not None:
        parts.append(QCoreApplication.translate("Bubble", "first token {s:.2f} s")
                     .format(s=message.ttft_s))
    return " · ".join(parts)


class Bubble(QFrame):
    """One message.

    Attributes:
        message: the stored message it shows.
        text: the text shown (grows while streaming).
    """

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.text = message.content
        user = message.role == "user"
        self.setObjectName("userBubble" if user else "assistantBubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.header = QLabel(self)
        self.header.setObjectName("bubbleHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.body = MarkdownView(self)
        self.body.setAccessibleName(self.tr("Message text"))
        self.footer = QLabel(self)
        self.footer.setObjectName("bubbleFooter")
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.footer.setWordWrap(True)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        layout.addWidget(self.footer)
        self.refresh(message)

    def refresh(self, message: Message) -> None:
        """Show a new state of the message (final text, stats, how it ended)."""
        self.message = message
        self.text = message.content
        if message.role == "user":
            self.header.setText(self.tr("You"))
        else:
            name = message.model_name or ""
            name = name[:-5] if name.lower().endswith(".gguf") else name
            self.header.setText(name or self.tr("Assistant"))
        self.body.set_content(self.text, markdown=message.role == "assistant")
        self._update_footer()

    def append(self, piece: str) -> None:
        """Add streamed text."""
        self.text += piece
        self.body.set_content(self.text)

    def _update_footer(self) -> None:
        message = self.message
        note = ""
        if message.role == "assistant":
            reason = message.finish_reason
            if reason is None:
                note = self.tr("Writing…")
            elif reason == "stopped":
                note = self.tr("Stopped")
            elif reason == "interrupted":
                note = self.tr("Interrupted: the app closed before this answer was finished")
            elif reason == "length":
                note = self.tr("Cut off at the token limit")
            elif reason == "error":
                note = self.tr("This answer failed: {reason}").format(reason=message.error or "")
            stats = stats_text(message)
            note = " · ".join(p for p in (note, stats) if p)
        self.footer.setText(note)
        self.footer.setVisible(bool(note))
        self.setProperty("failed", message.finish_reason == "error")
        self.style().unpolish(self)
        self.style().polish(self)


class ChatView(QScrollArea):
    """A scrolling column of bubbles; follows new text while scrolled to the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Conversation"))
        self._content = QWidget(self)
        self._content.setObjectName("chatContent")
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(16, 16, 16, 16)
        self._column.setSpacing(12)
        self._column.addStretch(1)
        self.setWidget(self._content)
        self.bubbles: list[Bubble] = []
        self._follow = True
        self.verticalScrollBar().rangeChanged.connect(self._on_range)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll)

    def clear(self) -> None:
        """Remove every bubble."""
        for bubble in self.bubbles:
            holder = bubble.parentWidget()
            holder.setParent(None)
            holder.deleteLater()
        self.bubbles.clear()

    def show_messages(self, messages: list[Message]) -> None:
        """Show a branch of a conversation."""
        self.clear()
        for message in messages:
            self.add_message(message)
        self._follow = True
        QTimer.singleShot(0, self.scroll_to_end)

    def add_message(self, message: Message) -> Bubble:
        """Add a bubble at the end."""
        bubble = Bubble(message)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if message.role == "user":
            row.addStretch(1)
            row.addWidget(bubble, 4)
        else:
            row.addWidget(bubble, 6)
            row.addStretch(0)
        holder = QWidget(self._content)
        holder.setLayout(row)
        self._column.insertWidget(self._column.count() - 1, holder)
        self.bubbles.append(bubble)
        return bubble

    def bubble_for(self, message_id: int) -> Bubble | None:
        """The bubble showing a message."""
        for bubble in self.bubbles:
            if bubble.message.id == message_id:
                return bubble
        return None

    def scroll_to_end(self) -> None:
        """Show the last message."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _on_range(self, _low: int, high: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(high)

    def _on_scroll(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum() - 8
