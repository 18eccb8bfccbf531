"""The conversation as bubbles: user turns, streamed answers, their provenance, branch arrows
and actions (copy, edit, regenerate, continue, delete).

Only a window of the branch is made into widgets (the last messages, or those around a
search hit); "Show earlier messages" extends it, so a long conversation opens at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from chatapp.store import Message
from chatapp.ui.bubble import Bubble
from chatapp.ui.layouts import fill

PAGE = 40  # messages made into widgets at once ("Show earlier messages")
FIRST_PAGE = 10  # messages made into widgets when a conversation opens


class ChatView(QScrollArea):
    """A scrolling column of bubbles; follows new text while scrolled to the bottom.

    Signals:
        actionRequested(str, int), regenerateWithRequested(int, str),
        siblingRequested(int): from the bubbles, see Bubble.

    Attributes:
        messages: the whole branch shown; bubbles exist for messages[start:end].
        siblings_for: called with messages, returns {id: sibling ids} (set by the window).
        models_for_menu: called for the "Regenerate with…" menu: [(model key, name, why it
            cannot answer now or "")].
        on_bubble: called with each new bubble (the window adds its Sources list).
        marked: the words of a search whose hit is shown (selected in its message).
        focus_home: where the keyboard goes when the message it was on is no longer shown
            (the message box).
    """

    actionRequested = Signal(str, int)
    regenerateWithRequested = Signal(int, str)
    siblingRequested = Signal(int)
    editSubmitted = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_bubble: Callable[[Bubble], None] | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName("chatView")  # (its frame shows where the keyboard is)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Conversation"))
        self._content = QWidget(self, objectName="chatContent")
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(16, 16, 16, 16)
        self._column.setSpacing(12)
        self.earlier_button = QPushButton(self.tr("Show earlier messages"), self._content,
                                          flat=True)  # (Enter presses it: AppFilters)
        self.earlier_button.clicked.connect(self.show_earlier)
        self.later_button = QPushButton(self.tr("Show later messages"), self._content,
                                        flat=True)
        self.later_button.clicked.connect(self.show_later)
        fill(self._column, self.earlier_button, self.later_button, 1)
        self.setWidget(self._content)
        self.bubbles: list[Bubble] = []
        self.messages: list[Message] = []
        self.start = 0
        self.end = 0
        self.siblings_for: Callable[[list[Message]], dict[int, list[int]]] = \
            lambda ms: {m.id: [m.id] for m in ms}
        self.models_for_menu: Callable[[], list[tuple[str, str, str]]] = lambda: []
        self.marked = ""
        self.empty_state: QWidget | None = None
        self.focus_home: QWidget | None = None  # the keyboard's place when its message went
        # the empty state is read from its top
        self.follower = EndFollower(self.verticalScrollBar(), lambda: bool(self.messages))
        self._update_buttons()

    def set_empty_state(self, widget: QWidget) -> None:
        """Show widget (a welcome) instead of bubbles while the branch has no messages."""
        self.empty_state = widget
        self._column.insertWidget(0, widget)
        widget.setVisible(not self.messages)
        self.order_tabs()

    def _update_empty_state(self) -> None:
        if self.empty_state is not None:
            self.empty_state.setVisible(not self.messages)

    def clear(self) -> None:
        """Remove every bubble."""
        for bubble in self.bubbles:
            holder = bubble.parentWidget()
            holder.hide()
            self._column.removeWidget(holder)
            holder.deleteLater()
        self.bubbles.clear()

    def show_messages(self, messages: list[Message], around: int | None = None,
                      focus: bool = True) -> None:
        """Show a branch: its last messages, or those around the message with id around
        (given the focus, unless focus is False or the keyboard went elsewhere meanwhile: to
        the message box, from a search hit opened with Enter). The keyboard stays where it
        was in the messages: on the same part of the same message, else of the one shown at
        its place now (a new version), else in focus_home."""
        spot = self._focus_spot()
        self.clear()
        self.messages = list(messages)
        index = next((i for i, m in enumerate(messages) if m.id == around), None)
        if index is None:
            self.end = len(messages)
            self.start = max(0, self.end - FIRST_PAGE)
        else:
            self.start = max(0, index - 4)
            self.end = min(len(messages), self.start + FIRST_PAGE)
        self._make(self.messages[self.start:self.end], at_end=True)
        self._update_buttons()
        self._update_empty_state()
        if spot is not None:
            self._restore_focus(*spot)
        self.follower.on = index is None
        if not self.messages:  # a new chat's welcome is read from its top
            QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(0))
        elif index is None:
            QTimer.singleShot(0, self.scroll_to_end)
        else:
            before = QApplication.focusWidget()  # (moved meanwhile: it stays where it went)
            QTimer.singleShot(0, lambda: self.scroll_to_message(
                around, focus and QApplication.focusWidget() is before))

    def _focus_spot(self) -> tuple[int, int, str, tuple[int, int | None]] | None:
        """Where the keyboard is among the bubbles: (message id, its index in messages, the
        bubble's attribute that holds the focused widget, (conversation id, parent id) of the
        message); None when it is elsewhere."""
        focused = QApplication.focusWidget()
        if focused is None:
            return None
        for offset, bubble in enumerate(self.bubbles):
            if focused is bubble or bubble.isAncestorOf(focused):
                parts = [(name, part) for name, part in vars(bubble).items()
                         if isinstance(part, QWidget)]
                name = next((n for n, part in parts if part is focused), None) or next(
                    (n for n, part in parts if part.isAncestorOf(focused)), "body")
                message = bubble.message
                return message.id, self.start + offset, name, (message.conversation_id,
                                                              message.parent_id)
        return None

    def _restore_focus(self, message_id: int, index: int, name: str,
                       under: tuple[int, int | None]) -> None:
        """Give the keyboard to the part name of the bubble of message_id, else of the
        message now at index if it is a version of it (the same conversation and parent),
        else of its text, else to focus_home."""
        bubble = self.bubble_for(message_id)
        if bubble is None and self.start <= index < self.end:
            there = self.bubbles[index - self.start].message
            bubble = self.bubbles[index - self.start] \
                if (there.conversation_id, there.parent_id) == under else None
        target = None
        if bubble is not None:
            for part in (getattr(bubble, name, None), bubble.header, bubble.body):
                if isinstance(part, QWidget) and part.isEnabled() and part.isVisibleTo(bubble) \
                        and part.focusPolicy() != Qt.FocusPolicy.NoFocus:
                    target = part
                    break
        target = target or self.focus_home
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _make(self, messages: list[Message], at_end: bool) -> list[Bubble]:
        siblings = self.siblings_for(messages) if messages else {}
        made = []
        for offset, message in enumerate(messages):
            bubble = self._bubble(message, siblings.get(message.id))
            position = ((self._column.count() - 2) if at_end
                        else self._column.indexOf(self.earlier_button) + 1 + offset)
            self._column.insertWidget(position, bubble.parentWidget())
            made.append(bubble)
        if at_end:
            self.bubbles.extend(made)
        else:
            self.bubbles[:0] = made
        self._mark_unanswered()
        self.order_tabs()
        return made

    def order_tabs(self) -> None:
        """Tab goes through what the view shows top to bottom, right after the view itself
        (bubbles are made after the window's other widgets, which would put them last)."""
        previous: QWidget = self
        for index in range(self._column.count()):
            widget = self._column.itemAt(index).widget()
            for stop in tab_stops(widget) if widget is not None else ():
                QWidget.setTabOrder(previous, stop)
                previous = stop

    def _mark_unanswered(self) -> None:
        """Offer an answer where the branch ends with the user's message."""
        last = self.messages[-1].id if self.messages else None
        for bubble in self.bubbles[-2:]:
            bubble.set_unanswered(bubble.message.id == last)

    def _bubble(self, message: Message, siblings: list[int] | None) -> Bubble:
        bubble = Bubble(message, siblings, self.models_for_menu)
        bubble.actionRequested.connect(self.actionRequested)
        bubble.regenerateWithRequested.connect(self.regenerateWithRequested)
        bubble.siblingRequested.connect(self.siblingRequested)
        bubble.editSubmitted.connect(self.editSubmitted)
        if self.on_bubble is not None:
            self.on_bubble(bubble)
        row = (fill(QHBoxLayout(), 1, (bubble, 4)) if message.role == "user"
               else fill(QHBoxLayout(), (bubble, 6), 0))
        row.setContentsMargins(0, 0, 0, 0)
        holder = QWidget(self._content)
        holder.setLayout(row)
        return bubble

    def add_message(self, message: Message) -> Bubble:
        """Add a bubble at the end (the view moves to the end of the branch first)."""
        if self.end < len(self.messages):
            self.show_messages(self.messages)
        self.messages.append(message)
        self.end = len(self.messages)
        (bubble,) = self._make([message], at_end=True)
        self._update_empty_state()
        return bubble

    def reveal(self, message_id: int) -> Bubble | None:
        """The bubble of a message of the branch, made first where it is outside the part
        shown (the part shown becomes the branch's end when it is the last message, else the
        messages around it, scrolled to); None when the branch does not hold it."""
        bubble = self.bubble_for(message_id)
        index = next((i for i, m in enumerate(self.messages) if m.id == message_id), None)
        if bubble is None and index is not None:
            last = index == len(self.messages) - 1
            self.show_messages(self.messages, None if last else message_id, focus=False)
            bubble = self.bubble_for(message_id)
        return bubble

    def show_earlier(self) -> None:
        """Make widgets for the page of messages before the first shown; the message that
        was first stays where it was on screen (and takes the keyboard from the button, once
        the button goes: see _leave_button)."""
        if self.start == 0:
            return
        anchor = self.bubbles[0] if self.bubbles else None
        offset = anchor.parentWidget().y() - self.verticalScrollBar().value() if anchor else 0
        new_start = max(0, self.start - PAGE)
        self.follower.on = False  # (a grown range would take the view to the end)
        self._make(self.messages[new_start:self.start], at_end=False)
        self.start = new_start
        if new_start == 0:
            self._leave_button(self.earlier_button, anchor)  # (not to the first message)
        self._update_buttons()
        if anchor is not None:
            self._keep_at(anchor, offset)
            QTimer.singleShot(0, lambda: self._keep_at(anchor, offset))

    def _keep_at(self, bubble: Bubble, offset: int) -> None:
        """Scroll so that bubble's top is offset pixels below the view's top."""
        if bubble in self.bubbles:
            self._content.adjustSize()
            self.verticalScrollBar().setValue(bubble.parentWidget().y() - offset)

    def show_later(self) -> None:
        """Make widgets for the page of messages after the last shown (the one that was last
        takes the keyboard from the button, once the button goes)."""
        anchor = self.bubbles[-1] if self.bubbles else None
        new_end = min(len(self.messages), self.end + PAGE)
        self._make(self.messages[self.end:new_end], at_end=True)
        self.end = new_end
        if new_end == len(self.messages):
            self._leave_button(self.later_button, anchor)
        self._update_buttons()

    def _leave_button(self, button: QPushButton, anchor: Bubble | None) -> None:
        """The keyboard, on a paging button about to go, goes to anchor as a whole (an
        answer's "ⓘ model"), else to focus_home; never into a message's text, where it would
        be a caret."""
        if not button.hasFocus():
            return
        target = anchor.header if anchor is not None and anchor.header.isEnabled() \
            else self.focus_home
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        self.earlier_button.setVisible(self.start > 0)
        self.later_button.setVisible(self.end < len(self.messages))

    def replace(self, message: Message) -> None:
        """Keep a new state of a shown message (its final text, stats)."""
        for index in range(len(self.messages) - 1, -1, -1):
            if self.messages[index].id == message.id:
                self.messages[index] = message
                return

    def unmark(self) -> None:
        """The search is over or another: the words it found are no longer selected."""
        self.marked = ""
        for bubble in self.bubbles:
            cursor = bubble.body.textCursor()
            if cursor.hasSelection():
                cursor.clearSelection()
                bubble.body.setTextCursor(cursor)

    def bubble_for(self, message_id: int) -> Bubble | None:
        """The bubble showing a message."""
        return next((b for b in reversed(self.bubbles) if b.message.id == message_id), None)

    def in_view(self, widget: QWidget) -> bool:
        """Whether some of widget (a bubble) shows in the scrolled area's visible part."""
        corner = widget.mapTo(self.viewport(), QPoint(0, 0))
        return widget.isVisible() and QRect(corner, widget.size()).intersects(
            self.viewport().rect())

    def set_busy(self, busy: bool) -> None:
        """Lock the tree actions of every bubble while an answer streams."""
        for bubble in self.bubbles:
            bubble.set_busy(busy or bubble.message.finish_reason is None
                            and bubble.message.role == "assistant")

    def editing(self) -> bool:
        """Whether a message is being edited (its editor is open)."""
        return any(bubble.editor is not None for bubble in self.bubbles)

    def scroll_to_end(self) -> None:
        """Show the last message."""
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def scroll_to_message(self, message_id: int | None, focus: bool = True) -> None:
        """Bring a message into view and give it the focus (unless focus is False, or a list
        has it: the search hits a user goes through with the arrows)."""
        bubble = self.bubble_for(message_id) if message_id is not None else None
        if bubble is None:
            return
        self._content.adjustSize()
        self.ensureWidgetVisible(bubble, 0, 40)
        top = bubble.parentWidget().y()
        self.verticalScrollBar().setValue(max(0, top - 16))
        if self.marked:  # a search hit: the words found (else the first of them) selected
            bubble.body.moveCursor(QTextCursor.MoveOperation.Start)
            bubble.body.find(self.marked) or bubble.body.find(self.marked.split()[0])
        if focus and not isinstance(QApplication.focusWidget(), QAbstractItemView):
            bubble.body.setFocus()



class EndFollower(QObject):
    """Keeps a scroll bar at its end while what it scrolls grows (and while active() says
    so), until the user scrolls up; back at the end, it follows again.

    Attributes:
        on: whether it follows now.
    """

    def __init__(self, bar: QScrollBar, active: Callable[[], bool]) -> None:
        super().__init__(bar)
        self.bar, self.active, self.on = bar, active, True
        bar.rangeChanged.connect(self._grown)
        bar.valueChanged.connect(self._scrolled)

    def _grown(self, _low: int, high: int) -> None:
        if self.on and self.active():
            self.bar.setValue(high)

    def _scrolled(self, value: int) -> None:
        self.on = value >= self.bar.maximum() - 8


def tab_stops(widget: QWidget) -> list[QWidget]:
    """widget and the widgets inside it that Tab can reach, in the order they were made."""
    stops = [widget] if widget.focusPolicy() & Qt.FocusPolicy.TabFocus else []
    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow():
            stops += tab_stops(child)
    return stops
