"""The main window's widgets in their places: conversation list, chat, composer, bars."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from chatapp.ui.chat_view import ChatView
from chatapp.ui.composer import Composer, FileDropRouter
from chatapp.ui.errors import NoticeBar
from chatapp.ui.label import ElidedLabel, Label, StatusBar
from chatapp.ui.layouts import fill
from chatapp.ui.model_notes import BaseModelNote
from chatapp.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from chatapp.ui.main_window import MainWindow


def build_layout(window: MainWindow) -> None:
    """Make the window's widgets and lay them out (the conversation list left of a splitter,
    the title, notice bar, chat, base-model note and composer right of it, the model's state,
    Undo and speed in the status bar). window.undo_button is made before."""
    window.sidebar = Sidebar(window)
    window.chat_view = ChatView(window)
    window.composer = Composer(window)
    window.model_box = window.composer.model_box
    window.title_label = ElidedLabel(window)
    window.title_label.setObjectName("chatTitle")
    top = fill(QHBoxLayout(), (window.title_label, 1))
    top.setContentsMargins(16, 8, 16, 4)
    right = QWidget(window)
    window.notice = NoticeBar(right)
    window.base_note = BaseModelNote(right)
    window.base_note.hide()
    note_row = fill(QHBoxLayout(), window.base_note)
    note_row.setContentsMargins(16, 6, 16, 0)
    column = fill(QVBoxLayout(right), top, window.notice, (window.chat_view, 1), note_row,
                  window.composer)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    FileDropRouter(right, window.composer.edit)  # files dropped on the chat: as on the box
    splitter = QSplitter(window)
    splitter.addWidget(window.sidebar)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([260, 840])
    window._given = 0  # the width the list gave the composer (share_width)
    splitter.setChildrenCollapsible(False)
    window.setCentralWidget(splitter)
    status = StatusBar(window)  # long messages end in "…", not cut mid-word
    window.setStatusBar(status)
    window.model_status = ElidedLabel(window)  # a long name ends in "…" (tooltip: whole)
    window.speed_status = Label(window)
    window.undo_button.setFlat(True)
    window.undo_button.hide()
    status.addWidget(window.model_status, 1)  # hidden while a message shows:
    status.messageChanged.connect(lambda m: window.model_status.setVisible(not m))
    status.addPermanentWidget(window.undo_button)
    status.addPermanentWidget(window.speed_status)


def share_width(window) -> None:
    """In a narrower window the conversation list gives up width (down to its least) before
    the composer's buttons have their texts cut, and takes it back in a wider one (what it
    gave, not a width the user dragged)."""
    splitter, given = window.centralWidget(), window._given
    short = window.composer.sizeHint().width() - window.composer.width()
    left, right = splitter.sizes()
    give = min(short, left - window.sidebar.minimumWidth()) if short > 0 else -min(-short, given)
    if give:
        window._given = given + give
        splitter.setSizes([left - give, right + give])
