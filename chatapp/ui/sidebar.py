"""The list of conversations (pinned, then Today / Yesterday / Last 7 days / Older, then the
evaluation runs, each folding its conversations away), and full-text search whose hits,
with the matching words marked, jump to their message."""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import html
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from chatapp.library_model import without_gguf
from chatapp.store import HIT_END, HIT_START, Conversation, EvalRunRecord, SearchHit
from chatapp.ui.label import Label
from chatapp.ui.layouts import fill
from chatapp.units import format_time

ID_ROLE = Qt.ItemDataRole.UserRole
MESSAGE_ROLE = Qt.ItemDataRole.UserRole + 1
PINNED_ROLE = Qt.ItemDataRole.UserRole + 2
RUN_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_HITS = 50  # the most search hits listed


def date_group(timestamp: float, now: dt.datetime | None = None) -> int:
    """0 today, 1 yesterday, 2 in the last 7 days, 3 older (local time)."""
    now = now or dt.datetime.now()
    try:
        day = dt.datetime.fromtimestamp(timestamp).date()
    except (OverflowError, OSError, ValueError):  # a time no calendar here can show
        return 3
    # the days ago each group after today's begins at: yesterday, 2 days, a week
    return bisect.bisect_right((1, 2, 7), (now.date() - day).days)


def hit_html(snippet: str) -> str:
    """A search excerpt as rich text with the matches in bold; everything else escaped."""
    text = html.escape(snippet)
    return text.replace(HIT_START, "<b><u>").replace(HIT_END, "</u></b>")


class _List(QListWidget):
    """The conversation list. Attributes: entering: the keyboard is coming into it (Qt makes
    the first row current when Tab comes into a list with none: that opens nothing, so a new
    chat's draft stays; arrows and Enter do)."""

    entering = False

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.entering = True
        try:
            super().focusInEvent(event)
        finally:
            self.entering = False


class Sidebar(QWidget):
    """Conversations, pinned first, then by date; or search hits.

    Signals:
        newRequested(): the user wants an empty conversation.
        selected(int): a conversation was chosen.
        hitActivated(int, int): a search hit was chosen: conversation id, message id.
        writeRequested(): Enter (or a double click) on a conversation or hit: the keyboard
            goes to the message box.
        renameRequested(int), deleteRequested(int), exportRequested(int): for a conversation.
        pinRequested(int, bool): pin or unpin a conversation.
        searchChanged(str): the search text changed (after a short pause).
        compareRequested(int): open a conversation side by side.
        runDeleteRequested(int): move an evaluation run and its conversations to the trash.
        runReportRequested(int): open an evaluation run's report.

    Attributes:
        conversations_of: gives an evaluation run's conversations (by run id), listed
            under the run while it is unfolded.
        expanded: the ids of the unfolded runs.
    """

    newRequested = Signal()
    selected = Signal(int)
    hitActivated = Signal(int, int)
    writeRequested = Signal()
    renameRequested = Signal(int)
    deleteRequested = Signal(int)
    exportRequested = Signal(int)
    pinRequested = Signal(int, bool)
    searchChanged = Signal(str)
    compareRequested = Signal(int)
    runDeleteRequested = Signal(int)
    runReportRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writing: int | None = None
        self.setObjectName("sidebar")
        self.setMinimumWidth(150)  # titles stay readable when the window narrows
        self.new_button = QPushButton(self.tr("New chat"), self, objectName="newChatButton",
                                      accessibleName=self.tr("New chat"))
        self.search = QLineEdit(self, placeholderText=self.tr("Search conversations"),
                                accessibleName=self.tr("Search conversations"),
                                clearButtonEnabled=True)
        self.list = _List(self, accessibleName=self.tr("Conversations"),
                          horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
                          textElideMode=Qt.TextElideMode.ElideRight,
                          contextMenuPolicy=Qt.ContextMenuPolicy.CustomContextMenu,
                          wordWrap=True)
        self.list.installEventFilter(self)
        self.search.installEventFilter(self)
        self.list.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.new_button.ensurePolished()  # (its text in the theme's bold) is never cut
        self.setMinimumWidth(max(150, self.new_button.sizeHint().width() + 16))
        fill(layout, self.new_button, self.search, (self.list, 1))
        self._search_timer = QTimer(self, singleShot=True, interval=150,
                                    timeout=lambda: self.searchChanged.emit(self.search.text()))
        self.new_button.clicked.connect(self.newRequested)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._first_hit)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemSelectionChanged.connect(self._paint_hits)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._clicked)
        self.list.customContextMenuRequested.connect(self._menu)
        self._filling = False
        self._opened: int | None = None  # the conversation the window shows
        self._jumped: tuple[int, int] | None = None  # the hit last gone to
        self.showing_hits = False
        self.conversations_of: Callable[[int], list[Conversation]] = lambda _run_id: []
        self.expanded: set[int] = set()
        self._shown: tuple = ([], None, None, [])
        self._toggled = 0.0

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        font = item.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(font)
        self.list.addItem(item)

    def set_conversations(self, conversations: list[Conversation], current: int | None,
                          writing: int | None = None,
                          runs: list[EvalRunRecord] | None = None) -> None:
        """Show conversations grouped (pinned, then by date), then the evaluation runs (an
        unfolded one with its conversations), and select the current one; the one whose
        answer is being written (writing) says so."""
        runs = runs or []
        self._shown = (conversations, current, writing, runs)
        self._opened = current
        self._filling = True
        self._writing = writing
        self.showing_hits = False
        self._jumped = None
        self.list.clear()
        groups = [self.tr("Today"), self.tr("Yesterday"), self.tr("Last 7 days"),
                  self.tr("Older")]
        pinned = [c for c in conversations if c.pinned]
        others = [c for c in conversations if not c.pinned]
        if pinned:
            self._header(self.tr("Pinned"))
            for conversation in pinned:
                self._add(conversation, current)
        shown_group = None
        now = dt.datetime.now()
        for conversation in others:
            group = date_group(conversation.updated_at, now)
            if group != shown_group:
                self._header(groups[group])
                shown_group = group
            self._add(conversation, current)
        if runs:
            self._header(self.tr("Evaluation runs"))
        alike = [(run.name, run.prompts, tuple(run.model_names)) for run in runs]
        for run, key in zip(runs, alike, strict=True):
            # runs alike but for their folders and times: the folder early, where a narrow
            # list does not cut it off
            self._add_run(run, self._run_text(run, Path(run.folder).name
                                              if alike.count(key) > 1 else ""))
            if run.id in self.expanded:
                for conversation in self.conversations_of(run.id):
                    self._add(conversation, current, run)
        self._filling = False

    def _run_text(self, run: EvalRunRecord, folder: str = "") -> str:
        """How a run is named in the list: its name (and folder, when given), its variants,
        its size (prompts × variants) where it is complete, else the answers made well of
        those asked, with the size they come from; then when it was made."""
        from chatapp.compare.report_variants import run_file, run_repeats

        models = run.model_names  # the variants' names (a model as it is: its file)
        variants = (" & ".join(without_gguf(m) for m in models) if len(models) <= 2  # runs apart
                    else self.tr("{n} variants").format(n=len(models)))
        name = f"{run.name} ({folder})" if folder else run.name
        repeats = run_repeats(run_file(Path(run.folder)))
        asked = run.prompts * len(models) * repeats  # the answers the run asks for
        prompts = (self.tr("1 prompt") if run.prompts == 1
                   else self.tr("{n} prompts").format(n=run.prompts))
        if run.answers < asked:  # stopped (or going on) part way: one count
            size = [prompts, self.tr("1 variant") if len(models) == 1
                    else self.tr("{n} variants").format(n=len(models))]
            if repeats > 1:
                size.append(self.tr("{n} repeats").format(n=repeats))
            made = self.tr("{done} of {total} answers ({size})").format(
                done=run.answers, total=asked, size=" × ".join(size))
            text = " · ".join([name, variants, made] if len(models) <= 2 else [name, made])
        else:
            text = self.tr("{name} · {prompts} × {models}").format(
                name=name, prompts=prompts, models=variants)
        return text + f" · {format_time(run.created_at)}"

    def _add_run(self, run: EvalRunRecord, text: str) -> None:
        """A run's row (text: see _run_text); activating it folds or unfolds its answers."""
        unfolded = run.id in self.expanded
        models = run.model_names
        item = QListWidgetItem(("▾ " if unfolded else "▸ ") + text)
        item.setData(RUN_ROLE, run.id)
        spoken = (self.tr("Evaluation run {run}, answers shown") if unfolded
                  else self.tr("Evaluation run {run}, answers folded")).format(run=text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip("\n".join([spoken, ", ".join(models), run.folder]))
        self.list.addItem(item)

    def set_run_expanded(self, run_id: int, unfolded: bool = True) -> None:
        """Unfold (or fold) a run's conversations under it."""
        if unfolded:
            self.expanded.add(run_id)
        else:
            self.expanded.discard(run_id)
        if not self.showing_hits:
            conversations, current, writing, runs = self._shown
            self.set_conversations(conversations, current, writing, runs)
            for item in self.run_items():
                if item.data(RUN_ROLE) == run_id:  # the keyboard stays where it was
                    self._filling = True
                    self.list.setCurrentItem(item)
                    self._filling = False

    def run_items(self) -> list[QListWidgetItem]:
        """The rows that are evaluation runs."""
        return self._rows(RUN_ROLE)

    def _rows(self, role: int | None = None) -> list[QListWidgetItem]:
        """The list's rows, in order; with role, those that hold data of that role."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item for item in items if role is None or item.data(role) is not None]

    def _add(self, conversation: Conversation, current: int | None,
             run: EvalRunRecord | None = None) -> None:
        title = " ".join(conversation.title.split()) or self.tr("New conversation")  # one line
        if run is not None and title.startswith(run.name + " · "):
            title = title[len(run.name) + 3:]  # the run's name is on the row above
        writing = conversation.id == self._writing
        compared = conversation.kind in ("compare", "arena")
        # the mark of the answer being written first: the list cuts a long title's end off
        item = QListWidgetItem(("      " if run is not None else "")
                               + ("✎ " if writing else "")
                               + ("★ " if conversation.pinned else "")
                               + (conversation.mark + " " if conversation.mark and run is None
                                  else "") + title)
        item.setData(ID_ROLE, conversation.id)
        item.setData(PINNED_ROLE, bool(conversation.pinned))
        spoken = (self.tr("{title} (pinned)").format(title=title) if conversation.pinned
                  else title)
        if compared and run is None:
            spoken = self.tr("{title} (side by side)").format(title=spoken)
        if conversation.kind == "api":
            spoken = self.tr("{title} (from another program, through the local API)").format(
                title=spoken)
        if writing:
            spoken = self.tr("{title} (an answer is being written)").format(title=spoken)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        item.setToolTip(spoken)
        self.list.addItem(item)
        if conversation.id == current:
            self.list.setCurrentItem(item)

    def set_hits(self, hits: list[SearchHit], most: int | None = None,
                 current: int | None = None) -> None:
        """Show search results: each with its conversation's title and marked excerpt; the
        first most of them, and a line that says there are more when hits has more. The
        current conversation's hit is marked: the one marked before when it is listed again,
        else its first."""
        before = self.list.currentItem() if self.showing_hits else None
        marked = before.data(MESSAGE_ROLE) if before is not None else None
        self._filling = True
        self.showing_hits = True
        self.list.clear()
        if not hits:
            self._header(self.tr("No matches"))
        for hit in hits[:most]:
            item = QListWidgetItem()
            item.setData(ID_ROLE, hit.conversation_id)
            item.setData(MESSAGE_ROLE, hit.message_id)
            plain = hit.plain
            title = hit.conversation_title or self.tr("New conversation")
            who = {"user": self.tr("You"), "assistant": self.tr("Answer")}.get(hit.role, "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}: {who} {plain}")
            who = f"<i>{html.escape(who)}:</i> " if who else ""  # which message of the two
            label = Label(f"<b>{html.escape(title)}</b><br>{who}{hit_html(hit.snippet)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 3, 4, 3)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
            self._fit_hit(item, label)
        ours = [i for i in self.conversation_items() if i.data(ID_ROLE) == current]
        self.list.setCurrentItem(next((i for i in ours if i.data(MESSAGE_ROLE) == marked),
                                      ours[0] if ours else None))
        if most is not None and len(hits) > most:
            self._header(self.tr("Only the first {count} are shown").format(count=most))
            self.list.item(self.list.count() - 1).setToolTip(
                self.tr("Add a word to the search to find fewer conversations."))
        self._filling = False
        self._paint_hits()

    def _fit_hit(self, item: QListWidgetItem, label: QLabel) -> None:
        """Wrap a hit's text to the list's width now."""
        width = max(40, self.list.viewport().width() - 8)  # the item is drawn 8 px in
        label.setFixedWidth(width)
        height = label.heightForWidth(width)
        item.setSizeHint(QSize(width, height + 18) if height >= 0 else label.sizeHint()
                         .expandedTo(label.minimumSizeHint()).grownBy(label.contentsMargins()))

    def _fit_hits(self) -> None:
        """Wrap every hit again (the list's width changed)."""
        if self.showing_hits:
            for item in self._rows():
                label = self.list.itemWidget(item)
                if isinstance(label, QLabel):
                    self._fit_hit(item, label)

    def select(self, conversation_id: int | None) -> bool:
        """Select a conversation's row without telling anyone; False (and no row selected)
        if it is not listed."""
        item = next((i for i in self.conversation_items() if i.data(ID_ROLE) == conversation_id),
                    None)
        self._filling = True
        self.list.setCurrentItem(item)
        self._filling = False
        return item is not None

    @contextlib.contextmanager
    def keeping(self, conversation_id: int | None) -> Iterator[None]:
        """Select conversation_id's row again when what runs inside fails (the conversation
        shown stays, and its row with it)."""
        try:
            yield
        except Exception:
            self.select(conversation_id)
            raise

    def conversation_items(self) -> list[QListWidgetItem]:
        """The rows that are conversations (or hits), without the group headings."""
        return self._rows(ID_ROLE)

    def row_of(self, conversation_id: int) -> int:
        """The list row of a conversation (-1: not listed)."""
        return next((row for row, item in enumerate(self._rows())
                     if item.data(ID_ROLE) == conversation_id), -1)

    def id_near(self, row: int) -> int | None:
        """The conversation now at row (or the last one above it), as after a deletion there;
        None when none is listed or row is -1."""
        rows = [at for at, item in enumerate(self._rows()) if item.data(ID_ROLE) is not None]
        near = next((at for at in rows if at >= row), rows[-1] if rows else None)
        return self.list.item(near).data(ID_ROLE) if near is not None and row >= 0 else None

    def go_near(self, row: int) -> None:
        """Put the keyboard on the conversation now at row (or the last one above it), as
        after a deletion there, without opening it (Enter does) or changing which row is
        marked; nothing when none is listed or row is -1."""
        near = self.id_near(row)
        if near is None:
            return
        self._filling = True
        self.list.selectionModel().setCurrentIndex(
            self.list.model().index(self.row_of(near), 0),
            QItemSelectionModel.SelectionFlag.NoUpdate)
        self._filling = False

    def current_id(self) -> int | None:
        """The selected conversation."""
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item else None

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        if item is None or self._filling or self.list.entering or item.data(ID_ROLE) is None:
            return
        if self.showing_hits:
            self._jump(item)
        else:
            self._opened = item.data(ID_ROLE)
            self.selected.emit(item.data(ID_ROLE))

    def _activated(self, item: QListWidgetItem) -> None:
        if self.showing_hits and item.data(ID_ROLE) is not None:
            self._jump(item)
        elif item.data(ID_ROLE) is not None and item.data(ID_ROLE) != self._opened:
            self._current_changed(item, None)  # the row Tab came to, opened with Enter
        if item.data(ID_ROLE) is not None and self.list.hasFocus():
            self.writeRequested.emit()

    def _jump(self, item: QListWidgetItem) -> None:
        """Open a hit's conversation at its message."""
        self._jumped = (item.data(ID_ROLE), item.data(MESSAGE_ROLE))
        self.hitActivated.emit(*self._jumped)

    def _clicked(self, item: QListWidgetItem) -> None:
        run_id = item.data(RUN_ROLE)
        if run_id is None:
            self._activated(item)
            return
        now = time.monotonic()
        if now - self._toggled < QApplication.doubleClickInterval() / 1000:
            return  # the second click of a double click
        self._toggled = now
        self._toggle_later(run_id)

    def _toggle_later(self, run_id: int) -> None:
        # after the signal that asked: refilling the list deletes the item it came from
        QTimer.singleShot(0, lambda: self.set_run_expanded(run_id, run_id not in self.expanded))

    def _first_hit(self) -> None:
        """Go to the first conversation or hit, which opens it (one marked as its conversation
        is open too: the hit's message is shown)."""
        for item in self.conversation_items()[:1]:
            if item is self.list.currentItem() and self.showing_hits \
                    and self._jumped != (item.data(ID_ROLE), item.data(MESSAGE_ROLE)):
                self._jump(item)  # (marked as its conversation is open, not gone to)
            self.list.setCurrentItem(item)
            self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_hits()
        if watched is self.search and isinstance(event, QKeyEvent):
            return self._search_key(event)
        if watched is self.list and isinstance(event, QKeyEvent) and self._hits_key(event):
            return True
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            conversation_id = self.current_id()
            item = self.list.currentItem()
            run_id = item.data(RUN_ROLE) if item is not None else None
            if key == Qt.Key.Key_Delete and run_id is not None:
                self.runDeleteRequested.emit(run_id)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) \
                    and run_id is not None:
                self._toggle_later(run_id)
                return True
            if key == Qt.Key.Key_Delete and conversation_id is not None:
                self.deleteRequested.emit(conversation_id)
                return True
            if key == Qt.Key.Key_Menu and self.list.currentItem() is not None:
                self._menu(self.list.visualItemRect(self.list.currentItem()).center())
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):  # (Qt would stop at a heading)
                picked = [item for item in self._rows()
                          if item.flags() & Qt.ItemFlag.ItemIsSelectable]
                if picked:
                    self.list.setCurrentItem(picked[0 if key == Qt.Key.Key_Home else -1])
                return True
        return super().eventFilter(watched, event)

    def _hits_key(self, event: QKeyEvent) -> bool:
        """In the search hits, Up on the first one goes back to the search box (as Down came
        from it) and Esc empties the search, the keyboard back in its box."""
        if not self.showing_hits:
            return False
        escape = event.key() == Qt.Key.Key_Escape and not event.modifiers()
        if event.type() == QEvent.Type.ShortcutOverride and escape:  # (before the window's)
            event.accept()
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        hits = self.conversation_items()
        first = not hits or self.list.currentItem() in (None, hits[0])
        if escape or event.key() == Qt.Key.Key_Up and not event.modifiers() and first:
            if escape:
                self.search.clear()
            self.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _paint_hits(self) -> None:
        """A selected hit's words in the palette's highlighted-text colour, as a selected
        conversation's title."""
        for item in self._rows():
            label = self.list.itemWidget(item)
            if isinstance(label, QLabel):
                label.setForegroundRole(QPalette.ColorRole.HighlightedText if item.isSelected()
                                        else QPalette.ColorRole.WindowText)

    def _search_key(self, event: QKeyEvent) -> bool:
        """Esc empties the search box (when it has text: else Esc is the window's); Down
        goes to the first conversation or hit."""
        escape = event.key() == Qt.Key.Key_Escape and bool(self.search.text())
        if event.type() == QEvent.Type.ShortcutOverride and escape:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and escape:
            self.search.clear()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._first_hit()
            return True
        return False

    def _menu(self, pos) -> None:
        item = self.list.itemAt(pos)
        if item is not None and item.data(RUN_ROLE) is not None:
            self.run_menu(item.data(RUN_ROLE)).exec(self.list.viewport().mapToGlobal(pos))
            return
        if item is None or item.data(ID_ROLE) is None:
            return
        self.conversation_menu(item).exec(self.list.viewport().mapToGlobal(pos))

    def conversation_menu(self, item: QListWidgetItem) -> QMenu:
        """The context menu of a conversation's row."""
        conversation_id = item.data(ID_ROLE)
        pinned = bool(item.data(PINNED_ROLE))
        menu = QMenu(self)
        menu.addAction(self.tr("&Rename…"), lambda: self.renameRequested.emit(conversation_id))
        menu.addAction(self.tr("Un&pin") if pinned else self.tr("&Pin"),
                       lambda: self.pinRequested.emit(conversation_id, not pinned))
        menu.addAction(self.tr("Open &side by side"),
                       lambda: self.compareRequested.emit(conversation_id))
        menu.addAction(self.tr("&Export…"), lambda: self.exportRequested.emit(conversation_id))
        menu.addAction(self.tr("&Delete"), lambda: self.deleteRequested.emit(conversation_id))
        return menu

    def run_menu(self, run_id: int) -> QMenu:
        """The context menu of an evaluation run's row."""
        menu = QMenu(self)
        unfolded = run_id in self.expanded
        menu.addAction(self.tr("&Hide its answers") if unfolded else self.tr("&Show its answers"),
                       lambda: self.set_run_expanded(run_id, not unfolded))
        menu.addAction(self.tr("Open &report"), lambda: self.runReportRequested.emit(run_id))
        menu.addAction(self.tr("&Delete run"), lambda: self.runDeleteRequested.emit(run_id))
        return menu
