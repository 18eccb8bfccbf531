"""A compare pane's earlier turns: the prompts and answers of its branch before the turn
shown, collapsed under one header, so that a later answer can be read with what led to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from chatapp.store import Message
from chatapp.ui.errors import answer_error_text
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill
from chatapp.ui.markdown_view import MarkdownView
from chatapp.ui.provenance import empty_answer_text, short_name


class EarlierTurns(QFrame):
    """An "Earlier turns (n)" header that opens them (hidden when there are none).

    Attributes:
        toggle: the header button (checked: open).
        note: how many of the oldest messages the answer shown was made without (left out
            to fit the model's context), as the main window says it; hidden when none.
        view: the turns as Markdown: each prompt quoted under "You", each answer under its
            model's name (hidden while blind).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlierTurns")
        self.toggle = QToolButton(self, checkable=True, autoRaise=True,
                                  toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                                  arrowType=Qt.ArrowType.RightArrow, toggled=self._open)
        self.note = Label(self, wordWrap=True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()
        self.view = MarkdownView(self)
        self.view.hide()
        self._messages: list[Message] = []
        self._blind = False
        self.dropped = 0
        self.rule = QFrame(self, frameShape=QFrame.Shape.HLine,
                           frameShadow=QFrame.Shadow.Sunken)  # where the turn shown begins
        self.rule.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        fill(layout, self.note, self.view, self.rule)
        self.set_turns([])

    def set_turns(self, messages: list[Message], blind: bool = False) -> None:
        """Show these earlier messages (user turns and answers, oldest first), closed, all
        read by the model until set_dropped says otherwise."""
        self._messages, self._blind, self.dropped = list(messages), blind, 0
        self.toggle.setChecked(False)
        self._show()

    def set_dropped(self, dropped: int | None) -> None:
        """The answer shown was made without the dropped oldest of these messages (left out
        to fit the model's context; None or 0: it read them all): say so, as the main window
        does, and mark them apart from those it read."""
        dropped = min(dropped or 0, len(self._messages))
        if dropped != self.dropped:
            self.dropped = dropped
            self._show()

    def _show(self) -> None:
        messages, blind, dropped = self._messages, self._blind, self.dropped
        turns = sum(m.role == "user" for m in messages)
        self.toggle.setText(self.tr("Earlier turns ({n})").format(n=turns))
        self.toggle.setToolTip(self.tr("What this pane's model was asked and answered before "
                                       "the prompt shown; it reads these too.") if not dropped
                               else self.tr("What this pane's model was asked and answered "
                                            "before the prompt shown; the oldest were left "
                                            "out of this answer's prompt to fit the "
                                            "model's context."))
        self.note.setText(
            "" if not dropped
            else self.tr("The oldest message was left out to fit the context") if dropped == 1
            else self.tr("{n} oldest messages were left out to fit the context").format(
                n=dropped))
        self.note.setVisible(bool(dropped))
        parts, you, model = [], self.tr("You"), self.tr("Model")
        for index, message in enumerate(messages):
            if dropped and index == 0:
                parts.append("*" + self.tr("Left out to fit the context (the model did not "
                                           "read these):") + "*")
            if dropped and index == dropped:
                parts.append("---\n\n*" + self.tr("Read by the model:") + "*")
            if message.role == "user":
                quoted = "\n".join("> " + line for line in message.content.splitlines())
                parts.append(f"**{you}**\n\n{quoted or '>'}")
            else:
                name = model if blind else short_name(message) or model
                parts.append(f"**{name}**\n\n{message.content.strip() or self._none(message)}")
        self.view.set_content("\n\n".join(parts))
        self.setVisible(turns > 0)

    def _none(self, message: Message) -> str:
        """Why an earlier answer has no text, in italics (its error, where it failed)."""
        why = empty_answer_text(message) or (
            answer_error_text(message) if message.finish_reason == "error" else "") or \
            self.tr("No answer.")
        return "*" + " ".join(why.replace("*", "").split()) + "*"

    def _open(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.view.setVisible(on)
        self.rule.setVisible(on)
