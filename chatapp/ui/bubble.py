"""One message of the conversation as a bubble: its text (Markdown for answers), who wrote it,
its numbers and provenance, branch arrows and actions (copy, edit, regenerate, continue,
delete), and the editor of a message being changed."""

from __future__ import annotations

import atexit
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from chatapp.answer_parts import continuable
from chatapp.cli_waiting import WAITING, waiting_text
from chatapp.engine.templates import is_template_fault
from chatapp.errors import stored_error
from chatapp.store import Message
from chatapp.ui.errors import answer_error_text
from chatapp.ui.label import Label
from chatapp.ui.markdown_view import MarkdownView
from chatapp.ui.provenance import ProvenancePopup, empty_answer_text, short_name

if TYPE_CHECKING:
    from chatapp.answers import Answer
from chatapp.ui.layouts import fill
from chatapp.ui.thinking import ThinkingSection
from chatapp.ui.units import number, speed_parts, tokens_text


def stats_text(message: Message) -> str:
    """A bubble footer line: tokens, speed, time to first token (or that an answer was
    stopped before its first token; nothing for one that failed before it)."""
    if message.finish_reason == "stopped" and not message.completion_tokens \
            and not message.content.strip() and not (message.reasoning or "").strip():
        return QCoreApplication.translate("Bubble", "Stopped before the first token")
    if message.finish_reason == "error" and not message.completion_tokens:
        return ""  # the error says what happened
    parts = []
    if message.completion_tokens is not None and message.reasoning_tokens:
        parts.append(QCoreApplication.translate("Bubble", "{n} tokens ({thinking} thinking)")
                     .format(n=number(message.completion_tokens),
                             thinking=number(message.reasoning_tokens)))
    elif message.completion_tokens is not None:
        parts.append(tokens_text(message.completion_tokens))
    parts += speed_parts(message.tokens_per_s, message.first_token_s)
    return " · ".join(parts)


def live_stats_text(live: dict, answer: Answer | None = None) -> str:
    """The numbers of an answer being written (Answer.live): tokens so far, tokens/s, time
    to the first token; before the first token, what it waits for (see waiting_text; "Waiting
    for the first token…" without an answer)."""
    if not live:
        if answer is not None:
            return waiting_text(answer, lambda text: QCoreApplication.translate("Bubble", text))
        return QCoreApplication.translate("Bubble", WAITING)
    parts = [tokens_text(live["tokens"]),
             *speed_parts(live.get("tokens_per_s"), live.get("ttft_s"))]
    return " · ".join(parts)


class Bubble(QFrame):
    """One message with its header (who wrote it, branch arrows) and action buttons.

    Signals:
        actionRequested(str, int): an action ("copy-md", "copy-text", "edit", "regenerate",
            "continue", "delete", "template": edit the chat template) on the message id.
        regenerateWithRequested(int, str): regenerate the answer with the model of that key.
        siblingRequested(int): show the branch through this sibling's id.

    Attributes:
        message: the stored message it shows.
        text: the text shown (grows while streaming).
        siblings: ids of the message and its siblings, oldest first.
    """

    actionRequested = Signal(str, int)
    regenerateWithRequested = Signal(int, str)
    siblingRequested = Signal(int)
    editSubmitted = Signal(int, str)

    def __init__(self, message: Message, siblings: list[int] | None = None,
                 models: Callable[[], list[tuple[str, str, str]]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.text = message.content
        self.siblings = siblings or [message.id]
        self._models = models or (lambda: [])
        user = message.role == "user"
        self.setObjectName("userBubble" if user else "assistantBubble")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(4)
        top = QHBoxLayout(spacing=4)
        self.header = QToolButton(self, objectName="bubbleHeader", iconSize=QSize(14, 14),
                                  autoRaise=True, clicked=self.show_provenance)
        self.prev_button = self._tool("‹", self.tr("Previous version"),
                                      lambda: self.step(-1))
        self.position = Label(self, objectName="branchPosition")
        self.next_button = self._tool("›", self.tr("Next version"), lambda: self.step(1))
        fill(top, self.header, 1, self.prev_button, self.position, self.next_button)
        self.thinking = ThinkingSection(self)
        self.body = MarkdownView(self)
        self.body.setAccessibleName(self.tr("Message text"))
        self.footer = Label(self, objectName="bubbleFooter", wordWrap=True)
        self.footer.setTextInteractionFlags(  # (an error's text, selected and copied in part)
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        fill(layout, top, self.thinking, self.body, self.footer)
        actions = QHBoxLayout(spacing=2)
        self.copy_button = self._tool(self.tr("Copy"), self.tr("Copy the message"), None)
        copy_menu = QMenu(self.copy_button)
        copy_menu.addAction(self.tr("Copy as Markdown"),
                            lambda: self.actionRequested.emit("copy-md", self.message.id))
        copy_menu.addAction(self.tr("Copy as plain text"),
                            lambda: self.actionRequested.emit("copy-text", self.message.id))
        self.copy_button.setMenu(copy_menu)
        self.copy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.edit_button = self._tool(self.tr("Edit"), self.tr("Edit and send again"),
                                      lambda: self.actionRequested.emit("edit", self.message.id))
        self.regenerate_button = self._tool(
            self.tr("Regenerate"), self.tr("Write a new answer"),
            lambda: self.actionRequested.emit("regenerate", self.message.id))
        self.regenerate_with_button = self._tool(self.tr("Regenerate with…"),
                                                 self.tr("Write a new answer with another model"),
                                                 None)
        self.with_menu = QMenu(self.regenerate_with_button, aboutToShow=self._fill_models)
        self.regenerate_with_button.setMenu(self.with_menu)
        self.regenerate_with_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.continue_button = self._tool(
            self.tr("Continue"), self.tr("Go on writing this answer, with the model that "
                                         "wrote it"),
            lambda: self.actionRequested.emit("continue", self.message.id))
        self.delete_button = self._tool(
            self.tr("Delete"), self.tr("Delete this message and the replies below it"),
            lambda: self.actionRequested.emit("delete", self.message.id))
        # the way out of an answer that failed on its model's chat template
        self.template_button = self._tool(
            self.tr("Edit template…"), self.tr("Use another chat template for this model"),
            lambda: self.actionRequested.emit("template", self.message.id))
        self.template_button.hide()
        for button in (self.copy_button, self.edit_button, self.regenerate_button,
                       self.regenerate_with_button, self.continue_button, self.delete_button,
                       self.template_button):
            button.setObjectName("bubbleAction")
            button.setProperty("menu", button.menu() is not None)  # (room for its arrow)
            actions.addWidget(button)
        fill(layout, fill(actions, 1))
        self.editor: EditBox | None = None
        self._focus_before_edit: QWidget | None = None
        self._actions = actions
        self._hidden_actions: list[QWidget] = []
        self.edit_button.setVisible(user)
        for button in (self.regenerate_button, self.regenerate_with_button):
            button.setVisible(not user and message.parent_id is not None)  # (a question above)
        self.refresh(message)

    def _tool(self, text: str, name: str, slot) -> QToolButton:
        button = QToolButton(self, text=text, accessibleName=name, toolTip=name, autoRaise=True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard where it was
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _describe_actions(self, message: Message) -> None:
        """Tell screen readers which message each button acts on (their names are the same
        in every message): its author and first words."""
        words = " ".join(message.content.split()[:8])
        model = short_name(message) or self.tr("Assistant")
        about = (self.tr("Your message: {words}") if message.role == "user" else
                 self.tr("Answer by {model}: {words}")).format(model=model, words=words)
        for button in (self.prev_button, self.next_button, self.copy_button, self.edit_button,
                       self.regenerate_button, self.regenerate_with_button,
                       self.continue_button, self.delete_button, self.template_button):
            button.setAccessibleDescription(about)

    def refresh(self, message: Message, siblings: list[int] | None = None) -> None:
        """Show a new state of the message (final text, stats, how it ended)."""
        self.message = message
        self.text = message.content
        if siblings is not None:
            self.siblings = siblings
        if message.role == "user":
            self.header.setText(self.tr("You"))
            self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.header.setEnabled(False)
            self.header.setAccessibleName(self.tr("You"))
        else:
            name = short_name(message) or self.tr("Assistant")
            variant = message.sampling.get("variant")  # an evaluation's: its branches apart
            if isinstance(variant, str) and variant and variant != name:
                name = f"{name} · {variant}"
            self.header.setText(name)
            # an icon, not a glyph: symbol fonts differ from machine to machine
            self.header.setIcon(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxInformation))
            self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.header.setAccessibleName(self.tr("Answer by {model}: how it was made")
                                          .format(model=name))
            self.header.setToolTip(self.tr("How this answer was made"))
        self._describe_actions(message)
        self.thinking.show_message(message)
        self.body.set_content(self.text, markdown=message.role == "assistant")
        self.body.setPlaceholderText(empty_answer_text(message))
        # no empty row above the footer of an answer that ended without text and without a
        # note in its place (it failed before its first token): the footer says what happened
        self.body.setVisible(self.editor is None and bool(
            self.text or self.body.placeholderText() or message.finish_reason is None
            or message.role == "user"))
        self._update_footer()
        self._update_branch()
        self.set_busy(message.role == "assistant" and message.finish_reason is None)

    def set_busy(self, busy: bool) -> None:
        """Disable the actions that change the tree while an answer streams."""
        locked = (self.edit_button, self.regenerate_button, self.regenerate_with_button,
                  self.delete_button, self.prev_button, self.next_button, self.continue_button)
        focused = QApplication.focusWidget()
        if busy and focused in locked:  # the keyboard stays on this message
            (self.header if self.header.isEnabled() else self.body).setFocus()
        for button in locked[:-1]:
            button.setEnabled(not busy)
        # (no room after a full context; no use after no text)
        self.continue_button.setVisible(continuable(self.message))
        self.continue_button.setEnabled(not busy)
        self._update_branch(enabled=not busy)

    def _update_branch(self, enabled: bool = True) -> None:
        count = len(self.siblings)
        index = self.siblings.index(self.message.id) if self.message.id in self.siblings else 0
        for widget in (self.prev_button, self.position, self.next_button):
            widget.setVisible(count > 1)
        self.position.setText(f"{index + 1}/{count}")
        self.position.setAccessibleName(self.tr("Version {n} of {count}")
                                        .format(n=index + 1, count=count))
        self.prev_button.setEnabled(enabled and index > 0)
        self.next_button.setEnabled(enabled and index < count - 1)

    def step(self, delta: int) -> None:
        """Show the previous (-1) or next (1) version of this message."""
        index = self.siblings.index(self.message.id) + delta
        if 0 <= index < len(self.siblings):
            self.siblingRequested.emit(self.siblings[index])

    def _fill_models(self) -> None:
        self.with_menu.clear()
        self.with_menu.setToolTipsVisible(True)
        for key, name, why in self._models():
            action = self.with_menu.addAction(name.replace("&", "&&"))  # no mnemonic
            action.setEnabled(not why)  # greyed: its server is not reachable (why says so)
            action.setToolTip(why)
            action.triggered.connect(
                lambda _=False, k=key: self.regenerateWithRequested.emit(self.message.id, k))

    def set_unanswered(self, unanswered: bool) -> None:
        """Mark a question that has no answer (the app ended before one began): it can be
        answered from here."""
        if self.message.role != "user":
            return
        self.regenerate_button.setVisible(unanswered)
        if unanswered:
            self.regenerate_button.setText(self.tr("Answer"))
            self.regenerate_button.setToolTip(self.tr("Write an answer to this message"))
            self.regenerate_button.setAccessibleName(self.tr("Write an answer to this message"))
        self.footer.setText(self.tr("No answer yet.") if unanswered else "")
        self.footer.setVisible(unanswered)

    def begin_edit(self) -> EditBox:
        """Edit the message where it is: Save sends it as a new branch, Cancel (Esc) keeps
        the message as it was."""
        if self.editor is None:
            self._focus_before_edit = QApplication.focusWidget()
            self.editor = EditBox(self.text, self)
            self.editor.saved.connect(self._save_edit)
            self.editor.cancelled.connect(self.end_edit)
            self.layout().insertWidget(self.layout().indexOf(self.body) + 1, self.editor)
        self.body.hide()
        self._show_actions(False)
        self.editor.show()
        self.editor.edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on the end
        self.editor.edit.setFocus()
        return self.editor

    def end_edit(self) -> None:
        """Leave the editor (the message stays as it is); the keyboard goes back where it
        was before editing (the message box after Ctrl+E), else to the Edit button."""
        editing = self.editor is not None and self.editor.isAncestorOf(
            QApplication.focusWidget())
        if self.editor is not None:
            self.editor.hide()
            self.editor.deleteLater()
            self.editor = None
        self.body.show()
        self._show_actions(True)
        before, self._focus_before_edit = self._focus_before_edit, None
        if editing:
            back = before if _can_take_focus(before, self) else self.edit_button
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_edit(self, text: str) -> None:
        self.end_edit()
        if text.strip() and text != self.text:
            self.editSubmitted.emit(self.message.id, text)

    def _show_actions(self, visible: bool) -> None:
        """Hide the action row while editing; bring back the buttons it hid."""
        if visible:
            for button in self._hidden_actions:
                button.show()
            self._hidden_actions = []
            return
        row = (self._actions.itemAt(i).widget() for i in range(self._actions.count()))
        self._hidden_actions = [w for w in row if w is not None and w.isVisibleTo(self)]
        for button in self._hidden_actions:
            button.hide()

    def show_live_stats(self, stats: str) -> None:
        """While the answer streams: "Writing…" with its numbers so far."""
        self.footer.setText(" · ".join(p for p in (self.tr("Writing…"), stats) if p))
        self.footer.show()

    def append(self, piece: str) -> None:
        """Add streamed text."""
        if piece.strip():
            self.thinking.end_live()
        self.text += piece
        if self.editor is None:
            self.body.show()
        self.body.append_text(piece)

    def append_reasoning(self, piece: str) -> None:
        """Add streamed reasoning (shown in the collapsed Thinking section)."""
        self.thinking.append(piece)

    def catch_up(self, text: str, reasoning: str = "") -> None:
        """Show a streaming answer's text and reasoning so far (after signals this bubble
        never saw)."""
        self.thinking.catch_up(reasoning, text)
        self.text = text
        self.body.set_content(text, markdown=True)

    def show_provenance(self) -> ProvenancePopup:
        """Open the popover telling how the answer was made."""
        popup = ProvenancePopup(self.message, self)
        popup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        popup.show_at(self.header.mapToGlobal(self.header.rect().bottomLeft()))
        return popup

    def copy(self, markdown: bool, sources: str = "") -> None:
        """Put the message on the clipboard as Markdown or as plain text (sources: the
        Markdown list of the documents it cites, put after it)."""
        data = QMimeData()  # (without the line breaks the text ends with)
        if markdown:
            text = self.text.rstrip() + ("\n\n" + sources if sources else "")
            data.setText(text)
            data.setData("text/markdown", text.encode("utf-8"))
        else:
            plain = sources.replace("**", "")
            data.setText(self.body.plain_text().rstrip() + ("\n\n" + plain if plain else ""))
        QGuiApplication.clipboard().setMimeData(data)
        _keep_plain_at_exit(data)

    def _update_footer(self) -> None:
        message = self.message
        note = ""
        if message.role == "assistant":
            reason = message.finish_reason
            if reason is None:
                note = self.tr("Writing…")
            elif reason == "stopped" and (message.completion_tokens or message.content.strip()):
                note = self.tr("Stopped")  # (no numbers from a model process stopped by force)
            elif reason == "interrupted":
                note = self.tr("Interrupted: the app closed before this answer was finished")
            elif reason == "length" and message.filled_context:
                note = self.tr("Cut off where the context was full")
            elif reason == "length":
                note = self.tr("Cut off at the token limit")
            elif reason == "error":
                note = self.tr("This answer failed: {reason}").format(
                    reason=answer_error_text(message))
            if reason in ("stop", "length") and not message.content.strip() \
                    and not (message.reasoning or "").strip():
                note = " · ".join(p for p in (self.tr("The model gave no visible text"), note)
                                  if p)
            if message.dropped_messages:
                dropped = message.dropped_messages
                note = " · ".join(p for p in (
                    self.tr("The oldest message was left out to fit the context") if dropped == 1
                    else self.tr("{n} oldest messages were left out to fit the context")
                    .format(n=dropped), note) if p)
            stats = stats_text(message)
            note = " · ".join(p for p in (note, stats) if p)
        self.footer.setText(note)
        self.footer.setVisible(bool(note))
        self.setProperty("failed", message.finish_reason == "error")
        self.template_button.setVisible(message.finish_reason == "error" and is_template_fault(
            stored_error(message.error_data)))
        self.style().unpolish(self)
        self.style().polish(self)


def _can_take_focus(widget: QWidget | None, near: QWidget) -> bool:
    """Whether widget still exists, is shown and enabled in near's window, and takes the
    keyboard."""
    try:
        return (widget is not None and widget.window() is near.window()
                and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus)
    except RuntimeError:  # deleted since (its bubble was shown again)
        return False


class EditBox(QWidget):
    """A message's text being edited in its bubble, with Save and Cancel.

    Enter saves (as in the message box; Shift+Enter starts a new line), Esc cancels
    (before the window's Esc, which stops an answer).
    """

    saved = Signal(str)
    cancelled = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit(self, plainText=text, accessibleName=self.tr("Edit message"),
                                   tabChangesFocus=True)
        self.edit.installEventFilter(self)
        lines = max(3, min(12, text.count("\n") + 2))
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * lines + 16)
        hint = Label(self.tr("Enter sends the edited message as a new branch (Shift+Enter: a "
                             "new line); the old one stays (‹ ›)."), self, wordWrap=True,
                     objectName="bubbleFooter")
        self.save_button = QPushButton(self.tr("Save and send"), self, default=True,
                                       clicked=lambda: self.saved.emit(self.edit.toPlainText()))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancelled)
        column = fill(QVBoxLayout(self), self.edit,
                      fill(QHBoxLayout(), (hint, 1), self.cancel_button, self.save_button))
        column.setContentsMargins(0, 0, 0, 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Esc and Enter in the text box."""
        if watched is self.edit and isinstance(event, QKeyEvent):
            escape = event.key() == Qt.Key.Key_Escape
            send = (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if event.type() == QEvent.Type.ShortcutOverride and (escape or send):
                event.accept()  # ours, not the window's shortcuts
                return True
            if event.type() == QEvent.Type.KeyPress and escape:
                self.cancelled.emit()
                return True
            if event.type() == QEvent.Type.KeyPress and send:
                self.saved.emit(self.edit.toPlainText())
                return True
        return super().eventFilter(watched, event)


_copied: list[QMimeData] = []  # the data this process put on the clipboard last


def _keep_plain_at_exit(data: QMimeData) -> None:
    """Before Python ends, put the plain text of data there again as data of Qt's own, if
    the clipboard still holds data (not something copied in another program since). Data
    made in Python that Qt's clipboard still holds when the process exits is deleted after
    Python has ended, and PySide6 then crashes the process (seen on the offscreen platform)."""
    if not _copied:
        atexit.register(_swap_copied)
    _copied[:] = [data]


def _swap_copied() -> None:
    data = _copied.pop() if _copied else None
    if data is None or QGuiApplication.instance() is None or not shiboken6.isValid(data):
        return
    clipboard = QGuiApplication.clipboard()
    held = clipboard.mimeData()
    if held is not None and shiboken6.getCppPointer(held) == shiboken6.getCppPointer(data):
        clipboard.setText(data.text())
