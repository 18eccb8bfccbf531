"""A compare pane's earlier turns: the prompts and answers of its branch before the turn
shown, collapsed under one header, so that a later answer can be read with what led to it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget

from chatapp.store import Message
from chatapp.ui.errors import answer_error_text
from chatapp.ui.markdown_view import MarkdownView
from chatapp.ui.provenance import empty_answer_text, short_name


class EarlierTurns(QFrame):
    """An "Earlier turns (n)" header that opens them (hidden when there are none).

    Attributes:
        toggle: the header button (checked: open).
        view: the turns as Markdown: each prompt quoted under "You", each answer under its
            model's name (hidden while blind).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlierTurns")
        self.toggle = QToolButton(self, checkable=True, autoRaise=True,
                                  toolButtonStyle=Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
                                  arrowType=Qt.ArrowType.RightArrow, toggled=self._open)
        self.view = MarkdownView(self)
        self.view.hide()
        self.rule = QFrame(self, frameShape=QFrame.Shape.HLine,
                           frameShadow=QFrame.Shadow.Sunken)  # where the turn shown begins
        self.rule.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.view)
        layout.addWidget(self.rule)
        self.set_turns([])

    def set_turns(self, messages: list[Message], blind: bool = False) -> None:
        """Show these earlier messages (user turns and answers, oldest first), closed."""
        turns = sum(m.role == "user" for m in messages)
        self.toggle.setChecked(False)
        self.toggle.setText(self.tr("Earlier turns ({n})").format(n=turns))
        self.toggle.setToolTip(self.tr("What this pane's model was asked and answered before "
                                       "the prompt shown; it reads these too."))
        parts, you, model = [], self.tr("You"), self.tr("Model")
        for message in messages:
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
