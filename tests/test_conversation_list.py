"""The conversation list in the real window (offscreen Qt widgets, a real SQLite file): what
a row shows when its title is long, and which row is marked after the shown conversation is
deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from test_keyboard import chat_window, choose, listed


def test_the_being_written_mark_shows_however_long_the_title(qtbot, chatapp_home: Path) -> None:
    """The ✎ of the conversation whose answer is being written comes first, where the list
    does not cut it off (was: after the title, whose end a narrow list cuts off)."""
    title = "A very long title about the history of the sea and of the ships that sailed it"
    window = chat_window(qtbot, (title, "Short"), turns=1)
    try:
        sidebar = window.sidebar
        conversations = window.ctx.store.conversations()
        writing = next(c.id for c in conversations if c.title == title)
        sidebar.set_conversations(conversations, window.conversation_id, writing=writing)
        row = next(i for i in sidebar.conversation_items() if title in i.text())
        width = sidebar.list.visualItemRect(row).width()
        shown = sidebar.list.fontMetrics().elidedText(row.text(), Qt.TextElideMode.ElideRight,
                                                      width)
        assert shown != row.text() and shown.startswith("✎ ")  # cut, but not the mark
        assert row.data(Qt.ItemDataRole.AccessibleTextRole).endswith(
            "(an answer is being written)")
        other = next(i for i in sidebar.conversation_items() if i is not row)
        assert other.text() == "Short"
    finally:
        window.close()
        window.ctx.close()
